#pragma once

#include "core/Result.h"
#include "records/StatsFigures.h"

#include <QObject>

namespace offkai {

class FigureTableModel;
class Workspace;

/// The dashboard's tables, filled from CommunityStats for one period: every chart draws one of these
/// models and its "table" view shows the same model, so a chart, its table and its CSV always agree.
class DashboardTables : public QObject
{
    Q_OBJECT
public:
    enum class Table
    {
        Members,        ///< month, joined, left, active total
        Attendance,     ///< date, event, registered, came, walk-ins, no-shows, capacity, first-timers
        EventsPerMonth, ///< month, events, attendance
        Cohorts,        ///< month joined, joined, share attending within 1, 3, 6, 12 months
        NoShowsByType,  ///< event type, registered, no-shows, rate
        NoShowsByLead,  ///< how far ahead, registered, no-shows, rate
        Occupations,    ///< occupation, attendees, share
        Industries,
        Regions,
        Referrers,    ///< member, new members brought
        Speakers,     ///< speaker, talks
        UpcomingTalks ///< series, date, speaker, topic
    };
    static constexpr int TableCount = 12;

    explicit DashboardTables(Workspace &workspace, QObject *parent = nullptr);
    ~DashboardTables() override;

    /// Recomputes every table for `period`. On an error the tables keep their previous rows.
    Result<void> reload(const StatsPeriod &period, QDate today);

    FigureTableModel *table(Table table) const;
    /// The period of the figures shown, both ends resolved.
    const StatsPeriod &period() const { return m_figures.period; }
    const CommunityTotals &totals() const { return m_figures.totals; }
    const MemberGrowth &growth() const { return m_figures.growth; }
    const RepeatRate &repeatRate() const { return m_figures.repeatRate; }

    /// Column indexes the charts use.
    enum AttendanceColumn
    {
        AttDate,
        AttEvent,
        AttRegistered,
        AttCame,
        AttWalkIns,
        AttNoShows,
        AttCapacity,
        AttFirstTimers
    };

    /// The translated name of a lead-time bucket key of NoShowGroup.
    static QString leadTimeName(const QString &key);

private:
    void setUpColumns();

    Workspace &m_workspace;
    QList<FigureTableModel *> m_tables;
    DashboardFigures m_figures; ///< what the tables show
};

} // namespace offkai
