#include "ReportFrontMatter.h"

#include "YamlWriter.h"

#include <cstdlib>
#include <QRegularExpression>

namespace offkai {

namespace {
bool isDraft(const Report &report)
{
    return report.status != Report::Status::Published;
}

/// The creation time in the writer's time zone, with its offset; invalid without one.
QDateTime localCreation(const Report &report)
{
    if (!report.createdAt.isValid())
        return {};
    const QDateTime local = report.createdAt.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

YamlWriter &withIsoDate(YamlWriter &yaml, const Report &report)
{
    // "2013-08-30T10:00:00+09:00"
    if (const QDateTime at = localCreation(report); at.isValid())
        yaml.raw(QStringLiteral("date"), at.toString(Qt::ISODate));
    return yaml;
}
} // namespace

QStringList ReportFrontMatter::tags(const Report &report)
{
    QStringList out;
    for (const QString &tag : report.tags) {
        const QString clean = tag.simplified();
        if (!clean.isEmpty() && !out.contains(clean))
            out.append(clean);
    }
    return out;
}

QString ReportFrontMatter::markdown(const Report &report)
{
    YamlWriter yaml;
    yaml.string(QStringLiteral("title"), report.title.simplified());
    withIsoDate(yaml, report);
    // The original export kept every non-empty tag as it came.
    QStringList all;
    for (const QString &tag : report.tags) {
        if (!tag.trimmed().isEmpty())
            all.append(tag.simplified());
    }
    return yaml.flowList(QStringLiteral("tags"), all)
        .boolean(QStringLiteral("draft"), isDraft(report))
        .text();
}

QString ReportFrontMatter::dated(const Report &report, const QDate &eventDay, const QDate &publishedOn,
                                 const QDate &today)
{
    const QDate date = !isDraft(report) && publishedOn.isValid() ? publishedOn : today;
    YamlWriter yaml;
    yaml.string(QStringLiteral("title"), report.title.simplified());
    if (date.isValid())
        yaml.raw(QStringLiteral("date"), date.toString(Qt::ISODate));
    if (eventDay.isValid())
        yaml.raw(QStringLiteral("event_date"), eventDay.toString(Qt::ISODate));
    return yaml.flowList(QStringLiteral("tags"), tags(report))
        .boolean(QStringLiteral("draft"), isDraft(report))
        .text();
}

QString ReportFrontMatter::hugo(const Report &report, const QString &slug)
{
    YamlWriter yaml;
    yaml.string(QStringLiteral("title"), report.title.simplified());
    withIsoDate(yaml, report);
    return yaml.boolean(QStringLiteral("draft"), isDraft(report))
        .string(QStringLiteral("slug"), slug)
        .flowList(QStringLiteral("tags"), tags(report))
        .text();
}

QString ReportFrontMatter::jekyll(const Report &report)
{
    YamlWriter yaml;
    yaml.string(QStringLiteral("layout"), QStringLiteral("post"))
        .string(QStringLiteral("title"), report.title.simplified());
    if (const QDateTime at = localCreation(report); at.isValid()) {
        // Jekyll's own form, "2013-08-30 10:00:00 +0900".
        const int offset = at.offsetFromUtc();
        const int minutes = std::abs(offset) / 60;
        yaml.raw(QStringLiteral("date"), at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) +
                                             (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
                                             QStringLiteral("%1%2")
                                                 .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                                 .arg(minutes % 60, 2, 10, QLatin1Char('0')));
    }
    return yaml.flowList(QStringLiteral("tags"), tags(report))
        .boolean(QStringLiteral("published"), !isDraft(report))
        .text();
}

QString ReportFrontMatter::zenn(const Report &report, QStringList *warnings)
{
    static const QRegularExpression topicRule(QStringLiteral("^[a-z0-9]+$"));
    QStringList topics;
    for (const QString &tag : tags(report)) {
        const QString topic = tag.toLower();
        if (!topicRule.match(topic).hasMatch()) {
            warnings->append(
                tr("Zenn topics take only lowercase letters a–z and digits: the tag “%1” was left out.")
                    .arg(tag));
        } else if (topics.contains(topic)) {
            continue;
        } else if (topics.size() == kMaxTags) {
            warnings->append(tr("Zenn takes at most %1 topics: the tag “%2” was left out.")
                                 .arg(QString::number(kMaxTags), tag));
        } else {
            topics.append(topic);
        }
    }
    return YamlWriter()
        .string(QStringLiteral("title"), report.title.simplified())
        .string(QStringLiteral("emoji"), zennEmoji())
        .string(QStringLiteral("type"), QStringLiteral("idea"))
        .flowList(QStringLiteral("topics"), topics)
        .boolean(QStringLiteral("published"), !isDraft(report))
        .text();
}

QString ReportFrontMatter::qiita(const Report &report, QStringList *warnings)
{
    QStringList names;
    for (const QString &tag : tags(report)) {
        // Qiita separates tags with spaces, so one tag has none.
        const QString name = QString(tag).replace(QLatin1Char(' '), QLatin1Char('-'));
        if (names.contains(name))
            continue;
        if (names.size() == kMaxTags)
            warnings->append(tr("Qiita takes at most %1 tags: the tag “%2” was left out.")
                                 .arg(QString::number(kMaxTags), tag));
        else
            names.append(name);
    }
    if (names.isEmpty())
        warnings->append(tr("Qiita needs at least one tag: fill in “tags” before publishing."));
    return YamlWriter()
        .string(QStringLiteral("title"), report.title.simplified())
        .blockList(QStringLiteral("tags"), names)
        .boolean(QStringLiteral("private"), false)
        .emptyString(QStringLiteral("updated_at"))
        .null(QStringLiteral("id"))
        .null(QStringLiteral("organization_url_name"))
        .boolean(QStringLiteral("slide"), false)
        .boolean(QStringLiteral("ignorePublish"), isDraft(report))
        .text();
}

} // namespace offkai
