// The report path with text from the input: MarkdownText's escaping read back through md4c, the
// built-in templates filled from a context whose names and titles are the input's lines, and the input
// itself as a user's template (render, refresh, stripMarkers, statistics, HTML).
//
// Escaped text must read back exactly and make no markup; the filled template must make the same
// markup as with plain names; refreshing a freshly rendered report must change nothing.

#include "exchange/MarkdownHtml.h"
#include "FuzzSupport.h"
#include "reports/MarkdownText.h"
#include "reports/ReportTemplate.h"
#include "reports/TextStatistics.h"

#include <QHash>
#include <QTimeZone>

using namespace offkai;

namespace {

/// What md4c shows for escaped text: the text without the escaping backslashes.
QString literal(const QString &escaped)
{
    QString out;
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped.at(i) == QLatin1Char('\\') && i + 1 < escaped.size())
            ++i;
        out += escaped.at(i);
    }
    return out;
}

/// Elements only markup in the text could make (the templates' own headings, lists, tables and the
/// previous report's link are counted too, and compared with a rendering from plain text). Table cells
/// are not: whether the attendees table has a names column depends on the initials the names give.
const char *const kMarkup[] = {"<a ",         "<em>", "<strong>", "<code>", "<del>",  "<img", "<h1",
                               "<h2",         "<h3",  "<h4",      "<ol",    "<ul",    "<li",  "<table",
                               "<blockquote", "<hr",  "<pre",     "<input", "<script"};

QList<qsizetype> markupCounts(const QString &html)
{
    QList<qsizetype> counts;
    for (const char *tag : kMarkup)
        counts.append(html.count(QLatin1String(tag)));
    return counts;
}

void checkEscaping(const QString &text)
{
    const QString escaped = MarkdownText::escape(text);
    const QString shown = literal(escaped);
    if (MarkdownHtml::toPlainText(escaped) != shown)
        qFatal("escaped text does not read back");
    if (MarkdownHtml::toPlainText(QStringLiteral("Name: ") + escaped + QStringLiteral(" (ok)")) !=
        QStringLiteral("Name: ") + shown + QStringLiteral(" (ok)"))
        qFatal("escaped text in a sentence does not read back");
    if (markupCounts(MarkdownHtml::toHtml(escaped)) != markupCounts(QString()))
        qFatal("escaped text makes markup");
    const QString table = QStringLiteral("| Name | People |\n| --- | --: |\n| ") +
                          MarkdownText::escapeTableCell(text) + QStringLiteral(" | 2 |\n");
    if (MarkdownHtml::toHtml(table).count(QLatin1String("<td")) != 2)
        qFatal("an escaped table cell splits the row");
}

/// A context after seed 000's second meetup, with every text taken from `lines` in turn.
ReportContext context(const QStringList &lines)
{
    qsizetype next = 0;
    const auto text = [&] {
        return lines.isEmpty() ? QString() : lines.at(next++ % lines.size());
    };
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    ReportContext ctx;
    ctx.event.id = 2;
    ctx.event.title = text();
    ctx.event.status = Event::Status::Done;
    ctx.event.start = QDateTime(QDate(2013, 8, 29), QTime(19, 30), tokyo);
    ctx.event.end = QDateTime(QDate(2013, 8, 29), QTime(22, 30), tokyo);
    Venue venue;
    venue.id = 1;
    venue.name = text();
    venue.address = text();
    venue.stations = {{text(), text(), text(), 3}};
    ctx.venue = venue;
    ctx.eventTypeName = text();
    const Member::NameConsent consents[] = {
        Member::NameConsent::FullName, Member::NameConsent::OccupationInitial, Member::NameConsent::NotNamed};
    for (int i = 0; i < 4; ++i) {
        ReportAttendee a;
        a.memberId = 10 + i;
        a.displayName = text();
        a.reading = text();
        a.occupation = QStringLiteral("k%1").arg(i % 2);
        a.occupationLabel = i % 2 ? text() : QString();
        a.consent = consents[i % 3];
        a.walkIn = i == 3;
        ctx.attendees.append(a);
    }
    Event tentative;
    tentative.id = 3;
    tentative.title = text();
    tentative.status = Event::Status::Tentative;
    tentative.tentativeFrom = QDate(2013, 9, 1);
    tentative.tentativeTo = QDate(2013, 9, 30);
    tentative.tentativeNote = text();
    ctx.nextEvents = {tentative};
    PreviousReport previous;
    previous.reportId = 11;
    previous.title = text();
    previous.url = QUrl(QStringLiteral("https://example.com/2013/08/offkai-1.html"));
    previous.event.id = 1;
    previous.event.title = text();
    previous.event.start = QDateTime(QDate(2013, 8, 1), QTime(19, 30), tokyo);
    ctx.previous = previous;
    ctx.authorName = text();
    return ctx;
}

/// The same lines made plain: each distinct text becomes a distinct word, an empty one stays empty, so
/// that grouping and the choices that depend on emptiness do not change. Empty is what the template
/// takes for it: nothing but spaces, or nothing left once escaped (NUL characters).
QStringList plain(const QStringList &lines)
{
    QHash<QString, QString> words;
    QStringList out;
    for (const QString &line : lines) {
        const QString key = line.simplified();
        if (key.isEmpty() || MarkdownText::escape(key).isEmpty()) {
            out.append(QString());
            continue;
        }
        if (!words.contains(key))
            words.insert(key, QStringLiteral("word%1").arg(words.size()));
        out.append(words.value(key));
    }
    return out;
}

void checkTemplates(const QStringList &lines, Report::Privacy privacy)
{
    const ReportContext ctx = context(lines);
    const ReportContext plainCtx = context(plain(lines));
    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        const QString body =
            ReportTemplate::render(ReportTemplate::builtInTemplate(language), ctx, privacy, language);
        const QString plainBody =
            ReportTemplate::render(ReportTemplate::builtInTemplate(language), plainCtx, privacy, language);
        if (markupCounts(MarkdownHtml::toHtml(body)) != markupCounts(MarkdownHtml::toHtml(plainBody)))
            qFatal("text from the context makes markup in the %s report:\n%s\n--- with plain words:\n%s",
                   qPrintable(language), qPrintable(body), qPrintable(plainBody));
        if (ReportTemplate::refresh(body, ctx, privacy, language) != body)
            qFatal("refreshing a fresh %s report changed it", qPrintable(language));
        (void)ReportTemplate::defaultTitle(ctx, language);
    }
}

void checkUserTemplate(const QString &templateText, const QStringList &lines, Report::Privacy privacy)
{
    const ReportContext ctx = context(lines);
    const QString body = ReportTemplate::render(templateText, ctx, privacy, QStringLiteral("ja"));
    // Marker lines already in the template would be filled by a refresh: only without them is the
    // rendered text what a refresh gives back.
    if (!templateText.contains(QLatin1String("offkai:")) &&
        ReportTemplate::refresh(body, ctx, privacy, QStringLiteral("ja")) != body)
        qFatal("refreshing a report rendered from its template changed it");
    (void)ReportTemplate::refresh(templateText, ctx, privacy, QStringLiteral("en"));
    const QString stripped = ReportTemplate::stripMarkers(body);
    (void)MarkdownHtml::toHtml(stripped);
    (void)MarkdownHtml::toPlainText(stripped);
    (void)TextStatistics::count(body);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto privacy = Report::Privacy(size % 3);
    checkEscaping(text);
    checkTemplates(lines, privacy);
    checkUserTemplate(text, lines, privacy);
    return 0;
}
