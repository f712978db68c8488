#include "ReportExportLayout.h"

#include "MarkdownText.h"
#include "publishing/BlogClient.h"
#include "ReportFrontMatter.h"
#include "ReportTemplate.h"

#include <QDate>
#include <QSet>
#include <QUrl>

namespace offkai {

namespace {
using Kind = ReportExportPreset::Kind;

constexpr qint64 kZennMaxImageBytes = 3 * 1024 * 1024;

bool usableFileName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) &&
           !name.contains(QChar(u'\0'));
}

/// Where the photos go, relative to the folder: "<dir>/<fileName>".
QString photoDir(Kind kind, const QString &slug)
{
    switch (kind) {
    case Kind::Markdown:
        return QStringLiteral("images");
    case Kind::Hugo:
        return QStringLiteral("content/posts/") + slug;
    case Kind::Jekyll:
        return QStringLiteral("assets/images/") + slug;
    case Kind::Zenn:
    case Kind::Qiita:
        return QStringLiteral("images/") + slug;
    }
    return {};
}

/// The link to a photo from the Markdown, or empty to keep "images/<fileName>".
QString photoLink(Kind kind, const QString &slug, const QString &fileName)
{
    switch (kind) {
    case Kind::Markdown:
        return {};
    case Kind::Hugo:
        // "./" keeps a name with a colon from reading as a URL scheme.
        return fileName.contains(QLatin1Char(':')) ? QStringLiteral("./") + fileName : fileName;
    case Kind::Jekyll:
    case Kind::Zenn:
        return QLatin1Char('/') + photoDir(kind, slug) + QLatin1Char('/') + fileName;
    case Kind::Qiita:
        return QStringLiteral("../") + photoDir(kind, slug) + QLatin1Char('/') + fileName;
    }
    return {};
}

QString markdownPath(const Report &report, const ReportExportOptions &options, const QString &slug)
{
    const Kind kind = options.preset;
    switch (kind) {
    case Kind::Markdown: {
        if (options.slug.isEmpty())
            return ReportExportPreset::defaultSlug(report) + QStringLiteral(".md");
        const QDate day = options.eventDay.isValid()   ? options.eventDay
                          : report.createdAt.isValid() ? report.createdAt.toLocalTime().date()
                                                       : QDate();
        const QString name = ReportExportPreset::fileSlug(options.slug);
        return (day.isValid() ? day.toString(Qt::ISODate) + QLatin1Char('-') + name : name) +
               QStringLiteral(".md");
    }
    case Kind::Hugo:
        return QStringLiteral("content/posts/") + slug + QStringLiteral("/index.md");
    case Kind::Jekyll: {
        const QDate day =
            report.createdAt.isValid() ? report.createdAt.toLocalTime().date() : QDate::currentDate();
        const QString prefix = day.toString(Qt::ISODate) + QLatin1Char('-');
        return QStringLiteral("_posts/") + (slug.startsWith(prefix) ? slug : prefix + slug) +
               QStringLiteral(".md");
    }
    case Kind::Zenn:
        return QStringLiteral("articles/") + slug + QStringLiteral(".md");
    case Kind::Qiita:
        return QStringLiteral("public/") + slug + QStringLiteral(".md");
    }
    return {};
}

bool zennTakes(const ReportPhoto &photo)
{
    const QString name = photo.fileName.toLower();
    const bool format = name.endsWith(QLatin1String(".png")) || name.endsWith(QLatin1String(".jpg")) ||
                        name.endsWith(QLatin1String(".jpeg")) || name.endsWith(QLatin1String(".gif")) ||
                        name.endsWith(QLatin1String(".webp"));
    return format && photo.data.size() <= kZennMaxImageBytes;
}
} // namespace

QStringList ReportExportPlan::paths() const
{
    QStringList out;
    for (const ReportExportFile &file : files)
        out.append(file.path);
    return out;
}

