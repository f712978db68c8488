#include "ReportTemplate.h"

#include "HeadcountText.h"
#include "MarkdownText.h"
#include "ReportLanguage.h"
#include "ReportNaming.h"
#include "TentativeNote.h"

#include <algorithm>
#include <QFile>
#include <QRegularExpression>

namespace offkai {

namespace {

/// One line of a body and what ended it ("\n", "\r\n", or nothing for the last line).
struct Line
{
    QString text;
    QString end;
};

QList<Line> splitLines(const QString &body)
{
    QList<Line> lines;
    qsizetype from = 0;
    while (from <= body.size()) {
        const qsizetype nl = body.indexOf(QLatin1Char('\n'), from);
        if (nl < 0) {
            if (from < body.size())
                lines.append({body.mid(from), QString()});
            break;
        }
        const bool cr = nl > from && body.at(nl - 1) == QLatin1Char('\r');
        lines.append(
            {body.mid(from, nl - from - (cr ? 1 : 0)), cr ? QStringLiteral("\r\n") : QStringLiteral("\n")});
        from = nl + 1;
    }
    return lines;
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

/// A marker line: captures "/" for a closing one, the block's name and its settings (" months=6").
const QRegularExpression &markerPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^[ \\t]*<!--[ \\t]*(/?)offkai:([A-Za-z0-9_-]+)((?:[ \\t]+[a-z_]+=[0-9]{1,4})*)[ \\t]*-->[ \\t]*$"));
    return re;
}

/// A placeholder: its name and its settings, "{{next months=6}}".
const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\{\\{[ \\t]*([a-z_]+)((?:[ \\t]+[a-z_]+=[0-9]{1,4})*)[ \\t]*\\}\\}"));
    return re;
}

/// The settings of a placeholder or marker, one space before each: " months=6".
QString normalizedSettings(const QString &settings)
{
    const QStringList parts = settings.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return parts.isEmpty() ? QString() : QLatin1Char(' ') + parts.join(QLatin1Char(' '));
}

/// The value of `name` in settings such as " months=6", or `fallback` when not there.
int setting(const QString &settings, QLatin1String name, int fallback)
{
    for (const QString &part : settings.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (part.section(QLatin1Char('='), 0, 0) == name)
            return part.section(QLatin1Char('='), 1).toInt();
    }
    return fallback;
}

QString openMarker(const QString &name, const QString &settings)
{
    return QStringLiteral("<!-- offkai:") + name + normalizedSettings(settings) + QStringLiteral(" -->");
}

QString closeMarker(const QString &name)
{
    return QStringLiteral("<!-- /offkai:") + name + QStringLiteral(" -->");
}

/// The event's day (or tentative range) with its note escaped, in the report's language.
QString whenMarkdown(const Event &event, const ReportLanguage &lang)
{
    Event escaped = event;
    escaped.tentativeNote = MarkdownText::escape(event.tentativeNote);
    return lang.whenText(escaped);
}

QString venueMarkdown(const ReportContext &ctx, const ReportLanguage &lang)
{
    QString text;
    if (ctx.venue && !ctx.venue->name.trimmed().isEmpty())
        text = MarkdownText::escape(ctx.venue->name); // empty for NUL characters only: nothing to show
    if (!text.isEmpty()) {
        const QString station =
            ctx.venue->stations.isEmpty()
                ? QString()
                : MarkdownText::escape(ctx.venue->stations.constFirst().station.trimmed());
        if (ctx.venue->kind != Venue::Kind::Online && !station.isEmpty())
            text = lang.translate("offkai::ReportTemplate", "%1 (near %2)", "venue, nearest station")
                       .arg(text, station);
    }
    if (ctx.event.format == Event::Format::Online && text.isEmpty())
        return lang.translate("offkai::ReportTemplate", "Online");
    if (ctx.event.format == Event::Format::Hybrid && !text.isEmpty())
        return lang.translate("offkai::ReportTemplate", "%1, and online", "venue of a hybrid event")
            .arg(text);
    return text;
}

/// The author as the privacy rule allows: their own consent when they came, else as a full name.
QString authorMarkdown(const ReportContext &ctx, Report::Privacy privacy, const ReportLanguage &lang)
{
    const QString author = ctx.authorName.simplified();
    if (author.isEmpty())
        return {};
    ReportAttendee self;
    self.displayName = author;
    self.consent = Member::NameConsent::FullName;
    for (const ReportAttendee &a : ctx.attendees) {
        if (a.displayName.simplified() == author) {
            self = a;
            break;
        }
    }
    return MarkdownText::escape(ReportNaming::name(self, privacy, lang.code()));
}

QString highlightsPrompt(const ReportLanguage &lang)
{
    return lang.translate("offkai::ReportTemplate",
                          "(Write the highlights here: the talk everyone remembers, news from "
                          "members, resolutions made in front of everyone.)");
}

QString summaryBlock(const ReportContext &ctx, const ReportLanguage &lang)
{
    QStringList parts;
    QString title = MarkdownText::escape(ctx.event.title.simplified());
    if (title.isEmpty())
        title = MarkdownText::escape(ctx.eventTypeName.simplified());
    if (!title.isEmpty()) {
        const QString day =
            ctx.event.hasDay() ? lang.dateText(ctx.event.firstDay()) : whenMarkdown(ctx.event, lang);
        parts.append(
            lang.translate("offkai::ReportTemplate", "On %1, we held “%2”.", "summary: day, event title")
                .arg(day, title));
    }
    const QString item = lang.translate("offkai::ReportTemplate", "%1: %2", "summary: bold label, value");
    const auto bold = [](const QString &label) -> QString {
        return QStringLiteral("**") + label + QStringLiteral("**");
    };
    QStringList items;
    items.append(QStringLiteral("- ") + item.arg(bold(lang.translate("offkai::ReportTemplate", "Date")),
                                                 whenMarkdown(ctx.event, lang)));
    const QString venue = venueMarkdown(ctx, lang);
    if (!venue.isEmpty())
        items.append(QStringLiteral("- ") +
                     item.arg(bold(lang.translate("offkai::ReportTemplate", "Venue")), venue));
    items.append(QStringLiteral("- ") + item.arg(bold(lang.translate("offkai::ReportTemplate", "Attendance")),
                                                 ReportTemplate::headcountText(ctx, lang.code())));
    parts.append(items.join(QLatin1Char('\n')));
    return parts.join(QStringLiteral("\n\n"));
}

/// One row of the attendance table: everyone of one occupation.
struct OccupationRow
{
    QString label;
    QList<ReportAttendee> people;
};

QString attendeesBlock(const ReportContext &ctx, Report::Privacy privacy, const ReportLanguage &lang)
{
    if (ctx.attendees.isEmpty())
        return lang.translate("offkai::ReportTemplate", "No attendance recorded yet.");
    QList<OccupationRow> rows;
    for (const ReportAttendee &a : ctx.attendees) {
        const bool known = !a.occupation.trimmed().isEmpty() || !a.occupationLabel.trimmed().isEmpty();
        const QString label = known ? ReportNaming::occupationLabel(a, lang.code())
                                    : lang.translate("offkai::Occupation", "Other");
        auto row =
            std::find_if(rows.begin(), rows.end(), [&](const OccupationRow &r) { return r.label == label; });
        if (row == rows.end())
            rows.append({label, {a}});
        else
            row->people.append(a);
    }
    // The largest groups first; equal ones in the order they first came up (reading order).
    std::stable_sort(rows.begin(), rows.end(), [](const OccupationRow &x, const OccupationRow &y) {
        return x.people.size() > y.people.size();
    });

    const QString separator =
        lang.translate("offkai::ReportTemplate", ", ", "between names in the attendance table");
    QStringList cells;
    bool anyName = false;
    for (const OccupationRow &row : rows) {
        QStringList shown;
        for (const ReportAttendee &a : row.people) {
            const QString name = ReportNaming::shortName(a, privacy, lang.code());
            if (name.isEmpty())
                continue;
            // A full name is the member's text; "Iさん" / "I." is ours around a capital A–Z.
            const bool full = ReportNaming::rule(privacy, a.consent) == Member::NameConsent::FullName;
            shown.append(full ? MarkdownText::escapeTableCell(name) : name);
        }
        anyName = anyName || !shown.isEmpty();
        const qsizetype others = row.people.size() - shown.size();
        QString cell = shown.join(separator);
        if (!shown.isEmpty() && others > 0)
            cell = lang.translate("offkai::ReportTemplate", "%1 and %2 more",
                                  "names, then how many are not named")
                       .arg(cell, lang.number(int(others)));
        cells.append(cell);
    }

    QStringList table;
    if (anyName) {
        table.append(QStringLiteral("| %1 | %2 | %3 |")
                         .arg(lang.translate("offkai::ReportTemplate", "Occupation"),
                              lang.translate("offkai::ReportTemplate", "People"),
                              lang.translate("offkai::ReportTemplate", "Names")));
        table.append(QStringLiteral("| --- | --: | --- |"));
    } else {
        table.append(QStringLiteral("| %1 | %2 |")
                         .arg(lang.translate("offkai::ReportTemplate", "Occupation"),
                              lang.translate("offkai::ReportTemplate", "People")));
        table.append(QStringLiteral("| --- | --: |"));
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString label = MarkdownText::escapeTableCell(rows.at(i).label);
        const QString count = lang.number(int(rows.at(i).people.size()));
        if (anyName) {
            const QString cell = cells.at(i);
            table.append(QStringLiteral("| ") + label + QStringLiteral(" | ") + count +
                         QStringLiteral(" | ") + cell +
                         (cell.isEmpty() ? QStringLiteral("|") : QStringLiteral(" |")));
        } else {
            table.append(QStringLiteral("| ") + label + QStringLiteral(" | ") + count + QStringLiteral(" |"));
        }
    }
    return lang.translate("offkai::ReportTemplate", "By occupation:") + QStringLiteral("\n\n") +
           table.join(QLatin1Char('\n'));
}

/// The first day an event may be on: its day, or the start of its tentative range; invalid when unknown.
QDate earliestDay(const Event &event)
{
    return event.hasDay() ? event.firstDay() : event.tentativeFrom;
}

QString nextBlock(const ReportContext &ctx, const ReportLanguage &lang, int months)
{
    // The window starts with the meetup's day (or the end of its tentative range) and lasts `months`.
    const QDate after = ctx.event.hasDay() ? ctx.event.lastDay()
                                           : (ctx.event.tentativeTo.isValid() ? ctx.event.tentativeTo
                                                                              : ctx.event.tentativeFrom);
    const QDate until = after.isValid() ? after.addMonths(months) : QDate();
    QList<Event> shown;
    for (const Event &event : ctx.nextEvents) {
        if (event.status != Event::Status::Scheduled && event.status != Event::Status::Tentative)
            continue;
        if (event.id > 0 && event.id == ctx.event.id)
            continue;
        const QDate day = earliestDay(event);
        if (until.isValid() && day.isValid() && day > until)
            continue;
        // Each event once, however often it was handed in.
        const bool repeated = std::any_of(shown.cbegin(), shown.cend(), [&event](const Event &e) {
            return event.id > 0 ? e.id == event.id
                                : e.id == 0 && e.title == event.title && e.start == event.start &&
                                      e.tentativeFrom == event.tentativeFrom;
        });
        if (!repeated)
            shown.append(event);
    }
    // In date order; events without even a month at the end.
    std::stable_sort(shown.begin(), shown.end(), [](const Event &a, const Event &b) {
        const QDate x = earliestDay(a);
        const QDate y = earliestDay(b);
        if (x.isValid() != y.isValid())
            return x.isValid();
        return x < y;
    });
    QStringList items;
    for (const Event &event : std::as_const(shown)) {
        // The note once, and only what the title and the range do not say already.
        Event dated = event;
        dated.tentativeNote.clear();
        dated.tentativeNote = TentativeNote::beyond(event.tentativeNote,
                                                    event.title + QLatin1Char('\n') + lang.whenText(dated));
        QString when = whenMarkdown(dated, lang);
        if (event.status == Event::Status::Tentative && event.hasDay())
            when = lang.translate("offkai::ReportTemplate", "%1 (to be confirmed)").arg(when);
        // Trimmed: "**" next to a space (U+3000 too) is no emphasis. A title that shows nothing once
        // escaped (NUL characters) would leave "****".
        QString title = MarkdownText::escape(event.title.trimmed());
        if (title.isEmpty())
            title = lang.translate("offkai::ReportTemplate", "Next meetup");
        items.append(QStringLiteral("- ") +
                     lang.translate("offkai::ReportTemplate", "%1: %2", "next event: bold title, when")
                         .arg(QStringLiteral("**") + title + QStringLiteral("**"), when));
    }
    if (items.isEmpty())
        return lang.translate("offkai::ReportTemplate",
                              "The next meetup will be announced when the date is set.");
    return lang.translate("offkai::ReportTemplate", "Coming up next:") + QStringLiteral("\n\n") +
           items.join(QLatin1Char('\n'));
}

QString communityFiguresBlock(const ReportContext &ctx, const ReportLanguage &lang)
{
    if (!ctx.communityFigures)
        return lang.translate("offkai::ReportTemplate", "No figures yet: the event has no day.");
    const ReportCommunityFigures &f = *ctx.communityFigures;
    const CommunityTotals &t = f.totals;
    const QString month =
        lang.translate("offkai::ReportTemplate", "MMMM yyyy", "format of a month and its year");
    const QString period =
        lang.translate("offkai::ReportTemplate", "%1 to %2", "a range of months")
            .arg(lang.locale().toString(f.from, month), lang.locale().toString(f.to, month));
    const QStringList lines = {
        lang.translate("offkai::ReportTemplate", "**The community in figures** (%1)").arg(period), QString(),
        QStringLiteral("- ") +
            lang.translate("offkai::ReportTemplate", "Members: %1 (%2 joined, %3 left)")
                .arg(lang.number(t.activeMembers), lang.number(t.joined), lang.number(t.left)),
        QStringLiteral("- ") +
            lang.translate("offkai::ReportTemplate", "Meetups held: %1, with %2 attendances in all")
                .arg(lang.number(t.events), lang.number(t.attendance)),
        QStringLiteral("- ") +
            lang.translate("offkai::ReportTemplate",
                           "Different people who came: %1, of whom %2% came twice or more")
                .arg(lang.number(t.distinctAttendees), lang.number(qRound(t.repeatRate * 100.0)))};
    return lines.join(QLatin1Char('\n'));
}

QString previousBlock(const ReportContext &ctx, const ReportLanguage &lang)
{
    if (!ctx.previous)
        return lang.translate("offkai::ReportTemplate", "There is no earlier report yet.");
    const PreviousReport &prev = *ctx.previous;
    QString title = prev.title.simplified();
    if (MarkdownText::escape(title).isEmpty()) { // nothing to show: a link would have no text
        ReportContext earlier;
        earlier.event = prev.event;
        title = ReportTemplate::defaultTitle(earlier, lang.code());
    }
    const QString scheme = prev.url.scheme().toLower();
    const bool linkable = prev.url.isValid() && !prev.url.host().isEmpty() &&
                          (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
    const QString reference =
        linkable ? QStringLiteral("[") + MarkdownText::escape(title) + QStringLiteral("](<") +
                       prev.url.toString(QUrl::FullyEncoded) + QStringLiteral(">)")
                 : lang.translate("offkai::ReportTemplate", "“%1”", "the title of a report that has no link")
                       .arg(MarkdownText::escape(title));
    const QDate day = prev.event.firstDay();
    if (day.isValid())
        return lang.translate("offkai::ReportTemplate", "For the previous meetup on %1, see %2.")
            .arg(lang.dateText(day), reference);
    return lang.translate("offkai::ReportTemplate", "For the previous meetup, see %1.").arg(reference);
}

} // namespace

QStringList ReportTemplate::blockNames()
{
    return {QStringLiteral("summary"), QStringLiteral("headcount"), QStringLiteral("attendees"),
            QStringLiteral("next"), QStringLiteral("previous")};
}

QStringList ReportTemplate::allBlockNames()
{
    return blockNames() + QStringList{QStringLiteral("community_figures")};
}

QString ReportTemplate::builtInTemplate(const QString &language)
{
    for (const QString &code : {ReportLanguage::normalizedCode(language), QStringLiteral("en")}) {
        QFile file(QStringLiteral(":/offkai/templates/report_") + code + QStringLiteral(".md"));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return QStringLiteral("{{summary}}\n\n{{attendees}}\n\n{{highlights}}\n\n{{next}}\n\n{{previous}}\n");
}

QString ReportTemplate::headcountText(const ReportContext &context, const QString &language)
{
    const ReportLanguage lang(language);
    if (context.headcount) {
        // A report tells who came, whatever the event's status says.
        Headcount held = *context.headcount;
        held.held = true;
        return HeadcountText::text(held, lang);
    }
    int walkIns = 0;
    for (const ReportAttendee &a : context.attendees)
        walkIns += a.walkIn ? 1 : 0;
    return HeadcountText::cameText(int(context.attendees.size()), walkIns, lang);
}

QString ReportTemplate::defaultTitle(const ReportContext &context, const QString &language)
{
    const ReportLanguage lang(language);
    QString title = context.event.title.simplified();
    if (title.isEmpty())
        title = context.eventTypeName.simplified();
    return lang.translate("offkai::ReportTemplate", "%1: report", "default title of a report about an event")
        .arg(title);
}

QString ReportTemplate::block(const QString &name, const ReportContext &context, Report::Privacy privacy,
                              const QString &language, const QString &settings)
{
    const ReportLanguage lang(language);
    if (name == QLatin1String("summary"))
        return summaryBlock(context, lang);
    if (name == QLatin1String("headcount"))
        return headcountText(context, language);
    if (name == QLatin1String("attendees"))
        return attendeesBlock(context, privacy, lang);
    if (name == QLatin1String("next")) {
        const int fallback = context.nextMonths > 0 ? context.nextMonths : kDefaultNextMonths;
        const int months = setting(settings, QLatin1String("months"), fallback);
        return nextBlock(context, lang, months > 0 ? months : fallback);
    }
    if (name == QLatin1String("previous"))
        return previousBlock(context, lang);
    if (name == QLatin1String("community_figures"))
        return communityFiguresBlock(context, lang);
    return {};
}

QString ReportTemplate::inlineValue(const QString &name, const ReportContext &context,
                                    Report::Privacy privacy, const QString &language)
{
    const ReportLanguage lang(language);
    if (name == QLatin1String("title"))
        return MarkdownText::escape(defaultTitle(context, language));
    if (name == QLatin1String("event"))
        return MarkdownText::escape(context.event.title);
    if (name == QLatin1String("date"))
        return whenMarkdown(context.event, lang);
    if (name == QLatin1String("venue"))
        return venueMarkdown(context, lang);
    if (name == QLatin1String("headcount"))
        return headcountText(context, language);
    if (name == QLatin1String("author"))
        return authorMarkdown(context, privacy, lang);
    if (name == QLatin1String("highlights"))
        return highlightsPrompt(lang);
    return {};
}

QString ReportTemplate::render(const QString &templateText, const ReportContext &context,
                               Report::Privacy privacy, const QString &language)
{
    const QStringList blocks = allBlockNames();
    const QList<Line> lines = splitLines(templateText);
    QList<Line> out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        const QString eol = line.end.isEmpty() ? QStringLiteral("\n") : line.end;
        const QString trimmed = line.text.trimmed();
        const QRegularExpressionMatch whole = placeholderPattern().match(trimmed);
        const bool alone =
            whole.hasMatch() && whole.capturedStart(0) == 0 && whole.capturedLength(0) == trimmed.size();
        if (alone && blocks.contains(whole.captured(1))) {
            // A generated block, on lines of its own with blank lines around, so that it stays a
            // separate Markdown block whatever the template has next to it.
            const QString name = whole.captured(1);
            const QString settings = whole.captured(2);
            if (!out.isEmpty() && !isBlank(out.constLast().text))
                out.append({QString(), eol});
            out.append({openMarker(name, settings), eol});
            out.append({QString(), eol});
            for (const QString &generated :
                 block(name, context, privacy, language, settings).split(QLatin1Char('\n')))
                out.append({generated, eol});
            out.append({QString(), eol});
            out.append({closeMarker(name), line.end});
            if (i + 1 < lines.size() && !isBlank(lines.at(i + 1).text)) {
                out.last().end = eol;
                out.append({QString(), eol});
            }
            continue;
        }
        // Inline placeholders: their one-line text, without markers; unknown ones stay as written.
        QString text;
        qsizetype from = 0;
        for (auto it = placeholderPattern().globalMatch(line.text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString value = inlineValue(m.captured(1), context, privacy, language);
            text += line.text.mid(from, m.capturedStart(0) - from);
            text += value.isNull() ? m.captured(0) : value;
            from = m.capturedEnd(0);
        }
        text += line.text.mid(from);
        out.append({text, line.end});
    }
    QString result;
    for (const Line &line : out)
        result += line.text + line.end;
    return result;
}

QString ReportTemplate::refresh(const QString &body, const ReportContext &context, Report::Privacy privacy,
                                const QString &language)
{
    const QStringList blocks = allBlockNames();
    const QList<Line> lines = splitLines(body);
    QString result;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        result += line.text + line.end;
        const QRegularExpressionMatch open = markerPattern().match(line.text);
        if (!open.hasMatch() || !open.captured(1).isEmpty() || !blocks.contains(open.captured(2)) ||
            line.end.isEmpty())
            continue;
        const QString name = open.captured(2);
        qsizetype close = -1;
        for (qsizetype j = i + 1; j < lines.size() && close < 0; ++j) {
            const QRegularExpressionMatch m = markerPattern().match(lines.at(j).text);
            if (m.hasMatch() && m.captured(1) == QLatin1String("/") && m.captured(2) == name)
                close = j;
        }
        if (close < 0)
            continue; // no closing marker: nothing is known to be generated
        const QString eol = line.end;
        QString generated = block(name, context, privacy, language, open.captured(3));
        generated.replace(QLatin1Char('\n'), eol);
        result += eol + generated + eol + eol;
        i = close - 1; // the closing marker is copied as it is by the next turn
    }
    return result;
}

QList<GeneratedRegion> ReportTemplate::regions(const QString &body)
{
    QList<GeneratedRegion> found;
    if (!body.contains(QLatin1String("offkai:")))
        return found;
    const QStringList blocks = allBlockNames();
    const QList<Line> lines = splitLines(body);
    QList<qsizetype> starts;
    qsizetype offset = 0;
    for (const Line &line : lines) {
        starts.append(offset);
        offset += line.text.size() + line.end.size();
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (!line.text.contains(QLatin1String("offkai:")))
            continue;
        const QRegularExpressionMatch open = markerPattern().match(line.text);
        if (!open.hasMatch() || !open.captured(1).isEmpty() || !blocks.contains(open.captured(2)) ||
            line.end.isEmpty())
            continue;
        const QString name = open.captured(2);
        for (qsizetype j = i + 1; j < lines.size(); ++j) {
            const QRegularExpressionMatch m = markerPattern().match(lines.at(j).text);
            if (m.hasMatch() && m.captured(1) == QLatin1String("/") && m.captured(2) == name) {
                found.append({name, starts.at(i), starts.at(i + 1), starts.at(j),
                              starts.at(j) + lines.at(j).text.size()});
                i = j; // the same rule as refresh(): what follows its closing marker is looked at next
                break;
            }
        }
    }
    return found;
}

QString ReportTemplate::stripMarkers(const QString &body)
{
    const QList<Line> lines = splitLines(body);
    QList<Line> out;
    bool collapsing = false; // right after a removed marker: blank lines that would double up go too
    for (const Line &line : lines) {
        if (markerPattern().match(line.text).hasMatch()) {
            collapsing = true;
            continue;
        }
        if (isBlank(line.text)) {
            if (collapsing && (out.isEmpty() || isBlank(out.constLast().text)))
                continue;
        } else {
            collapsing = false;
        }
        out.append(line);
    }
    if (collapsing) {
        // The body ended with a marker: no blank lines after the last text, but still a final newline.
        const bool hadEnd = !lines.isEmpty() && !lines.constLast().end.isEmpty();
        while (!out.isEmpty() && isBlank(out.constLast().text))
            out.removeLast();
        if (!out.isEmpty() && out.constLast().end.isEmpty())
            out.last().end = hadEnd ? lines.constLast().end : QStringLiteral("\n");
    }
    QString result;
    for (const Line &line : out)
        result += line.text + line.end;
    return result;
}

} // namespace offkai
