#include "MemberExportDialog.h"

#include "exchange/MemberCsvExporter.h"
#include "exchange/VCardWriter.h"
#include "stores/MemberStore.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace offkai {

void MemberExportDialog::run(MemberStore &store, const QList<qint64> &ids, QWidget *parent,
                             const std::function<void(const QString &)> &done,
                             const std::function<void(const Error &)> &failed)
{
    const QString csvUtf8 = tr("CSV for Excel, UTF-8 (*.csv)");
    const QString csvSjis = tr("CSV, Shift_JIS (*.csv)");
    const QString vcard = tr("vCard for address books (*.vcf)");
    QString filter = csvUtf8;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export Members"), folder + QStringLiteral("/members.csv"),
        QStringList{csvUtf8, csvSjis, vcard}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    Result<void> written;
    if (filter == vcard) {
        if (!path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive))
            path += QStringLiteral(".vcf");
        QList<Member> members;
        QList<qint64> all = ids;
        if (all.isEmpty()) {
            for (int offset = 0;; offset += 2000) {
                auto rows = store.fetch(MemberQuery(), offset, 2000);
                if (!rows)
                    return failed(rows.error());
                for (const MemberRow &row : std::as_const(*rows))
                    all.append(row.id);
                if (rows->size() < 2000)
                    break;
            }
        }
        for (qint64 id : std::as_const(all)) {
            auto member = store.get(id);
            if (!member)
                return failed(member.error());
            members.append(*member);
        }
        written = VCardWriter::writeFile(path, members);
    } else {
        MemberCsvExporter::Options options;
        options.encoding =
            filter == csvSjis ? MemberCsvExporter::Encoding::ShiftJis : MemberCsvExporter::Encoding::Utf8Bom;
        options.header = MemberCsvExporter::Header::Translated;
        written = MemberCsvExporter(store).exportToFile(path, ids, options);
    }
    if (!written)
        return failed(written.error());
    done(path);
}

} // namespace offkai