QString ReportExportLayout::body(const Report &report)
{
    const QString text = ReportTemplate::stripMarkers(report.body);
    return text.isEmpty() || text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n');
}

QString ReportExportLayout::markdownWithHeading(const Report &report)
{
    const QString text = body(report);
    if (report.title.trimmed().isEmpty())
        return text;
    const QString heading = QStringLiteral("# ") + MarkdownText::escape(report.title) + QLatin1Char('\n');
    return text.trimmed().isEmpty() ? heading : heading + QLatin1Char('\n') + text;
}

Result<ReportExportPlan> ReportExportLayout::plan(const Report &report, const QList<ReportPhoto> &photos,
                                                  const ReportExportOptions &options)
{
    const Kind kind = options.preset;
    const QString slug = options.slug.isEmpty()
                             ? ReportExportPreset::suggestedSlug(report, kind, options.eventDay)
                             : options.slug;
    if (kind != Kind::Markdown) {
        if (auto checked = ReportExportPreset::checkSlug(slug, kind); !checked)
            return checked.error();
    }

    ReportExportPlan plan;
    plan.markdownPath = markdownPath(report, options, slug);
    QSet<QString> names;
    QList<PublishPhoto> links;
    for (const ReportPhoto &photo : photos) {
        if (!usableFileName(photo.fileName))
            return Error(Error::Code::Invalid,
                         tr("The photo name “%1” cannot be used as a file name.").arg(photo.fileName));
        if (names.contains(photo.fileName))
            return Error(Error::Code::Invalid, tr("Two photos are named “%1”.").arg(photo.fileName));
        names.insert(photo.fileName);
        const QString path = photoDir(kind, slug) + QLatin1Char('/') + photo.fileName;
        if (path == plan.markdownPath)
            return Error(
                Error::Code::Invalid,
                tr("The photo “%1” would take the place of the report's Markdown file.").arg(photo.fileName));
        plan.files.append({path, photo.data});
        if (const QString link = photoLink(kind, slug, photo.fileName); !link.isEmpty()) {
            PublishPhoto target;
            target.fileName = photo.fileName;
            target.url.setPath(link, QUrl::DecodedMode);
            links.append(target);
        }
        if (kind == Kind::Zenn && !zennTakes(photo))
            plan.warnings.append(tr("Zenn takes images of at most 3 MB in PNG, JPEG, GIF or WebP: it "
                                    "will refuse “%1”.")
                                     .arg(photo.fileName));
    }
    if (kind == Kind::Qiita && !photos.isEmpty())
        plan.warnings.append(tr("Qiita CLI does not upload images: upload the photos in “%1” on Qiita and "
                                "replace their links in “%2”.")
                                 .arg(photoDir(kind, slug) + QLatin1Char('/'), plan.markdownPath));

    QString markdown;
    switch (kind) {
    case Kind::Markdown:
        if (!options.frontMatter)
            markdown = markdownWithHeading(report);
        else if (options.eventDay.isValid())
            markdown =
                ReportFrontMatter::dated(report, options.eventDay, options.publishedOn,
                                         options.today.isValid() ? options.today : QDate::currentDate()) +
                QLatin1Char('\n') + body(report);
        else
            markdown = ReportFrontMatter::markdown(report) + QLatin1Char('\n') + body(report);
        break;
    case Kind::Hugo:
        markdown = ReportFrontMatter::hugo(report, slug);
        break;
    case Kind::Jekyll:
        markdown = ReportFrontMatter::jekyll(report);
        break;
    case Kind::Zenn:
        markdown = ReportFrontMatter::zenn(report, &plan.warnings);
        break;
    case Kind::Qiita:
        markdown = ReportFrontMatter::qiita(report, &plan.warnings);
        break;
    }
    if (kind != Kind::Markdown)
        markdown += QLatin1Char('\n') + BlogClient::rewritePhotoLinks(body(report), links);
    plan.files.append({plan.markdownPath, markdown.toUtf8()});
    return plan;
}

} // namespace offkai
