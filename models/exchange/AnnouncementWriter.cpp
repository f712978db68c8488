#include "AnnouncementWriter.h"

#include "MarkdownEscape.h"

#include <QList>
#include <QUrl>

namespace offkai {

namespace {

/// One line of the details: "Label: value", a URL, or a label heading a list of sub-items.
struct Item
{
    QString label;
    QString value;
    bool isUrl = false;
    QList<Item> children;
};

struct Document
{
    QString title;
    QString description;
    QList<Item> items;
};

QString oneLine(const QString &text)
{
    return text.simplified();
}

/// The venue's map link for the announcement: its short link; otherwise, in Markdown, its map link (an
/// explicit one or a search for the address), in plain text only an explicit one (a search URL runs to
/// hundreds of characters of percent-encoded address).
QUrl mapLinkFor(const Venue &venue, bool plainText)
{
    if (!venue.shortMapUrl.trimmed().isEmpty())
        return QUrl(venue.shortMapUrl.trimmed());
    if (plainText)
        return venue.mapUrl.trimmed().isEmpty() ? QUrl() : QUrl(venue.mapUrl.trimmed());
    return venue.mapLink();
}

Document compose(const AnnouncementWriter::Input &input, const QLocale &locale,
                 const AnnouncementWriter::Options &options, bool plainText)
{
    using W = AnnouncementWriter;
    const Event &event = input.event;
    Document doc;
    doc.title = oneLine(event.title);
    doc.description = event.description.trimmed();

    QString when = event.whenText(locale, input.communityZone);
    if (event.status == Event::Status::Tentative && event.hasDay())
        when = AnnouncementWriter::tr("%1 (to be confirmed)").arg(when);
    doc.items.append({AnnouncementWriter::tr("Date"), when, false, {}});

    const bool online = event.format != Event::Format::Offline;
    const Venue *venue = input.venue ? &*input.venue : nullptr;
    // An online room as the venue is shown as the platform below, never with its meeting URL.
    if (venue && venue->kind != Venue::Kind::Online) {
        doc.items.append({AnnouncementWriter::tr("Venue"), oneLine(venue->name), false, {}});
        if (!venue->address.trimmed().isEmpty())
            doc.items.append({AnnouncementWriter::tr("Address"), oneLine(venue->address), false, {}});
        const QUrl map = mapLinkFor(*venue, plainText);
        if (map.isValid() && !map.isEmpty())
            doc.items.append({AnnouncementWriter::tr("Map"), map.toString(QUrl::FullyEncoded), true, {}});
        Item access{AnnouncementWriter::tr("Access"), {}, false, {}};
        for (const VenueStation &station : venue->stations) {
            if (!station.station.trimmed().isEmpty())
                access.children.append({{}, oneLine(Venue::stationText(station)), false, {}});
        }
        if (!venue->bus.trimmed().isEmpty())
            access.children.append({AnnouncementWriter::tr("Bus"), oneLine(venue->bus), false, {}});
        if (!venue->parking.trimmed().isEmpty())
            access.children.append({AnnouncementWriter::tr("Parking"), oneLine(venue->parking), false, {}});
        if (!venue->nearby.trimmed().isEmpty())
            access.children.append({AnnouncementWriter::tr("Nearby"), oneLine(venue->nearby), false, {}});
        if (!access.children.isEmpty())
            doc.items.append(access);
    }

    if (online) {
        QUrl meeting(event.onlineUrl.trimmed());
        if (meeting.isEmpty() && input.venue)
            meeting = QUrl(input.venue->meetingUrl.trimmed());
        QString platform = W::platformName(meeting);
        if (platform.isEmpty() && input.venue && input.venue->kind == Venue::Kind::Online)
            platform = oneLine(input.venue->name);
        QString format;
        if (event.format == Event::Format::Online)
            format = platform.isEmpty() ? AnnouncementWriter::tr("Online")
                                        : AnnouncementWriter::tr("Online (%1)").arg(platform);
        else
            format = platform.isEmpty()
                         ? AnnouncementWriter::tr("At the venue and online")
                         : AnnouncementWriter::tr("At the venue and online (%1)").arg(platform);
        doc.items.append({AnnouncementWriter::tr("Format"), format, false, {}});
        QString policy = oneLine(event.linkPolicy);
        if (policy.isEmpty())
            policy = AnnouncementWriter::tr("Sent to participants by the day before");
        doc.items.append({AnnouncementWriter::tr("Meeting link"), policy, false, {}});
        if (options.includeMeetingLink && meeting.isValid() && !meeting.isEmpty())
            doc.items.append(
                {AnnouncementWriter::tr("Link"), meeting.toString(QUrl::FullyEncoded), true, {}});
        if (!input.hostName.trimmed().isEmpty())
            doc.items.append({AnnouncementWriter::tr("Host"), oneLine(input.hostName), false, {}});
    }

    if (event.fee)
        doc.items.append({AnnouncementWriter::tr("Fee"), W::feeText(*event.fee, locale), false, {}});
    if (event.capacity)
        doc.items.append({AnnouncementWriter::tr("Capacity"),
                          W::capacityText(*event.capacity, input.placesTaken, locale),
                          false,
                          {}});
    if (!event.howToApply.trimmed().isEmpty())
        doc.items.append({AnnouncementWriter::tr("How to apply"), oneLine(event.howToApply), false, {}});
    if (event.applyBy.isValid())
        doc.items.append(
            {AnnouncementWriter::tr("Apply by"), Event::dateText(event.applyBy, locale), false, {}});
    if (!event.whatToBring.trimmed().isEmpty())
        doc.items.append({AnnouncementWriter::tr("What to bring"), oneLine(event.whatToBring), false, {}});
    return doc;
}

QString cancelledTitle(const AnnouncementWriter::Input &input, const QString &title)
{
    return input.event.status == Event::Status::Cancelled
               ? AnnouncementWriter::tr("[Cancelled] %1").arg(title)
               : title;
}

/// Escapes one line of description and breaks the lines of a paragraph with a backslash (a hard break).
QString markdownParagraphs(const QString &text)
{
    QStringList paragraphs;
    QStringList lines;
    const auto flush = [&] {
        // md4c takes a line that ends in "http://" (an autolink's start) and the backslash of the break
        // after it for text, and drops the break. "\/" shows the same slash and starts no link.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            if (lines.at(i).endsWith(QLatin1String("://")))
                lines[i].insert(lines.at(i).size() - 1, QLatin1Char('\\'));
        }
        if (!lines.isEmpty())
            paragraphs.append(lines.join(QStringLiteral("\\\n")));
        lines.clear();
    };
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            flush();
        else
            lines.append(MarkdownEscape::lines(line));
    }
    flush();
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString plainParagraphs(const QString &text)
{
    QStringList out;
    bool blank = false;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            blank = !out.isEmpty();
            continue;
        }
        if (blank)
            out.append(QString());
        blank = false;
        out.append(line);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString AnnouncementWriter::write(const Input &input, Format format, const QLocale &locale,
                                  const Options &options)
{
    return format == Format::Markdown ? markdown(input, locale, options) : plainText(input, locale, options);
}

QString AnnouncementWriter::markdown(const Input &input, const QLocale &locale, const Options &options)
{
    const Document doc = compose(input, locale, options, false);
    const QString line = tr("%1: %2", "Markdown announcement: bold label, value");
    const QString heading = tr("%1:", "Markdown announcement: bold label before a list");
    const auto value = [](const Item &item) -> QString {
        return item.isUrl ? QLatin1Char('<') + item.value + QLatin1Char('>')
                          : MarkdownEscape::lines(item.value);
    };
    const auto bold = [](const QString &label) -> QString {
        return QStringLiteral("**") + label + QStringLiteral("**");
    };

    QString out = QStringLiteral("# ") + cancelledTitle(input, MarkdownEscape::lines(doc.title)) +
                  QStringLiteral("\n\n");
    if (!doc.description.isEmpty())
        out += markdownParagraphs(doc.description) + QStringLiteral("\n\n");
    for (const Item &item : doc.items) {
        if (item.children.isEmpty()) {
            out += QStringLiteral("- ") + line.arg(bold(item.label), value(item)) + QLatin1Char('\n');
            continue;
        }
        out += QStringLiteral("- ") + heading.arg(bold(item.label)) + QLatin1Char('\n');
        for (const Item &child : item.children) {
            out += QStringLiteral("  - ") +
                   (child.label.isEmpty() ? value(child) : line.arg(child.label, value(child))) +
                   QLatin1Char('\n');
        }
    }
    return out;
}

QString AnnouncementWriter::plainText(const Input &input, const QLocale &locale, const Options &options)
{
    const Document doc = compose(input, locale, options, true);
    const QString line = tr("%1: %2", "plain-text announcement: label, value");
    const QString heading = tr("%1:", "plain-text announcement: label before a list");
    const QString inner = tr("%1: %2", "Markdown announcement: bold label, value");
    const QString bullet = tr("- %1", "plain-text announcement: list item");

    QString out = cancelledTitle(input, tr("%1", "plain-text announcement: the title").arg(doc.title)) +
                  QStringLiteral("\n\n");
    if (!doc.description.isEmpty())
        out += plainParagraphs(doc.description) + QStringLiteral("\n\n");
    for (const Item &item : doc.items) {
        if (item.children.isEmpty()) {
            out += line.arg(item.label, item.value) + QLatin1Char('\n');
            continue;
        }
        out += heading.arg(item.label) + QLatin1Char('\n');
        for (const Item &child : item.children)
            out += bullet.arg(child.label.isEmpty() ? child.value : inner.arg(child.label, child.value)) +
                   QLatin1Char('\n');
    }
    return out;
}

QString AnnouncementWriter::platformName(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return {};
    const auto is = [&](const QString &domain) {
        return host == domain || host.endsWith(QLatin1Char('.') + domain);
    };
    if (is(QStringLiteral("zoom.us")) || is(QStringLiteral("zoom.com")))
        return QStringLiteral("Zoom");
    if (is(QStringLiteral("meet.google.com")))
        return QStringLiteral("Google Meet");
    if (is(QStringLiteral("teams.microsoft.com")) || is(QStringLiteral("teams.live.com")))
        return QStringLiteral("Microsoft Teams");
    if (is(QStringLiteral("webex.com")))
        return QStringLiteral("Webex");
    if (is(QStringLiteral("discord.gg")) || is(QStringLiteral("discord.com")))
        return QStringLiteral("Discord");
    if (is(QStringLiteral("remo.co")))
        return QStringLiteral("Remo");
    if (is(QStringLiteral("gather.town")))
        return QStringLiteral("Gather");
    return {};
}

QString AnnouncementWriter::feeText(int fee, const QLocale &locale)
{
    if (fee == 0)
        return tr("Free");
    return tr("¥%1", "fee in yen").arg(locale.toString(fee));
}

QString AnnouncementWriter::capacityText(int capacity, int placesTaken, const QLocale &locale)
{
    const QString people = tr("%1", "capacity: a number of people").arg(locale.toString(capacity));
    if (placesTaken <= 0)
        return people;
    const int left = qMax(0, capacity - placesTaken);
    if (left == 0)
        return tr("%1 (full, waitlist open)").arg(people);
    return tr("%1 (places left: %2)").arg(people, locale.toString(left));
}

} // namespace offkai
