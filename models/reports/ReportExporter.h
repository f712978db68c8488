#pragma once

#include "core/Result.h"
#include "records/Report.h"
#include "ReportExportLayout.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace offkai {

/// Writes a report as Markdown for a static site, a publishing tool or any editor, and gives it for the
/// clipboard.
///
/// The exported Markdown never contains the generated blocks' markers (ReportTemplate::stripMarkers).
/// Where each preset puts the Markdown and the photos, and how it links them: ReportExportLayout. The
/// Markdown preset links photos relatively, as "images/<fileName>" (ReportPhoto::relativePath()), which is
/// where it writes them, so the links work as they are.
///
/// The title: with front matter it is the front matter's `title` (themes print it, so there is no
/// heading); without, the Markdown starts with "# title". markdownFor() and htmlFor(), for "Copy as
/// Markdown" and "Copy as HTML", start with the heading too.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ReportExporter)
public:
    /// Writes ReportExportLayout::plan() under `dir` (creating the folders), each file through QSaveFile,
    /// the Markdown last; files already there are replaced. On failure nothing of this export is left
    /// behind (no Markdown, no new images, no new folders under `dir`) and the Error says what could not be
    /// written. Returns the Markdown's absolute path.
    static Result<QString> exportTo(const Report &report, const QList<ReportPhoto> &photos,
                                    const QString &dir, const ReportExportOptions &options = {});
    /// Writes a plan made by ReportExportLayout::plan(), as exportTo() does.
    static Result<QString> write(const ReportExportPlan &plan, const QString &dir);

    /// The Markdown preset's file name without ".md" (ReportExportPreset::defaultSlug):
    /// "2013-08-30-report-12", Jekyll's "_posts" naming, ASCII only whatever the title.
    static QString fileBaseName(const Report &report);
    /// The Markdown preset's YAML front matter (ReportFrontMatter::markdown).
    static QString frontMatter(const Report &report);
    /// "# title", a blank line, then the body without markers.
    static QString markdownFor(const Report &report);
    /// markdownFor() as an HTML fragment (MarkdownHtml::toHtml).
    static QString htmlFor(const Report &report);
    /// YamlWriter::quoted().
    static QString yamlQuoted(const QString &text);
};

} // namespace offkai
