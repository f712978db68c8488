#pragma once

#include "core/Result.h"
#include "records/StatsFigures.h"
#include "stores/CommunityStatsSql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace offkai {

class Database;

/// Every figure of the dashboard, the `stats` command and a report's figures block, each computed by
/// SQL here (the statements are CommunityStatsSql's) and nowhere else. Read only; each call is one query
/// (or a few) over the open database.
///
/// Rules shared by every figure: cancelled events are left out; an event's day is its local start date
/// in its own zone (an undated event counts in its tentative_from month and in no per-day figure);
/// merged members are one member (merging moves their participations to the member kept); "came"
/// includes walk-ins; a no-show registered as going (not a walk-in) for a dated event before today and
/// did not come. Members' figures (growth, cohorts) ignore the period's series and event type; cohorts
/// count attendance at the period's events of that series or type only.
///
/// Every period is resolved first (resolved()); a period whose `from` is after its `to` is refused.
class CommunityStats
{
    Q_DECLARE_TR_FUNCTIONS(offkai::CommunityStats)
public:
    using MixField = offkai::MixField;

    explicit CommunityStats(Database &database);

    /// The period with open ends filled in: `from` = the earliest join or event day (today when there
    /// is none), `to` = today, or the last event's day when that is later.
    Result<StatsPeriod> resolved(const StatsPeriod &period, QDate today) const;

    Result<MemberGrowth> growth(const StatsPeriod &period, QDate today) const;
    Result<QList<MonthEvents>> eventsPerMonth(const StatsPeriod &period, QDate today) const;
    /// The last `limit` events of the period, oldest first.
    Result<QList<EventAttendance>> attendance(const StatsPeriod &period, QDate today, int limit = 24) const;
    Result<RepeatRate> repeatRate(const StatsPeriod &period, QDate today) const;
    /// One row per month of joining in the period that has members, oldest first.
    Result<QList<CohortRow>> cohorts(const StatsPeriod &period, QDate today) const;
    /// Types with at least one registration, in the catalogue's order.
    Result<QList<NoShowGroup>> noShowsByType(const StatsPeriod &period, QDate today) const;
    /// By how long before the start people registered, in NoShowGroup::leadTimeKeys() order, empty groups
    /// left out ("unknown" for registrations from before schema 10).
    Result<QList<NoShowGroup>> noShowsByLeadTime(const StatsPeriod &period, QDate today) const;
    /// Most attendees first, then by the value.
    Result<QList<MixRow>> attendeeMix(const StatsPeriod &period, QDate today, MixField field) const;
    /// Most talks first, then by reading.
    Result<QList<SpeakerTalks>> speakers(const StatsPeriod &period, QDate today) const;
    /// The next `perSeries` slotted talks of each series, from today on, by series title then date.
    Result<QList<UpcomingTalk>> upcomingTalks(QDate today, int perSeries = 3) const;
    Result<CommunityTotals> totals(const StatsPeriod &period, QDate today) const;
    /// Everything above for one period: what the dashboard shows on a period switch.
    Result<DashboardFigures> dashboard(const StatsPeriod &period, QDate today) const;

    static constexpr int kAttendanceLimit = 24;
    static constexpr int kTalksPerSeries = 3;
    static constexpr int kTopReferrers = 10;

    /// The SQL of the figures for `period` (resolved here): what dashboard() runs.
    Result<CommunityStatsSql> sql(const StatsPeriod &period, QDate today) const;

private:
    Result<QList<CommunityStatsSql::Zone>> zones() const;
    SqlDialect dialect() const;
    Result<QSqlQuery> run(const QString &sql, const QString &what) const;

    Result<MemberGrowth> growth(const StatsPeriod &period, const CommunityStatsSql &sql) const;
    Result<QList<MonthEvents>> eventsPerMonth(const StatsPeriod &period, const CommunityStatsSql &sql) const;
    Result<QList<EventAttendance>> attendance(const CommunityStatsSql &sql, int limit) const;
    Result<RepeatRate> repeatRate(const CommunityStatsSql &sql) const;
    Result<QList<CohortRow>> cohorts(const CommunityStatsSql &sql, QDate today) const;
    Result<QList<NoShowGroup>> noShowsByType(const CommunityStatsSql &sql) const;
    Result<QList<NoShowGroup>> noShowsByLeadTime(const CommunityStatsSql &sql) const;
    Result<QList<QList<MixRow>>> mix(const CommunityStatsSql &sql, const QList<MixField> &fields) const;
    Result<QList<SpeakerTalks>> speakers(const CommunityStatsSql &sql) const;
    Result<CommunityTotals> totals(const MemberGrowth &growth, const RepeatRate &repeat,
                                   const CommunityStatsSql &sql) const;

    Database &m_database;
    /// The zones the events use, kept while the database is unchanged (this connection's total_changes()
    /// and PRAGMA data_version for the others).
    mutable QList<CommunityStatsSql::Zone> m_zones;
    mutable QString m_zonesKey;
};

} // namespace offkai
