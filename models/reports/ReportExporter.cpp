#include "ReportExporter.h"

#include "exchange/MarkdownHtml.h"
#include "MarkdownText.h"
#include "ReportTemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>

namespace offkai {

namespace {

QString withFinalNewline(const QString &text)
{
    return text.isEmpty() || text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n');
}

bool usableFileName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) &&
           !name.contains(QChar(u'\0'));
}

/// Writes `data` to `path` through QSaveFile: the old file, if any, stays until the new one is complete.
Result<void> writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        file.cancelWriting();
        return Error(Error::Code::Io,
                     ReportExporter::tr("Could not write “%1”.").arg(QDir::toNativeSeparators(path)),
                     file.errorString());
    }
    return {};
}

} // namespace

QString ReportExporter::fileBaseName(const Report &report)
{
    // The stores keep UTC; the day is the writer's.
    const QDate day = report.createdAt.isValid() ? report.createdAt.toLocalTime().date() : QDate();
    QString name = QStringLiteral("report");
    if (report.id > 0)
        name += QLatin1Char('-') + QString::number(report.id);
    if (day.isValid())
        name = day.toString(Qt::ISODate) + QLatin1Char('-') + name;
    return name;
}

QString ReportExporter::yamlQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            // Other C0 and C1 controls, DEL and the Unicode line separators YAML treats as breaks.
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029)
                out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    return out + QLatin1Char('"');
}

QString ReportExporter::frontMatter(const Report &report)
{
    QString out = QStringLiteral("---\n");
    out += QStringLiteral("title: ") + yamlQuoted(report.title.simplified()) + QLatin1Char('\n');
    if (report.createdAt.isValid()) {
        // In the writer's time zone with its offset: "2013-08-30T10:00:00+09:00".
        const QDateTime local = report.createdAt.toLocalTime();
        const QDateTime at = local.toOffsetFromUtc(local.offsetFromUtc());
        out += QStringLiteral("date: ") + at.toString(Qt::ISODate) + QLatin1Char('\n');
    }
    QStringList tags;
    for (const QString &tag : report.tags) {
        if (!tag.trimmed().isEmpty())
            tags.append(yamlQuoted(tag.simplified()));
    }
    out += QStringLiteral("tags: [") + tags.join(QStringLiteral(", ")) + QStringLiteral("]\n");
    out += QStringLiteral("draft: ") +
           (report.status == Report::Status::Published ? QStringLiteral("false") : QStringLiteral("true")) +
           QLatin1Char('\n');
    return out + QStringLiteral("---\n");
}

QString ReportExporter::markdownFor(const Report &report)
{
    const QString body = withFinalNewline(ReportTemplate::stripMarkers(report.body));
    if (report.title.trimmed().isEmpty())
        return body;
    const QString heading = QStringLiteral("# ") + MarkdownText::escape(report.title) + QLatin1Char('\n');
    return body.trimmed().isEmpty() ? heading : heading + QLatin1Char('\n') + body;
}

QString ReportExporter::htmlFor(const Report &report)
{
    return MarkdownHtml::toHtml(markdownFor(report));
}

Result<QString> ReportExporter::exportTo(const Report &report, const QList<ReportPhoto> &photos,
                                         const QString &dir, const ReportExportOptions &options)
{
    QSet<QString> names;
    for (const ReportPhoto &photo : photos) {
        if (!usableFileName(photo.fileName))
            return Error(Error::Code::Invalid,
                         tr("The photo name “%1” cannot be used as a file name.").arg(photo.fileName));
        if (names.contains(photo.fileName))
            return Error(Error::Code::Invalid, tr("Two photos are named “%1”.").arg(photo.fileName));
        names.insert(photo.fileName);
    }

    const QDir root(dir);
    if (!QDir().mkpath(root.absolutePath()))
        return Error(
            Error::Code::Io,
            tr("Could not create the folder “%1”.").arg(QDir::toNativeSeparators(root.absolutePath())));
    const QString mdPath = root.absoluteFilePath(fileBaseName(report) + QStringLiteral(".md"));

    // Undoes what this export wrote, so that a failure leaves the folder as it was.
    const QString imagesPath = root.absoluteFilePath(QStringLiteral("images"));
    const bool imagesExisted = QFileInfo::exists(imagesPath);
    QStringList created;
    const auto rollBack = [&] {
        for (const QString &path : std::as_const(created))
            QFile::remove(path);
        if (!imagesExisted)
            QDir().rmdir(imagesPath);
    };

    if (!photos.isEmpty() && !QDir().mkpath(imagesPath))
        return Error(Error::Code::Io,
                     tr("Could not create the folder “%1”.").arg(QDir::toNativeSeparators(imagesPath)));
    for (const ReportPhoto &photo : photos) {
        const QString path = root.absoluteFilePath(photo.relativePath());
        const bool existed = QFileInfo::exists(path);
        if (auto written = writeFile(path, photo.data); !written) {
            rollBack();
            return written.error();
        }
        if (!existed)
            created.append(path);
    }

    const QString markdown = options.frontMatter
                                 ? frontMatter(report) + QLatin1Char('\n') +
                                       withFinalNewline(ReportTemplate::stripMarkers(report.body))
                                 : markdownFor(report);
    if (auto written = writeFile(mdPath, markdown.toUtf8()); !written) {
        rollBack();
        return written.error();
    }
    return mdPath;
}

} // namespace offkai
