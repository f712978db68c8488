#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace offkai {

/// What the dashboard, the `stats` command and a report's figures block are computed over: a range of
/// days (both ends included, in the community's calendar) and, optionally, one series or one event type.
struct StatsPeriod
{
    QDate from; ///< first day; invalid means "since the first record"
    QDate to;   ///< last day; invalid means "up to today, or the last event's day when that is later"
    std::optional<qint64> seriesId; ///< only the events of this series (members' figures stay whole)
    QString eventType;              ///< event type key; empty means every type

    /// January 1 to December 31 of today's year (months still to come included, with their scheduled
    /// events).
    static StatsPeriod thisYear(QDate today);
    /// The 12 whole months ending with today's month: from the first day of the month 11 months before
    /// to the last day of today's month.
    static StatsPeriod last12Months(QDate today);
    /// Both ends open: from the first record to today or the last scheduled event.
    static StatsPeriod allTime();
    /// Both ends set and in order (an open end counts as set once resolved).
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    /// The first day of every month the period touches, oldest first; empty for an invalid period.
    QList<QDate> months() const;
};

/// Members at the end of one month.
struct MonthMembers
{
    QDate month;    ///< the first day of the month
    int joined = 0; ///< joined_on in the month
    int left = 0;   ///< status 'left' with left_on in the month (the status says who left)
    /// On the roll at the month's last day (or the period's, for its last month): joined by then (or
    /// without a join date) and not left by then; applicants never, and a member whose status is 'left'
    /// without a date of leaving in no month (when they left is unknown).
    int activeTotal = 0;
};

/// Who brought new members in.
struct Referrer
{
    qint64 memberId = 0;
    QString name;
    int brought = 0; ///< members referred by them who joined in the period
};

struct MemberGrowth
{
    QList<MonthMembers> months; ///< every month of the period, oldest first, empty months included
    int joined = 0;
    int left = 0;
    int activeAtEnd = 0;
    int applicantsWaiting = 0; ///< status 'applicant' now (not tied to the period)
    /// Members on the roll with no joined_on: counted in every month's activeTotal (as members since
    /// before the period), never as joined.
    int withoutJoinDate = 0;
    int referredJoined = 0;       ///< of `joined`, how many name a referrer
    QList<Referrer> topReferrers; ///< most first, then by reading; at most 10
};

/// One event's attendance. Cancelled events are never listed.
struct EventAttendance
{
    qint64 eventId = 0;
    QString title;
    QDate date;        ///< the day it starts (local), or tentative_from for an undated event
    bool dated = true; ///< false for an event without a fixed day (counted per month only)
    QString eventType;
    std::optional<int> capacity;
    int registered = 0; ///< rsvp 'going' before the event (walk-ins excluded)
    int came = 0;       ///< attended, walk-ins included
    int walkIns = 0;
    int noShows = 0;     ///< registered as going, did not come (dated events before today only)
    int firstTimers = 0; ///< came, and had never come to an earlier (not cancelled) event
    bool past = false;   ///< dated and before today: no-shows are known
};

struct MonthEvents
{
    QDate month;
    int events = 0;     ///< not cancelled, dated or tentative in the month
    int attendance = 0; ///< sum of `came`
};

struct RepeatRate
{
    int attendees = 0; ///< distinct members who came to at least one event in the period
    int repeaters = 0; ///< of them, who came to 2 or more
    double rate() const { return attendees ? double(repeaters) / attendees : 0.0; }
};

/// Of the members who joined in one month, how many attended an event within 1, 3, 6 and 12 months.
struct CohortRow
{
    QDate month;
    int joined = 0;
    /// Of `joined`, how many came to an event on a day from their join date to the same day 1, 3, 6 or
    /// 12 months later (both included; a day past the month's end is its last day, as QDate::addMonths).
    int within[4] = {0, 0, 0, 0};
    /// False while the window of some member of the row (the month's last joiner) has not ended by today.
    bool complete[4] = {false, false, false, false};
    static constexpr int kWindows[4] = {1, 3, 6, 12};
    double share(int window) const { return joined ? double(within[window]) / joined : 0.0; }
};

/// No-shows among those registered as going, grouped by a key (an event type, or a lead-time bucket).
/// Only dated events before today count (a no-show is known once the day has passed).
struct NoShowGroup
{
    /// Event type key, or a lead-time bucket: "same-day", "1-6-days", "1-4-weeks", "over-4-weeks",
    /// "unknown" (registrations from before schema 10, which kept no time, or recorded after the start).
    /// Under a day before the start is "same-day"; "1-6-days" is 1 to 7 days; "1-4-weeks" 7 to 28 days;
    /// "over-4-weeks" more.
    QString key;
    int registered = 0;
    int noShows = 0;
    double rate() const { return registered ? double(noShows) / registered : 0.0; }
    /// The lead-time keys, nearest first, "unknown" last.
    static QStringList leadTimeKeys()
    {
        return {QStringLiteral("same-day"), QStringLiteral("1-6-days"), QStringLiteral("1-4-weeks"),
                QStringLiteral("over-4-weeks"), QStringLiteral("unknown")};
    }
};

/// The member field an attendee mix is counted by (in the order of CommunityStatsSql::mix()'s columns).
enum class MixField
{
    Occupation, ///< members.occupation: an occupation catalogue key
    Industry,
    Region,
};

/// Distinct attendees of the period by one of their fields.
struct MixRow
{
    QString key; ///< the stored value (occupation key, industry, region); empty = not given
    int attendees = 0;
};

struct SpeakerTalks
{
    qint64 memberId = 0;
    QString name;
    /// Events of the period where they were a speaker (role 'speaker', or the slot of a series occurrence
    /// that was confirmed as that event); an event counts once per speaker.
    int talks = 0;
};

struct UpcomingTalk
{
    qint64 seriesId = 0;
    QString seriesTitle;
    QDate date;          ///< the occurrence's local date (a skipped occurrence is never listed)
    qint64 memberId = 0; ///< the slotted speaker (open candidate dates are the Series page's business)
    QString speakerName;
    QString topic;
};

/// The handful of figures a report's block and the CLI's text summary show.
struct CommunityTotals
{
    int activeMembers = 0; ///< at the period's end: MemberGrowth::activeAtEnd
    int joined = 0;
    int left = 0;
    int events = 0;            ///< held: not cancelled, dated, on a day of the period up to today
    int attendance = 0;        ///< sum of came over those events
    int distinctAttendees = 0; ///< RepeatRate::attendees
    int repeaters = 0;         ///< RepeatRate::repeaters
    double repeatRate = 0.0;
};

/// Everything the dashboard shows for one period, computed in one go (CommunityStats::dashboard).
struct DashboardFigures
{
    StatsPeriod period; ///< resolved: both ends set
    MemberGrowth growth;
    QList<MonthEvents> eventsPerMonth;
    QList<EventAttendance> attendance;
    RepeatRate repeatRate;
    QList<CohortRow> cohorts;
    QList<NoShowGroup> noShowsByType;
    QList<NoShowGroup> noShowsByLeadTime;
    QList<MixRow> occupations;
    QList<MixRow> industries;
    QList<MixRow> regions;
    QList<SpeakerTalks> speakers;
    QList<UpcomingTalk> upcomingTalks;
    CommunityTotals totals;
};

} // namespace offkai
