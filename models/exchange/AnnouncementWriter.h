#pragma once

#include "records/Event.h"
#include "records/Venue.h"

#include <optional>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace offkai {

/// Choices for AnnouncementWriter.
struct AnnouncementOptions
{
    /// Prints the online meeting URL too, for a post in a closed group.
    bool includeMeetingLink = false;
};

/// Writes the announcement of an event, to be posted in the community's SNS, LINE or Facebook group or
/// on its blog: as Markdown or as plain text, in the UI language (tr() and the given locale).
///
/// What it contains: the title (marked when cancelled), description, date and time with the weekday
/// (Event::whenText, so a tentative event without a day gives its range and note), the venue's name,
/// address, map link (its short link when it has one; plain text never carries the long map search) and
/// access notes (stations with line, exit and walking time; bus; parking; nearby),
/// the format and platform of an online or hybrid event, how the meeting link is shared, the fee, the
/// capacity with the places left, how to apply and by when, and what to bring.
///
/// What it never contains, because announcements are posted where anyone may read them: the organizer
/// notes, any member's email or phone, the venue's notes and phone, and the online meeting URL itself
/// (a public Zoom link invites uninvited guests). The event's link policy is printed instead, or "sent
/// to participants by the day before" when it has none. `Options::includeMeetingLink` is for an
/// organizer who posts in a closed group and wants the link in. The host of the online room is named
/// only when the member allows full names in published texts (Member::NameConsent::FullName).
///
/// In Markdown, every text from the database is escaped so that it renders literally
/// (MarkdownEscape::lines); the plain text uses no Markdown syntax at all.
class AnnouncementWriter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::AnnouncementWriter)
public:
    enum class Format
    {
        Markdown,
        PlainText
    };

    struct Input
    {
        Event event;
        std::optional<Venue> venue;
        QString hostName;    ///< the online room's host to name, or empty to name nobody
        int placesTaken = 0; ///< Headcount::takingPlaces
        /// The community's zone (CommunitySettings::effectiveTimeZone): an event in it is written without
        /// its zone's name ("(JST)"), one elsewhere with it.
        QTimeZone communityZone = QTimeZone::systemTimeZone();
    };

    using Options = AnnouncementOptions;

    static QString write(const Input &input, Format format, const QLocale &locale = QLocale(),
                         const Options &options = {});
    static QString markdown(const Input &input, const QLocale &locale = QLocale(),
                            const Options &options = {});
    static QString plainText(const Input &input, const QLocale &locale = QLocale(),
                             const Options &options = {});

    /// "Zoom", "Google Meet", "Microsoft Teams", … from a meeting URL; empty when unknown.
    static QString platformName(const QUrl &url);
    /// The fee in the locale's way ("¥4,000", "4,000円"), "Free" for 0.
    static QString feeText(int fee, const QLocale &locale);
    /// "14 (places left: 5)", "14 (full, waitlist open)", or "14" when nobody has answered yet
    /// ("定員14名（残り5名）" in Japanese).
    static QString capacityText(int capacity, int placesTaken, const QLocale &locale);
};

} // namespace offkai
