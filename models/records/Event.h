#pragma once

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace offkai {

/// A meetup, talk, lunch or online session: one row of the calendar.
///
/// A dated event has `start` and `end` as QDateTimes in `timeZone` (an IANA zone). An all-day event starts
/// at local midnight of its first day and ends at local midnight after its last day. A tentative event may
/// have no day yet: then `start` is invalid and `tentativeFrom`/`tentativeTo` give the month or date range,
/// with `tentativeNote` ("a weekday at month's end").
struct Event
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Event)
public:
    enum class Format
    {
        Offline,
        Online,
        Hybrid
    };
    enum class Status
    {
        Tentative,
        Scheduled,
        Cancelled,
        Done
    };

    qint64 id = 0;
    QString title;
    QString type = QStringLiteral("offline_meetup"); ///< key in the event type catalogue
    Format format = Format::Offline;
    Status status = Status::Scheduled;
    QDateTime start; ///< in timeZone; invalid for an event without a day
    QDateTime end;   ///< in timeZone; invalid when open-ended
    QTimeZone timeZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    bool allDay = false;
    QDate tentativeFrom;
    QDate tentativeTo;
    QString tentativeNote;
    qint64 venueId = 0;
    QString onlineUrl;
    qint64 hostMemberId = 0; ///< the member who owns the online room, 0 for none
    std::optional<int> capacity;
    std::optional<int> fee;  ///< per person, in yen
    bool staffCount = false; ///< organizers, hosts, speakers and staff take places too
    QString linkPolicy;      ///< how the online link is shared ("sent the day before")
    QString whatToBring;
    QString description;
    QString notes;        ///< for organizers only; never in announcements
    QString howToApply;   ///< how to apply ("connpassのページから"), printed in announcements when set
    QDate applyBy;        ///< the last day to apply; invalid for none
    QString uid;          ///< iCalendar UID, stable across exports; made by the store when empty
    int sequence = 0;     ///< iCalendar SEQUENCE, increased by the store on each change
    qint64 seriesId = 0;  ///< the series this event was confirmed from, 0 for none
    QDate occurrenceDate; ///< the series occurrence it was confirmed from (the iCalendar RECURRENCE-ID)
    QDateTime createdAt;
    QDateTime updatedAt;
    /// The row's version when it was read (events.row_version): EventStore::update writes only over
    /// that version. 0 for a event not read from the database, which is written without that check.
    qint64 version = 0;
    /// Who last changed the event, on a team database (the database user in change_log); empty on a file.
    QString updatedBy;

    /// Equality of what the user edits (timestamps are the store's business).
    bool sameContent(const Event &other) const;

    bool hasDay() const { return start.isValid(); }
    /// The local day it starts on, or tentativeFrom for an event without a day.
    QDate firstDay() const;
    /// The local day it ends on (the start day when open-ended), or tentativeTo without a day.
    QDate lastDay() const;
    /// True when the event shows on `day` of the calendar.
    bool coversDay(const QDate &day) const;
    /// Moves a dated event to `day`, keeping its local times and length; fixes a tentative one to `day`
    /// (19:00–21:00 local when it had no times), making it scheduled.
    void moveToDay(const QDate &day);

    /// "2013年8月29日(木) 19:30〜22:30" in Japanese, "Thu, Aug 29, 2013, 7:30 PM – 10:30 PM" in English,
    /// with the zone's abbreviation when it differs from the system's; for a tentative event without a day,
    /// "2013年9月中（未定）: 月末の平日".
    QString whenText(const QLocale &locale) const;
    /// Like whenText(), with the zone's name only when the event's zone differs from `homeZone` (the
    /// community's zone).
    QString whenText(const QLocale &locale, const QTimeZone &homeZone) const;
    /// The day of an event as every list shows it: its date (Event::dateText), or, without a day, what is
    /// known of it, never a made-up day: "2013年9月中（日程未定）", "September 2013 (date to be decided)",
    /// "2013年9月23日〜9月30日（日程未定）", "Date to be decided".
    static QString dayText(const QDate &day, const QDate &tentativeFrom, const QDate &tentativeTo,
                           const QLocale &locale);
    QString dayText(const QLocale &locale) const;
    /// A date as Japanese calendars write it, "2013年8月29日(木)", or the locale's long format.
    static QString dateText(const QDate &date, const QLocale &locale);
    static QString timeText(const QTime &time, const QLocale &locale);

    static QList<Format> allFormats();
    static QString formatKey(Format format);
    static std::optional<Format> formatFromKey(const QString &key);
    static QString formatLabel(Format format);

    static QList<Status> allStatuses();
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString &key);
    static QString statusLabel(Status status);
};

/// One entry of the editable catalogue of event types.
struct EventType
{
    Q_DECLARE_TR_FUNCTIONS(offkai::EventType)
public:
    QString key;   ///< "offline_meetup", "talk", or a key made for an organizer's own type
    QString label; ///< the organizer's name for it; empty for a built-in type (see displayName())
    QString color; ///< "#rrggbb"
    int position = 0;

    bool operator==(const EventType &) const = default;

    /// The label, or the translated name of a built-in type.
    QString displayName() const;
    static QString builtInName(const QString &key);
};

} // namespace offkai
