// AnnouncementWriter with an event and a venue whose texts are the input's lines, in Markdown and in
// plain text, in English and Japanese locales. Two promises are checked: what must stay private (the
// organizer notes, the venue's notes and phone, the meeting URL) never appears, and the texts make no
// more Markdown than plain words in their place would.

#include "exchange/AnnouncementWriter.h"
#include "exchange/MarkdownEscape.h"
#include "exchange/MarkdownHtml.h"
#include "FuzzSupport.h"

#include <limits>
#include <QHash>
#include <QTimeZone>

using namespace offkai;

namespace {

// Private values the announcement must leave out.
const QString kEventNotes = QStringLiteral("ORGANIZER-NOTE-7f3a");
const QString kVenueNotes = QStringLiteral("VENUE-NOTE-51c9");
const QString kVenuePhone = QStringLiteral("03-0000-9271");
const QString kMeetingSecret = QStringLiteral("pwd=SECRET9d2e");

// Links are not counted: GFM links a URL written in a venue's text ("https://…", "www.…"), which an
// announcement allows (the link shows the same text). MarkdownText, for reports, goes further.
const char *const kMarkup[] = {"<em>", "<strong>", "<code>",      "<del>", "<img", "<h1",
                               "<h2",  "<h3",      "<ol",         "<ul",   "<li",  "<p>",
                               "<br",  "<table",   "<blockquote", "<hr",   "<pre", "<input"};

QList<qsizetype> markupCounts(const QString &markdown)
{
    const QString html = MarkdownHtml::toHtml(markdown);
    QList<qsizetype> counts;
    for (const char *tag : kMarkup)
        counts.append(html.count(QLatin1String(tag)));
    return counts;
}

/// The event and venue with every text taken from `lines` in turn; the rest from `seed`.
AnnouncementWriter::Input input(const QStringList &lines, size_t seed)
{
    qsizetype next = 0;
    const auto text = [&] {
        return lines.isEmpty() ? QString() : lines.at(next++ % lines.size());
    };
    const auto pick = [&](int count) {
        const int value = int(seed % size_t(count));
        seed /= size_t(count);
        return value;
    };
    const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
    AnnouncementWriter::Input in;
    Event &e = in.event;
    e.id = 1;
    e.title = text();
    e.description = QStringList{text(), text(), text(), text()}.join(QLatin1Char('\n'));
    e.format = Event::Format(pick(3));
    e.status = Event::Status(pick(4));
    if (e.status == Event::Status::Tentative && pick(2)) {
        e.tentativeFrom = QDate(2026, 9, 1);
        e.tentativeTo = QDate(2026, 9, 30);
        e.tentativeNote = text();
    } else {
        e.start = QDateTime(QDate(2026, 2, 20), QTime(19, 30), tokyo);
        if (pick(2))
            e.end = QDateTime(QDate(2026, 2, 20), QTime(22, 0), tokyo);
    }
    static const char *const hosts[] = {"zoom.us", "meet.google.com", "teams.microsoft.com", "example.com"};
    e.onlineUrl =
        QStringLiteral("https://") + QLatin1String(hosts[pick(4)]) + QStringLiteral("/j/1?") + kMeetingSecret;
    const int fees[] = {0, 500, 4000, std::numeric_limits<int>::max()};
    if (pick(2))
        e.fee = fees[pick(4)];
    const int capacities[] = {0, 1, 14, std::numeric_limits<int>::max()};
    if (pick(2))
        e.capacity = capacities[pick(4)];
    e.linkPolicy = text();
    e.whatToBring = text();
    e.notes = kEventNotes;
    const int taken[] = {0, 1, 5, 14, 20};
    in.placesTaken = taken[pick(5)];
    if (pick(4)) {
        Venue v;
        v.id = 1;
        v.kind = Venue::Kind(pick(7));
        v.name = text();
        v.address = text();
        if (pick(2))
            v.mapUrl = text();
        const std::optional<int> minutes[] = {std::nullopt, 0, 3, 120};
        v.stations = {{text(), text(), text(), minutes[pick(4)]}, {text(), text(), text(), std::nullopt}};
        v.bus = text();
        v.parking = text();
        v.nearby = text();
        v.phone = kVenuePhone;
        v.notes = kVenueNotes;
        v.meetingUrl = QStringLiteral("https://zoom.us/j/2?") + kMeetingSecret;
        in.venue = v;
    }
    if (pick(2))
        in.hostName = text();
    return in;
}

/// The same lines made plain: each distinct text becomes a distinct word, an empty one stays empty.
QStringList plain(const QStringList &lines)
{
    QHash<QString, QString> words;
    QStringList out;
    for (const QString &line : lines) {
        const QString key = line.simplified();
        if (key.isEmpty()) {
            out.append(QString());
            continue;
        }
        if (!words.contains(key))
            words.insert(key, QStringLiteral("word%1").arg(words.size()));
        out.append(words.value(key));
    }
    return out;
}

void checkPrivate(const QString &text, const QString &source, bool withLink)
{
    for (const QString &secret : {kEventNotes, kVenueNotes, kVenuePhone}) {
        if (text.contains(secret) && !source.contains(secret))
            qFatal("the announcement shows a private value: %s", qPrintable(secret));
    }
    if (!withLink && text.contains(kMeetingSecret) && !source.contains(kMeetingSecret))
        qFatal("the announcement shows the meeting URL");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    const QString source = QString::fromUtf8(bytes);
    const QStringList lines = source.split(QLatin1Char('\n'));
    const size_t seed = qHash(bytes);
    const AnnouncementWriter::Input in = input(lines, seed);
    AnnouncementWriter::Input plainIn = input(plain(lines), seed);
    // A map link is a link whatever it says: it stays as it is in the plain version.
    if (in.venue && plainIn.venue)
        plainIn.venue->mapUrl = in.venue->mapUrl;
    const QLocale locales[] = {QLocale(QLocale::English, QLocale::UnitedStates),
                               QLocale(QLocale::Japanese, QLocale::Japan)};
    for (const QLocale &locale : locales) {
        for (const bool withLink : {false, true}) {
            AnnouncementWriter::Options options;
            options.includeMeetingLink = withLink;
            const QString markdown = AnnouncementWriter::markdown(in, locale, options);
            checkPrivate(markdown, source, withLink);
            checkPrivate(AnnouncementWriter::plainText(in, locale, options), source, withLink);
            const QString plainMarkdown = AnnouncementWriter::markdown(plainIn, locale, options);
            if (markupCounts(markdown) != markupCounts(plainMarkdown))
                qFatal("text from the event or venue makes markup in the announcement:\n%s\n--- with plain "
                       "words:\n%s",
                       qPrintable(markdown), qPrintable(plainMarkdown));
        }
    }
    for (const QString &line : lines)
        (void)MarkdownEscape::lines(line);
    return 0;
}
