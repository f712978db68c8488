#include "DashboardTables.h"
#include "FigureTableModel.h"

#include "records/Event.h"
#include "records/Occupation.h"
#include "stores/CommunityStats.h"
#include "stores/EventStore.h"
#include "stores/OccupationCatalog.h"
#include "stores/Workspace.h"

#include <QHash>

namespace offkai {

namespace {

using Kind = FigureTableModel::Kind;
using Column = FigureTableModel::Column;

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant share(int part, int whole)
{
    return whole > 0 ? QVariant(double(part) / whole) : QVariant();
}

} // namespace

DashboardTables::DashboardTables(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    for (int i = 0; i < TableCount; ++i)
        m_tables.append(new FigureTableModel(this));
    setUpColumns();
}

DashboardTables::~DashboardTables() = default;

FigureTableModel *DashboardTables::table(Table table) const
{
    return m_tables.at(int(table));
}

QString DashboardTables::leadTimeName(const QString &key)
{
    if (key == QLatin1String("same-day"))
        return tr("Less than a day before");
    if (key == QLatin1String("1-6-days"))
        return tr("1–6 days before");
    if (key == QLatin1String("1-4-weeks"))
        return tr("1–4 weeks before");
    if (key == QLatin1String("over-4-weeks"))
        return tr("4 weeks or more before");
    return tr("Not known");
}

void DashboardTables::setUpColumns()
{
    const QString registeredTip = tr("Answered “going” before the event (walk-ins not included)");
    table(Table::Members)
        ->setColumns({{tr("Month"), Kind::Month},
                      {tr("Joined"), Kind::Count},
                      {tr("Left"), Kind::Count},
                      {tr("Members"), Kind::Count, tr("Members at the end of the month")}});
    table(Table::Attendance)
        ->setColumns({{tr("Date"), Kind::Day},
                      {tr("Event"), Kind::Text},
                      {tr("Registered"), Kind::Count, registeredTip},
                      {tr("Came"), Kind::Count, tr("Attended, walk-ins included")},
                      {tr("Walk-ins"), Kind::Count},
                      {tr("No-shows"), Kind::Count, tr("Registered as going and did not come")},
                      {tr("Capacity"), Kind::Count},
                      {tr("First-timers"), Kind::Count, tr("Came for the first time")}});
    table(Table::EventsPerMonth)
        ->setColumns(
            {{tr("Month"), Kind::Month}, {tr("Events"), Kind::Count}, {tr("Attendance"), Kind::Count}});
    const QString cohortTip = tr("Share of the month's new members who came to an event within this time");
    table(Table::Cohorts)
        ->setColumns({{tr("Joined in"), Kind::Month},
                      {tr("New members"), Kind::Count},
                      {tr("Within 1 month"), Kind::Percent, cohortTip},
                      {tr("Within 3 months"), Kind::Percent, cohortTip},
                      {tr("Within 6 months"), Kind::Percent, cohortTip},
                      {tr("Within 12 months"), Kind::Percent, cohortTip}});
    const QList<Column> noShowTail = {{tr("Registered"), Kind::Count, registeredTip},
                                      {tr("No-shows"), Kind::Count},
                                      {tr("No-show rate"), Kind::Percent}};
    table(Table::NoShowsByType)->setColumns(QList<Column>{{tr("Event type"), Kind::Text}} + noShowTail);
    table(Table::NoShowsByLead)->setColumns(QList<Column>{{tr("Registered"), Kind::Text}} + noShowTail);
    const QList<Column> mixTail = {{tr("Attendees"), Kind::Count}, {tr("Share"), Kind::Percent}};
    table(Table::Occupations)->setColumns(QList<Column>{{tr("Occupation"), Kind::Text}} + mixTail);
    table(Table::Industries)->setColumns(QList<Column>{{tr("Industry"), Kind::Text}} + mixTail);
    table(Table::Regions)->setColumns(QList<Column>{{tr("Region"), Kind::Text}} + mixTail);
    table(Table::Referrers)
        ->setColumns({{tr("Member"), Kind::Text}, {tr("New members brought"), Kind::Count}});
    table(Table::Speakers)->setColumns({{tr("Speaker"), Kind::Text}, {tr("Talks"), Kind::Count}});
    table(Table::UpcomingTalks)
        ->setColumns({{tr("Series"), Kind::Text},
                      {tr("Date"), Kind::Day},
                      {tr("Speaker"), Kind::Text},
                      {tr("Topic"), Kind::Text}});
}

Result<void> DashboardTables::reload(const StatsPeriod &period, QDate today)
{
    auto loaded = m_workspace.stats().dashboard(period, today);
    if (!loaded)
        return loaded.error();
    const DashboardFigures &f = *loaded;
    const auto types = m_workspace.events().types();
    const auto occupations = m_workspace.occupations().all();

    m_figures = f;
    const QList<QList<MixRow>> mixes = {f.occupations, f.industries, f.regions};

    QList<QVariantList> rows;
    for (const MonthMembers &m : f.growth.months)
        rows.append({m.month, m.joined, m.left, m.activeTotal});
    table(Table::Members)->setRows(rows);

    rows.clear();
    for (const EventAttendance &e : f.attendance)
        rows.append({e.date, e.title, e.registered, e.came, e.walkIns, e.noShows, optionalInt(e.capacity),
                     e.firstTimers});
    table(Table::Attendance)->setRows(rows);

    rows.clear();
    for (const MonthEvents &m : f.eventsPerMonth)
        rows.append({m.month, m.events, m.attendance});
    table(Table::EventsPerMonth)->setRows(rows);

    rows.clear();
    for (const CohortRow &c : f.cohorts) {
        QVariantList row{c.month, c.joined};
        for (int i = 0; i < 4; ++i)
            row.append(c.complete[i] ? share(c.within[i], c.joined) : QVariant());
        rows.append(row);
    }
    table(Table::Cohorts)->setRows(rows);

    QHash<QString, QString> typeNames;
    if (types) {
        for (const EventType &t : *types)
            typeNames.insert(t.key, t.displayName());
    }
    rows.clear();
    for (const NoShowGroup &g : f.noShowsByType)
        rows.append({typeNames.value(g.key, EventType::builtInName(g.key)), g.registered, g.noShows,
                     share(g.noShows, g.registered)});
    table(Table::NoShowsByType)->setRows(rows);
    rows.clear();
    for (const NoShowGroup &g : f.noShowsByLeadTime)
        rows.append({leadTimeName(g.key), g.registered, g.noShows, share(g.noShows, g.registered)});
    table(Table::NoShowsByLead)->setRows(rows);

    QHash<QString, QString> occupationNames;
    if (occupations) {
        for (const Occupation &o : *occupations)
            occupationNames.insert(o.key, o.displayLabel());
    }
    const Table mixTables[] = {Table::Occupations, Table::Industries, Table::Regions};
    for (int i = 0; i < 3; ++i) {
        int total = 0;
        for (const MixRow &r : std::as_const(mixes[i]))
            total += r.attendees;
        rows.clear();
        for (const MixRow &r : std::as_const(mixes[i])) {
            QString name = r.key;
            if (i == 0 && !name.isEmpty())
                name = occupationNames.value(r.key, Occupation::builtInLabel(r.key));
            if (name.isEmpty())
                name = tr("Not given");
            rows.append({name, r.attendees, share(r.attendees, total)});
        }
        table(mixTables[i])->setRows(rows);
    }

    rows.clear();
    for (const Referrer &r : f.growth.topReferrers)
        rows.append({r.name, r.brought});
    table(Table::Referrers)->setRows(rows);
    rows.clear();
    for (const SpeakerTalks &s : f.speakers)
        rows.append({s.name, s.talks});
    table(Table::Speakers)->setRows(rows);
    rows.clear();
    for (const UpcomingTalk &t : f.upcomingTalks)
        rows.append({t.seriesTitle, t.date, t.speakerName.isEmpty() ? tr("(open)") : t.speakerName, t.topic});
    table(Table::UpcomingTalks)->setRows(rows);
    return {};
}

} // namespace offkai
