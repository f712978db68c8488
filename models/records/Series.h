#pragma once

#include "records/Event.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace offkai {

/// One occurrence of a series changed by the organizer: skipped (an EXDATE in iCalendar) or moved to
/// another time (a RECURRENCE-ID override).
struct SeriesException
{
    enum class Kind
    {
        Skipped,
        Moved
    };
    QDate occurrenceDate; ///< the local date the rule gives
    Kind kind = Kind::Skipped;
    QDateTime movedStart; ///< in the series' zone, for Moved
    QDateTime movedEnd;   ///< invalid when open-ended

    bool operator==(const SeriesException &) const = default;
};

/// A recurring series: "a talk every 2nd Tuesday at 20:00", "lunch every 3rd Thursday 12:00–13:00".
///
/// The rule is an RFC 5545 RRULE value (`FREQ=MONTHLY;BYDAY=2TU`, without the "RRULE:" name) expanded by
/// libical from `firstStart`, a local date-time in `timeZone`. Occurrences are computed, not stored; one the
/// organizer confirms becomes a real Event with `seriesId` and `occurrenceDate` set.
struct Series
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Series)
public:
    /// What happens to an occurrence that falls on a Japanese public holiday.
    enum class HolidayPolicy
    {
        Keep,       ///< held anyway
        Skip,       ///< not held
        NextWorkday ///< moved to the next day that is neither a weekend nor a holiday
    };

    qint64 id = 0;
    QString uid;      ///< iCalendar UID, stable across exports; made by the store when empty
    int sequence = 0; ///< iCalendar SEQUENCE, increased by the store on each change
    QString title;
    QString type = QStringLiteral("talk"); ///< key in the event type catalogue
    Event::Format format = Event::Format::Offline;
    QDateTime firstStart; ///< the first occurrence, in timeZone
    QTimeZone timeZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
    bool allDay = false;
    std::optional<int> durationMinutes; ///< nullopt for an open end
    QString rrule;                      ///< e.g. "FREQ=MONTHLY;BYDAY=2TU"
    HolidayPolicy holidayPolicy = HolidayPolicy::Keep;
    qint64 venueId = 0;
    QString onlineUrl;
    qint64 hostMemberId = 0;
    std::optional<int> capacity;
    std::optional<int> fee;
    QString description;
    QString notes;
    QList<SeriesException> exceptions; ///< ordered by occurrenceDate
    QDateTime createdAt;
    QDateTime updatedAt;
    /// The row's version when it was read (series.row_version): SeriesStore::update writes only over that
    /// version. 0 for a series not read from the database, which is written without that check.
    qint64 version = 0;
    /// Who last changed the series, on a team database (the database user in change_log); empty on a file.
    QString updatedBy;

    /// Equality of what the user edits (identity and timestamps are the store's business).
    bool sameContent(const Series &other) const;

    /// The exception for an occurrence date, if any.
    const SeriesException *exceptionFor(const QDate &occurrenceDate) const;
    /// The end of an occurrence starting at `start` (invalid for an open end).
    QDateTime endFor(const QDateTime &start) const;
    /// The event an occurrence becomes when confirmed: the series' fields, the given times, seriesId and
    /// occurrenceDate set, status scheduled.
    Event eventFor(const QDate &occurrenceDate, const QDateTime &start, const QDateTime &end) const;

    static QList<HolidayPolicy> allHolidayPolicies();
    static QString holidayPolicyKey(HolidayPolicy policy);
    static std::optional<HolidayPolicy> holidayPolicyFromKey(const QString &key);
    static QString holidayPolicyLabel(HolidayPolicy policy);
};

/// One computed occurrence of a series, as the calendar and the candidate list show it.
struct Occurrence
{
    enum class State
    {
        Planned,       ///< as the rule gives it
        Moved,         ///< moved by the organizer
        HolidayMoved,  ///< moved off a public holiday by the series' policy
        HolidaySkipped ///< on a public holiday and not held (listed only by candidates)
    };
    qint64 seriesId = 0;
    QDate occurrenceDate; ///< the local date the rule gives (the iCalendar RECURRENCE-ID)
    QDateTime start;      ///< in the series' zone
    QDateTime end;        ///< invalid when open-ended
    State state = State::Planned;
    QString holidayName; ///< for HolidayMoved and HolidaySkipped

    bool operator==(const Occurrence &) const = default;
};

/// A speaker slotted into a candidate date of a series.
struct SpeakerSlot
{
    qint64 seriesId = 0;
    QDate occurrenceDate;
    qint64 memberId = 0;
    QString memberName; ///< filled when read
    QString topic;
    QList<QDate> declinedDates; ///< candidates this speaker already declined

    bool operator==(const SpeakerSlot &) const = default;
};

} // namespace offkai
