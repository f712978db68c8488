#pragma once

#include "core/Result.h"
#include "records/Report.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace offkai {

/// Where an exported report goes: plain Markdown, or the layout a static site or publishing tool expects
/// (ReportExportLayout writes each), and the slug that names it there.
///
/// The slug rule, the same every time for the same report:
/// - a title in ASCII only gives its words, lowercased, joined with "-" ("Second Meetup: Notes" →
///   "second-meetup-notes", at most 50 characters, cut between words);
/// - any other title (every Japanese one) gives the day of the meetup, "report" and the report's id,
///   "2013-08-29-report-2" (the day the report was written when the meetup has none; "report-2" without
///   either). Jekyll puts the post's date in front of the slug itself, so its slug has no day: "report-2";
/// - Zenn takes 12 to 50 characters: a shorter title slug gives way to the day-and-id one, and one still
///   too short (no day at all) gets "offkai-" in front.
/// A slug is lowercase ASCII letters, digits, "-" and "_", starting with a letter or a digit (what Zenn
/// allows, and safe in every URL and on every file system); checkSlug() says what is wrong with one.
class ReportExportPreset
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ReportExportPreset)
public:
    enum class Kind
    {
        Markdown, ///< <fileBaseName>.md and images/, optionally with front matter (the original export)
        Hugo,     ///< content/posts/<slug>/index.md, a page bundle with its images beside it
        Jekyll,   ///< _posts/<date>-<slug>.md, images under assets/
        Zenn,     ///< articles/<slug>.md, images under images/
        Qiita     ///< public/<slug>.md for Qiita CLI
    };

    static QList<Kind> all();
    /// "markdown", "hugo", "jekyll", "zenn", "qiita": the command line's names.
    static QString key(Kind kind);
    static std::optional<Kind> fromKey(const QString &key);
    /// The translated name shown in the export dialog.
    static QString label(Kind kind);

    /// "2013-08-30-report-12": the local day the report was written, "report" and its id; "report-12"
    /// without a creation time, "report" without an id. The Markdown preset's file name.
    static QString defaultSlug(const Report &report);
    /// The slug the rule above gives for `kind`; `eventDay` is the day of the report's meetup, if it has
    /// one. The Markdown preset's is defaultSlug().
    static QString suggestedSlug(const Report &report, Kind kind, const QDate &eventDay = {});
    /// The slug the Markdown preset's file is named with when the user names it, "<day>-<slug>.md": the
    /// title's words as above, or "report" for a title without them (every Japanese one), for the user
    /// to change.
    static QString markdownSlug(const Report &report);
    /// `slug` made fit for a file name: lowercased, every run of other characters than a–z, 0–9, "-" and
    /// "_" made one "-", none at either end, at most 100 characters; "report" when nothing is left.
    static QString fileSlug(const QString &slug);
    /// Whether `slug` may name an export for `kind`, with a translated reason when not.
    static Result<void> checkSlug(const QString &slug, Kind kind);
};

} // namespace offkai
