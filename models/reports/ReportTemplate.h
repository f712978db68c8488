#pragma once

#include "records/Report.h"
#include "records/ReportContext.h"

#include <QString>
#include <QStringList>

namespace offkai {

/// The report's Markdown, filled from the event's data: a per-language template with placeholders.
///
/// Placeholders are `{{name}}`, with settings for some blocks (`{{next months=6}}`). One alone on its line
/// is replaced by a generated block, wrapped in marker lines (which keep the settings,
/// `<!-- offkai:next months=6 -->`) so that refresh() can regenerate it later:
///
///     <!-- offkai:attendees -->
///
///     …generated Markdown…
///
///     <!-- /offkai:attendees -->
///
/// Blocks: `summary` (a sentence with the day and the event, then date and time, venue and its nearest
/// station, headcount), `headcount` ("9名(うち当日参加1名)"), `attendees` (a table of who came by
/// occupation: occupation | count | names by the privacy rule, the names column left out when nobody may
/// be named), `next` (the scheduled and tentative events after this one within `months` months of its day,
/// 3 unless set: each once, in date order, with their date or tentative range and its note, the note left
/// out when the title already says it), `previous` (a link to the previous report), `community_figures` (the
/// community in figures over the 12 whole months ending with the event's month: members at the end and how
/// many joined and left, meetups held and their attendance, how many different people came and the share who
/// came twice or more; for annual or milestone posts, not in the default templates).
///
/// `{{highlights}}` is the author's own section: it becomes a prompt line for the author to replace,
/// without markers. A placeholder inside a line is replaced by its one-line text, without markers:
/// `title`, `event`, `date`, `venue`, `headcount`, `author`, `highlights`. Unknown placeholders stay.
///
/// All text from members, events and venues is escaped with MarkdownText. Names follow ReportNaming.
/// Generated text is in the given language ("ja" or "en", see ReportLanguage), whatever the UI's.
/// Where one generated block lies in a body, as offsets into it: from the first character of its opening
/// marker line to the end of its closing marker line (before that line's break).
struct GeneratedRegion
{
    QString name;               ///< "attendees"
    qsizetype start = 0;        ///< the opening marker line's first character
    qsizetype contentStart = 0; ///< the line after the opening marker
    qsizetype contentEnd = 0;   ///< the closing marker line's first character
    qsizetype end = 0;          ///< just after the closing marker line's last character

    bool operator==(const GeneratedRegion &) const = default;
};

class ReportTemplate
{
public:
    /// The names of the generated blocks of the default templates, in their order (and `headcount`).
    static QStringList blockNames();
    /// blockNames() and the blocks no default template has (`community_figures`): every block render()
    /// and refresh() generate.
    static QStringList allBlockNames();

    /// The default template for "ja" or "en", from the app's resources; English for other languages.
    static QString builtInTemplate(const QString &language);

    /// The template with every placeholder replaced.
    static QString render(const QString &templateText, const ReportContext &context, Report::Privacy privacy,
                          const QString &language);
    /// Regenerates what lies between each pair of markers of a known block. Everything else (the
    /// author's text, the marker lines themselves, blocks whose markers were deleted or whose name is
    /// unknown, a marker without its closing one) is kept byte for byte.
    static QString refresh(const QString &body, const ReportContext &context, Report::Privacy privacy,
                           const QString &language);
    /// The generated blocks refresh() would fill, in order: a known block's opening marker and the first
    /// closing marker of the same name after it.
    static QList<GeneratedRegion> regions(const QString &body);
    /// The body without its marker lines, for export and publishing; the blank lines they leave are
    /// collapsed to one.
    static QString stripMarkers(const QString &body);

    /// "{event title} レポート" / "{event title}: report" (plain text, not Markdown).
    static QString defaultTitle(const ReportContext &context, const QString &language);

    /// How far ahead `next` looks from the meetup's day when neither its placeholder nor the context
    /// (ReportContext::nextMonths, the community's setting) says.
    static constexpr int kDefaultNextMonths = 3;

    /// One block's Markdown (without markers); empty for an unknown name. `settings` are the
    /// placeholder's, as in its marker (" months=6").
    static QString block(const QString &name, const ReportContext &context, Report::Privacy privacy,
                         const QString &language, const QString &settings = {});
    /// The one-line Markdown of an inline placeholder; a null string for an unknown name.
    static QString inlineValue(const QString &name, const ReportContext &context, Report::Privacy privacy,
                               const QString &language);
    /// "9名(うち当日参加1名)", "9 people (1 walk-in)", "1 person" (plain text): everyone who came,
    /// organizers and walk-ins included.
    static QString headcountText(const ReportContext &context, const QString &language);
};

} // namespace offkai
