#pragma once

#include "core/Result.h"
#include "records/Report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace offkai {

/// Choices for ReportExporter::exportTo().
struct ReportExportOptions
{
    /// YAML front matter for Hugo or Jekyll (title, date, tags, draft) instead of a "# title" heading.
    bool frontMatter = false;
};

/// Writes a report as Markdown for a static site or any editor, and gives it for the clipboard.
///
/// The exported Markdown never contains the generated blocks' markers (ReportTemplate::stripMarkers).
/// Photos are linked relatively, as "images/<fileName>" (ReportPhoto::relativePath()), which is where
/// exportTo() writes them, so the links work as they are.
///
/// The title: with front matter it is the front matter's `title` (themes print it, so there is no
/// heading); without, the Markdown starts with "# title". markdownFor() and htmlFor(), for "Copy as
/// Markdown" and "Copy as HTML", start with the heading too.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ReportExporter)
public:
    /// Writes `<dir>/<fileBaseName>.md` and `<dir>/images/<fileName>` for each photo (creating the
    /// folders), each through QSaveFile, the Markdown last. On failure nothing of this export is left
    /// behind (no .md, no new images) and the Error says what could not be written. Returns the .md's path.
    static Result<QString> exportTo(const Report &report, const QList<ReportPhoto> &photos,
                                    const QString &dir, const ReportExportOptions &options = {});

    /// "2013-08-30-report-12": the local day the report was written, "report" and its id;
    /// "report-12" without a creation time, "report" without an id. Jekyll's "_posts" naming, ASCII only
    /// whatever the title, so every blog engine and file system takes it.
    static QString fileBaseName(const Report &report);
    /// The YAML front matter, "---" lines included: title (double-quoted, escaped), date (the creation
    /// time, local, in ISO 8601 with its UTC offset; left out without one), tags, draft (true unless
    /// published).
    static QString frontMatter(const Report &report);
    /// "# title", a blank line, then the body without markers.
    static QString markdownFor(const Report &report);
    /// markdownFor() as an HTML fragment (MarkdownHtml::toHtml).
    static QString htmlFor(const Report &report);
    /// `text` as a YAML double-quoted scalar: "…" with \\, \" and control characters escaped.
    static QString yamlQuoted(const QString &text);
};

} // namespace offkai
