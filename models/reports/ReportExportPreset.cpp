#include "ReportExportPreset.h"

#include <algorithm>
#include <QRegularExpression>

namespace offkai {

namespace {
constexpr int kMaxSlug = 50;
constexpr int kZennMinSlug = 12;

bool isSlugCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
}

/// The title's ASCII words, lowercased and joined with "-", cut between words at kMaxSlug characters;
/// empty when the title has anything outside ASCII or no letter or digit.
QString titleSlug(const QString &title)
{
    for (const QChar c : title) {
        if (c.unicode() > 0x7E)
            return {};
    }
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    const QStringList words = title.toLower().split(separators, Qt::SkipEmptyParts);
    QString slug;
    for (const QString &word : words) {
        const QString longer = slug.isEmpty() ? word : slug + QLatin1Char('-') + word;
        if (longer.size() > kMaxSlug)
            break;
        slug = longer;
    }
    return slug;
}
} // namespace

QList<ReportExportPreset::Kind> ReportExportPreset::all()
{
    return {Kind::Markdown, Kind::Hugo, Kind::Jekyll, Kind::Zenn, Kind::Qiita};
}

QString ReportExportPreset::key(Kind kind)
{
    switch (kind) {
    case Kind::Markdown:
        return QStringLiteral("markdown");
    case Kind::Hugo:
        return QStringLiteral("hugo");
    case Kind::Jekyll:
        return QStringLiteral("jekyll");
    case Kind::Zenn:
        return QStringLiteral("zenn");
    case Kind::Qiita:
        return QStringLiteral("qiita");
    }
    return {};
}

std::optional<ReportExportPreset::Kind> ReportExportPreset::fromKey(const QString &key)
{
    for (const Kind kind : all()) {
        if (ReportExportPreset::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString ReportExportPreset::label(Kind kind)
{
    switch (kind) {
    case Kind::Markdown:
        return tr("Markdown (file and images folder)");
    case Kind::Hugo:
        return tr("Hugo (page bundle)");
    case Kind::Jekyll:
        return tr("Jekyll (_posts)");
    case Kind::Zenn:
        return tr("Zenn (GitHub repository)");
    case Kind::Qiita:
        return tr("Qiita CLI");
    }
    return {};
}

QString ReportExportPreset::defaultSlug(const Report &report)
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

QString ReportExportPreset::suggestedSlug(const Report &report, Kind kind, const QDate &eventDay)
{
    if (kind == Kind::Markdown)
        return defaultSlug(report);
    const QString fromTitle = titleSlug(report.title.simplified());
    if (!fromTitle.isEmpty() && checkSlug(fromTitle, kind))
        return fromTitle;
    QString slug = QStringLiteral("report");
    if (report.id > 0)
        slug += QLatin1Char('-') + QString::number(report.id);
    const QDate day = eventDay.isValid()           ? eventDay
                      : report.createdAt.isValid() ? report.createdAt.toLocalTime().date()
                                                   : QDate();
    if (day.isValid() && kind != Kind::Jekyll)
        slug = day.toString(Qt::ISODate) + QLatin1Char('-') + slug;
    return checkSlug(slug, kind) ? slug : QStringLiteral("offkai-") + slug;
}

QString ReportExportPreset::markdownSlug(const Report &report)
{
    const QString fromTitle = titleSlug(report.title.simplified());
    return fromTitle.isEmpty() ? QStringLiteral("report") : fromTitle;
}

QString ReportExportPreset::fileSlug(const QString &slug)
{
    static const QRegularExpression others(QStringLiteral("[^a-z0-9_-]+"));
    static const QRegularExpression ends(QStringLiteral("^[-_]+|[-_]+$"));
    QString clean = slug.toLower().replace(others, QStringLiteral("-")).remove(ends).left(100);
    clean.remove(ends); // the cut may leave one at the end
    return clean.isEmpty() ? QStringLiteral("report") : clean;
}

Result<void> ReportExportPreset::checkSlug(const QString &slug, Kind kind)
{
    if (slug.isEmpty())
        return Error(Error::Code::Invalid, tr("Give the export a slug."));
    if (!std::all_of(slug.cbegin(), slug.cend(), isSlugCharacter) || slug.startsWith(QLatin1Char('-')) ||
        slug.startsWith(QLatin1Char('_')))
        return Error(Error::Code::Invalid,
                     tr("The slug “%1” may only contain lowercase letters a–z, digits, “-” and “_”, and "
                        "must start with a letter or a digit.")
                         .arg(slug));
    if (kind == Kind::Zenn && (slug.size() < kZennMinSlug || slug.size() > kMaxSlug))
        return Error(Error::Code::Invalid, tr("Zenn needs a slug of %1 to %2 characters; “%3” has %4.")
                                               .arg(kZennMinSlug)
                                               .arg(kMaxSlug)
                                               .arg(slug)
                                               .arg(slug.size()));
    if (slug.size() > 100)
        return Error(Error::Code::Invalid, tr("The slug “%1” is longer than 100 characters.").arg(slug));
    return {};
}

} // namespace offkai
