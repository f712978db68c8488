#pragma once

#include "records/Report.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace offkai {

/// The YAML front matter each export preset starts its Markdown with, "---" lines included, written
/// through YamlWriter so that any title or tag reads back as the same string.
///
/// Every preset maps the report the same way: the title (simplified: one line), the creation time in the
/// writer's time zone, the tags, and "not yet published" from a draft report.
class ReportFrontMatter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ReportFrontMatter)
public:
    /// Zenn and Qiita take at most this many topics or tags.
    static constexpr int kMaxTags = 5;
    /// The emoji a Zenn article shows; a report has none of its own.
    static QString zennEmoji() { return QStringLiteral("📝"); }

    /// The original export's (Hugo and Jekyll alike): title, date (ISO 8601 with its UTC offset; left
    /// out without one), tags, draft.
    static QString markdown(const Report &report);
    /// The Markdown preset's once the meetup's day is known: title, date (the day of publication, or
    /// `today` for a draft: when the post is dated on the site), event_date (the meetup's day), tags, draft.
    static QString dated(const Report &report, const QDate &eventDay, const QDate &publishedOn,
                         const QDate &today);
    /// Hugo: title, date, draft, slug, tags.
    static QString hugo(const Report &report, const QString &slug);
    /// Jekyll: layout "post", title, date ("2013-08-30 10:00:00 +0900", left out without one), tags,
    /// published (false for a draft, so that Jekyll leaves it out of the site).
    static QString jekyll(const Report &report);
    /// Zenn: title, emoji, type "idea", topics, published. Topics are the tags lowercased that are only
    /// ASCII letters and digits, at most kMaxTags; each one left out is said in `warnings`.
    static QString zenn(const Report &report, QStringList *warnings);
    /// Qiita CLI, the keys in the order `qiita new` writes them: title, tags, private (false),
    /// updated_at (''), id (null), organization_url_name (null), slide (false), ignorePublish (true for a
    /// draft, so that `qiita publish --all` skips it). Tags: at most kMaxTags, spaces made "-"; none gives
    /// the empty tag `qiita new` writes, and a warning.
    static QString qiita(const Report &report, QStringList *warnings);

    /// The tags, simplified, without empty ones and repeats, in order.
    static QStringList tags(const Report &report);
};

} // namespace offkai
