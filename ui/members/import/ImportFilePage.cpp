#include "ImportFilePage.h"

#include "MemberImportWizard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace offkai {

namespace {
constexpr int kPreviewLines = 30;
}

ImportFilePage::ImportFilePage(MemberImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_fileEdit(new QLineEdit(this))
    , m_encodingCombo(new QComboBox(this))
    , m_detectedLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
{
    setTitle(tr("Choose a File"));
    setSubTitle(tr("Choose a CSV file saved from a spreadsheet, a form or an event service."));
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setPlaceholderText(tr("Path of a .csv or .txt file"));
    m_fileEdit->setAccessibleName(tr("File"));
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->setAccessibleName(tr("Encoding"));
    for (const auto encoding : TextDecoding::allEncodings())
        m_encodingCombo->addItem(TextDecoding::label(encoding), TextDecoding::key(encoding));
    m_detectedLabel->setObjectName(QStringLiteral("detectedLabel"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_preview->setObjectName(QStringLiteral("textPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setAccessibleName(tr("File preview"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    auto *encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encodingCombo);
    encodingRow->addWidget(m_detectedLabel, 1);
    form->addRow(tr("&Encoding:"), encodingRow);
    static_cast<QLabel *>(form->labelForField(fileRow))->setBuddy(m_fileEdit);
    static_cast<QLabel *>(form->labelForField(encodingRow))->setBuddy(m_encodingCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(new QLabel(tr("First lines of the file:"), this));
    layout->addWidget(m_preview, 1);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, &ImportFilePage::load);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportFilePage::encodingChosen);
    refresh({});
}

bool ImportFilePage::isComplete() const
{
    return m_wizard->session().decoded.has_value();
}

void ImportFilePage::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Members"), m_fileEdit->text(),
                                     tr("CSV files (*.csv *.txt *.tsv *.xls);;All files (*)"));
    if (path.isEmpty())
        return;
    m_fileEdit->setText(path);
    load();
}

void ImportFilePage::load()
{
    const QString path = m_fileEdit->text().trimmed();
    if (path.isEmpty() || (path == m_wizard->session().path && m_wizard->session().decoded))
        return;
    const auto loaded = m_wizard->loadFile(path);
    refresh(loaded ? QString() : loaded.error().message());
}

void ImportFilePage::encodingChosen()
{
    const auto encoding = TextDecoding::fromKey(m_encodingCombo->currentData().toString())
                              .value_or(TextDecoding::Encoding::Auto);
    const auto decoded = m_wizard->setEncoding(encoding);
    refresh(decoded ? QString() : decoded.error().message());
}

void ImportFilePage::refresh(const QString &error)
{
    const ImportSession &session = m_wizard->session();
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!error.isEmpty());
    if (session.decoded) {
        m_detectedLabel->setText(session.encoding == TextDecoding::Encoding::Auto
                                     ? tr("Detected: %1").arg(TextDecoding::describe(session.decoded->used))
                                     : TextDecoding::describe(session.decoded->used));
        QStringList lines = session.decoded->text.left(64 * 1024).split(QLatin1Char('\n'));
        if (lines.size() > kPreviewLines)
            lines.resize(kPreviewLines);
        m_preview->setPlainText(lines.join(QLatin1Char('\n')));
    } else {
        m_detectedLabel->clear();
        m_preview->clear();
    }
    Q_EMIT completeChanged();
}

} // namespace offkai
