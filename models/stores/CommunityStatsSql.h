#pragma once

#include "records/StatsFigures.h"
#include "storage/SqlDialect.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace offkai {

/// The SQL text of every figure of CommunityStats, in one place: CommunityStats runs these statements and
/// the dashboard benchmark times the same text bare. Values are written into the text as literals (dates
/// from QDate, ids as numbers, the event type key quoted), so a statement is complete as it is.
///
/// An event's day is its local start date in its own zone. SQLite knows no zones, so the zones the events
/// use are read first (zonesQuery()) and each becomes its UTC offsets over the span of its events (its
/// daylight-saving changes included): the period's ends and "today" are compared as UTC instants per zone
/// (which keeps the starts_at index usable), and a local day, where a figure needs one, is
/// date(starts_at, offset). An event without a fixed day (starts_at NULL) has tentative_from as its day:
/// it counts where a month is enough (events per month, the period's events) and in no per-day figure
/// (no-shows, cohorts, "held").
class CommunityStatsSql
{
public:
    /// A time zone the events use, and the first and last start (UTC) of its events.
    struct Zone
    {
        QString id;
        QDateTime firstStart;
        QDateTime lastStart;
    };

    /// time_zone, min(starts_at), max(starts_at) of the dated events.
    static QString zonesQuery();
    /// Reads the rows of zonesQuery().
    static Zone zone(const QString &id, const QString &firstStart, const QString &lastStart);

    /// `period` must be resolved (both ends set).
    /// On PostgreSQL (`dialect`), the same figures in its spelling: dates through to_char and intervals,
    /// conditions summed as integers, every grouped column named.
    CommunityStatsSql(const StatsPeriod &period, QDate today, const QList<Zone> &zones,
                      SqlDialect dialect = SqlDialect(Backend::Sqlite));

    /// The earliest join day, the first event's local day, the last event's local day (NULLs when none).
    QString bounds() const;
    /// joined_on, n: every member (applicants too) by join day; NULL for none. Read through the
    /// joined_on index alone, in its order.
    static QString joinDays();
    /// joined_on, n: the applicants by join day.
    static QString applicantJoinDays(bool postgreSql = false);
    /// joined_on, left_on, n: the members whose status is 'left', by join and leave day.
    static QString leavers(bool postgreSql = false);
    /// referrer id, name, members they brought who joined in the period, the total over all referrers.
    QString referrers(int limit) const;
    /// 'YYYY-MM', events, came.
    QString eventsPerMonth() const;
    /// id, title, day, dated, type, capacity, over, registered, came, walk-ins, no-shows, first-timers:
    /// the last `limit` events of the period, oldest first.
    QString attendance(int limit) const;
    /// attendees, repeaters.
    QString repeatRate() const;
    /// events held (dated, up to today), came at them.
    QString held() const;
    /// join day, joined, then how many came within 1, 3, 6 and 12 months.
    QString cohorts() const;
    /// type, registered, no-shows over the period's events before today.
    QString noShowsByType() const;
    /// lead-time bucket, registered, no-shows over the same events.
    QString noShowsByLeadTime() const;
    /// occupation, industry, region, distinct attendees with those three values.
    QString mix() const;
    /// member id, name, talks.
    QString speakers() const;
    /// series id, series title, date, member id, speaker's name, topic.
    static QString upcomingTalks(QDate today, int perSeries, bool postgreSql = false);

    /// Every statement dashboard() runs, in its order: for the benchmark.
    QStringList dashboard(int attendanceLimit, int perSeries, int referrerLimit) const;

    static QString literal(const QString &text);
    static QString literal(const QDate &date);

private:
    /// `ev(id, type, dated, ord, started, over[, day])`: the period's events that are not cancelled.
    QString eventsOfPeriod(bool withDay) const;
    /// The local day of events row `e` (tentative_from when undated).
    QString dayOf(const QString &e) const;
    /// True when dated event `e` starts before local midnight opening `day` in its zone.
    QString startsBefore(const QString &e, const QDate &day) const;
    QString eventFilters(const QString &e) const;
    /// After an ascending ORDER BY term that may be NULL: SQLite's place for NULL.
    QString nullsFirst() const;

    StatsPeriod m_period;
    QDate m_today;
    QList<Zone> m_zones;
    SqlDialect m_dialect;
};

} // namespace offkai
