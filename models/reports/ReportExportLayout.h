#pragma once

#include "core/Result.h"
#include "records/Report.h"
#include "ReportExportPreset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace offkai {

/// Choices for ReportExporter::exportTo() and ReportExportLayout::plan().
struct ReportExportOptions
{
    /// Markdown preset only: YAML front matter (title, date, tags, draft) instead of a "# title" heading.
    bool frontMatter = false;
    ReportExportPreset::Kind preset = ReportExportPreset::Kind::Markdown;
    /// Names the export; empty for ReportExportPreset::suggestedSlug(). The Markdown preset names its
    /// file "<eventDay>-<slug>.md" with it (ReportExportPreset::fileSlug(); the day the report was written
    /// without eventDay), and keeps ReportExportPreset::defaultSlug() without one.
    QString slug;
    /// The day of the report's meetup, for suggestedSlug(), the Markdown file's name and its front
    /// matter's `event_date`; invalid when it has none or is not known.
    QDate eventDay;
    /// The day the report was first published, for the front matter's `date`; invalid for a draft.
    QDate publishedOn;
    /// The day a draft is dated in the front matter; today when invalid.
    QDate today;
};

/// One file of an export, its path relative to the chosen folder ("/"-separated).
struct ReportExportFile
{
    QString path;
    QByteArray data;
};

/// Everything one export writes, before anything is written.
struct ReportExportPlan
{
    QString markdownPath;          ///< relative, one of `files`
    QList<ReportExportFile> files; ///< the photos in their order, the Markdown last
    QStringList warnings;          ///< translated: what the target will refuse or the user must finish

    QStringList paths() const;
};

/// Lays a report out the way each export preset's tool expects it, relative to the folder the user picks
/// (the root of the site or repository; the Markdown preset: any folder). The Markdown body is the
/// report's without the generated blocks' markers; its "images/<fileName>" links
/// (BlogClient::rewritePhotoLinks) point where the photos are written:
///
/// | preset   | Markdown                           | photos                        | links |
/// |----------|------------------------------------|-------------------------------|---------------------------------|
/// | Markdown | <fileBaseName>.md, <day>-<slug>.md | images/<file>                 | images/<file> (as
/// written)      | | Hugo     | content/posts/<slug>/index.md      | content/posts/<slug>/<file>   | <file>
/// (page resources)         | | Jekyll   | _posts/<yyyy-MM-dd>-<slug>.md      | assets/images/<slug>/<file>
/// | /assets/images/<slug>/<file>    | | Zenn     | articles/<slug>.md                 | images/<slug>/<file>
/// | /images/<slug>/<file>           | | Qiita    | public/<slug>.md                   | images/<slug>/<file>
/// | ../images/<slug>/<file>         |
///
/// Jekyll's date is the day the report was written (today without one), as in its front matter; a slug
/// that already starts with that day is not given it twice. Qiita CLI uploads no images, so they are written
/// outside public/ for the user to upload on Qiita, and the plan says so; Zenn's limits on images (3 MB; PNG,
/// JPEG, GIF, WebP) are warnings too. Front matter: ReportFrontMatter; the Markdown preset's, once the
/// meetup's day is known, is ReportFrontMatter::dated(): `date` the day of publication (today for a draft)
/// and `event_date` the meetup's.
class ReportExportLayout
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ReportExportLayout)
public:
    /// The plan, or an Invalid error for a bad slug or a photo name that cannot be a file name or is
    /// taken twice. Nothing is read from or written to disk.
    static Result<ReportExportPlan> plan(const Report &report, const QList<ReportPhoto> &photos,
                                         const ReportExportOptions &options);
    /// The body the presets with front matter write: without markers, ending with a line break.
    static QString body(const Report &report);
    /// "# title", a blank line, then body(): the Markdown preset without front matter.
    static QString markdownWithHeading(const Report &report);
};

} // namespace offkai
