#include "MemberExportDialog.h"

#include "exchange/VCardWriter.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "workflows/MemberCsvExporter.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>

namespace offkai {

MemberExportDialog::MemberExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_protect(new QCheckBox(tr("&Protect cells from spreadsheet formulas"), this))
{
    setWindowTitle(tr("Export Members"));
    for (const Format f : {Format::CsvUtf8, Format::CsvShiftJis, Format::VCard})
        m_format->addItem(filter(f), int(f));
    m_protect->setChecked(true);
    auto *hint = new QLabel(tr("Cells that start with =, +, -, @, a tab or a line break get an apostrophe in "
                               "front, so that Excel and other spreadsheets show them as text instead of "
                               "running them as formulas. Turn this off only for a file that goes to a "
                               "script or back into Offkai."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_protect);
    form->addRow(QString(), hint);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // vCard has no cells a spreadsheet could run.
    connect(m_format, &QComboBox::currentIndexChanged, this, [this, hint] {
        const bool csv = format() != Format::VCard;
        m_protect->setEnabled(csv);
        hint->setEnabled(csv);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

MemberExportDialog::Format MemberExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

bool MemberExportDialog::protectFormulas() const
{
    return m_protect->isChecked();
}

QString MemberExportDialog::filter(Format format)
{
    switch (format) {
    case Format::CsvUtf8:
        return tr("CSV for Excel, UTF-8 (*.csv)");
    case Format::CsvShiftJis:
        return tr("CSV, Shift_JIS (*.csv)");
    case Format::VCard:
        break;
    }
    return tr("vCard for address books (*.vcf)");
}

void MemberExportDialog::run(MemberTables &tables, const QList<qint64> &ids, QWidget *parent,
                             const std::function<void(const QString &)> &done,
                             const std::function<void(const Error &)> &failed)
{
    MemberExportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Format format = dialog.format();
    const QString suffix = format == Format::VCard ? QStringLiteral(".vcf") : QStringLiteral(".csv");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Members"),
                                                folder + QStringLiteral("/members") + suffix, filter(format));
    if (path.isEmpty())
        return;
    if (format == Format::VCard && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    Result<void> written;
    if (format == Format::VCard) {
        QList<Member> members;
        QList<qint64> all = ids;
        if (all.isEmpty()) {
            for (int offset = 0;; offset += 2000) {
                auto rows = tables.list().fetch(MemberQuery(), offset, 2000);
                if (!rows)
                    return failed(rows.error());
                for (const MemberRow &row : std::as_const(*rows))
                    all.append(row.id);
                if (rows->size() < 2000)
                    break;
            }
        }
        for (qint64 id : std::as_const(all)) {
            auto member = tables.records().get(id);
            if (!member)
                return failed(member.error());
            members.append(*member);
        }
        written = VCardWriter::writeFile(path, members);
    } else {
        MemberCsvExporter::Options options;
        options.encoding = format == Format::CsvShiftJis ? MemberCsvExporter::Encoding::ShiftJis
                                                         : MemberCsvExporter::Encoding::Utf8Bom;
        options.header = MemberCsvExporter::Header::Translated;
        options.protectFormulas = dialog.protectFormulas();
        written = MemberCsvExporter(tables).exportToFile(path, ids, options);
    }
    if (!written)
        return failed(written.error());
    done(path);
}

} // namespace offkai
