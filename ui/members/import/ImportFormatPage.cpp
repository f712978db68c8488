#include "ImportFormatPage.h"

#include "MemberImportWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace offkai {

namespace {
constexpr int kPreviewRows = 20;
}

ImportFormatPage::ImportFormatPage(MemberImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_delimiterCombo(new QComboBox(this))
    , m_headerCheck(new QCheckBox(tr("The first row holds the column &names"), this))
    , m_errorLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_preview(new QTableWidget(this))
{
    setTitle(tr("Columns and Rows"));
    setSubTitle(tr("Check that each value sits in its own column."));
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->setAccessibleName(tr("Delimiter"));
    for (const QChar delimiter : CsvReader::candidateDelimiters())
        m_delimiterCombo->addItem(CsvReader::delimiterName(delimiter), QString(delimiter));
    m_headerCheck->setObjectName(QStringLiteral("headerCheck"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_preview->setObjectName(QStringLiteral("rowsPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("First rows"));
    m_preview->horizontalHeader()->setDefaultSectionSize(140);

    auto *form = new QFormLayout;
    form->addRow(tr("&Delimiter:"), m_delimiterCombo);
    form->addRow(QString(), m_headerCheck);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_preview, 1);

    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, &ImportFormatPage::delimiterChosen);
    connect(m_headerCheck, &QCheckBox::toggled, this, &ImportFormatPage::headerToggled);
}

void ImportFormatPage::initializePage()
{
    ImportSession &session = m_wizard->session();
    session.delimiter = QChar();
    const auto parsed = m_wizard->parse();
    if (session.table) {
        session.delimiter = session.table->delimiter;
        const QSignalBlocker blocker(m_delimiterCombo);
        m_delimiterCombo->setCurrentIndex(m_delimiterCombo->findData(QString(session.delimiter)));
        // A header is likely when the first row reads like one or names fields the mapping knows.
        bool knownNames = false;
        for (const QString &name : session.table->records.constFirst().fields)
            knownNames = knownNames || MemberCsvMapping::guessField(name) != MemberCsvMapping::Field::Ignore;
        session.hasHeader = knownNames || CsvReader::looksLikeHeader(session.table->records);
        const QSignalBlocker headerBlocker(m_headerCheck);
        m_headerCheck->setChecked(session.hasHeader);
    }
    refresh(parsed ? QString() : parsed.error().message());
}

bool ImportFormatPage::isComplete() const
{
    return m_wizard->session().table.has_value();
}

void ImportFormatPage::delimiterChosen()
{
    m_wizard->session().delimiter = m_delimiterCombo->currentData().toString().at(0);
    const auto parsed = m_wizard->parse();
    refresh(parsed ? QString() : parsed.error().message());
}

void ImportFormatPage::headerToggled(bool checked)
{
    m_wizard->session().hasHeader = checked;
    refresh(m_errorLabel->text());
}

void ImportFormatPage::refresh(const QString &error)
{
    const ImportSession &session = m_wizard->session();
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!error.isEmpty());
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_countLabel->clear();
    if (session.table) {
        const QStringList headers = session.headers(tr("Column %1"));
        m_preview->setColumnCount(int(headers.size()));
        m_preview->setHorizontalHeaderLabels(headers);
        const auto &records = session.table->records;
        const qsizetype first = session.firstDataRecord();
        const qsizetype last = std::min<qsizetype>(records.size(), first + kPreviewRows);
        QStringList rowNumbers;
        for (qsizetype r = first; r < last; ++r) {
            const int row = m_preview->rowCount();
            m_preview->insertRow(row);
            rowNumbers.append(QString::number(records.at(r).row));
            const QStringList &fields = records.at(r).fields;
            for (qsizetype c = 0; c < fields.size() && c < headers.size(); ++c)
                m_preview->setItem(row, int(c), new QTableWidgetItem(fields.at(c)));
        }
        m_preview->setVerticalHeaderLabels(rowNumbers);
        m_countLabel->setText(tr("%1 rows of members, %2 columns.")
                                  .arg(QLocale().toString(qint64(session.dataRowCount())))
                                  .arg(headers.size()));
    }
    Q_EMIT completeChanged();
}

} // namespace offkai
