#include "CommunityStats.h"

#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"

#include <QHash>

namespace offkai {

namespace {

QString monthKey(const QDate &month)
{
    return SqlValues::isoDate(month).left(7);
}

QDate monthOf(const QString &key)
{
    return SqlValues::toDate(QVariant(key + QStringLiteral("-01")));
}

} // namespace

CommunityStats::CommunityStats(Database &database)
    : m_database(database)
{}

Result<QSqlQuery> CommunityStats::run(const QString &sql, const QString &what) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return SqlErrors::fromQuery(query, what);
    return query;
}

Result<QList<CommunityStatsSql::Zone>> CommunityStats::zones() const
{
    auto key = run(QStringLiteral("SELECT total_changes(), (SELECT data_version FROM pragma_data_version)"),
                   tr("Could not read the community's figures."));
    if (!key)
        return key.error();
    if (!key->next())
        return SqlErrors::fromQuery(*key, tr("Could not read the community's figures."));
    const QString now = key->value(0).toString() + QLatin1Char('/') + key->value(1).toString();
    if (now == m_zonesKey)
        return m_zones;
    auto query = run(CommunityStatsSql::zonesQuery(), tr("Could not read the events' time zones."));
    if (!query)
        return query.error();
    QList<CommunityStatsSql::Zone> zones;
    while (query->next())
        zones.append(CommunityStatsSql::zone(query->value(0).toString(), query->value(1).toString(),
                                             query->value(2).toString()));
    m_zones = zones;
    m_zonesKey = now;
    return zones;
}

Result<StatsPeriod> CommunityStats::resolved(const StatsPeriod &period, QDate today) const
{
    StatsPeriod result = period;
    if (!result.from.isValid() || !result.to.isValid()) {
        auto zoneList = zones();
        if (!zoneList)
            return zoneList.error();
        // The bounds' SQL reads no period: any placeholder period will do.
        StatsPeriod any;
        any.from = any.to = today;
        auto query = run(CommunityStatsSql(any, today, *zoneList).bounds(),
                         tr("Could not read the community's figures."));
        if (!query)
            return query.error();
        QDate first, last;
        if (query->next()) {
            const QDate joined = SqlValues::toDate(query->value(0));
            const QDate firstEvent = SqlValues::toDate(query->value(1));
            last = SqlValues::toDate(query->value(2));
            first = joined.isValid() && (!firstEvent.isValid() || joined < firstEvent) ? joined : firstEvent;
        }
        if (!result.to.isValid())
            result.to = last.isValid() && last > today ? last : today;
        if (!result.from.isValid())
            result.from = first.isValid() && first < result.to ? first : qMin(today, result.to);
    }
    if (result.from > result.to)
        return Error(Error::Code::Invalid,
                     tr("The period starts on %1, after its end on %2.")
                         .arg(SqlValues::isoDate(result.from), SqlValues::isoDate(result.to)));
    return result;
}

Result<CommunityStatsSql> CommunityStats::sql(const StatsPeriod &period, QDate today) const
{
    auto resolvedPeriod = resolved(period, today);
    if (!resolvedPeriod)
        return resolvedPeriod.error();
    auto zoneList = zones();
    if (!zoneList)
        return zoneList.error();
    return CommunityStatsSql(*resolvedPeriod, today, *zoneList);
}

Result<MemberGrowth> CommunityStats::growth(const StatsPeriod &period, QDate today) const
{
    auto resolvedPeriod = resolved(period, today);
    if (!resolvedPeriod)
        return resolvedPeriod.error();
    auto statements = sql(*resolvedPeriod, today);
    if (!statements)
        return statements.error();
    return growth(*resolvedPeriod, *statements);
}

Result<MemberGrowth> CommunityStats::growth(const StatsPeriod &period, const CommunityStatsSql &sql) const
{
    const QString what = tr("Could not count the members.");
    MemberGrowth growth;
    const QList<QDate> months = period.months();
    QHash<QString, int> index;
    for (const QDate &month : months) {
        index.insert(monthKey(month), int(growth.months.size()));
        growth.months.append(MonthMembers{month, 0, 0, 0});
    }
    const int n = int(months.size());
    // Where a joining or leaving falls: -1 before the period (or never, for a join date), n after it.
    const auto place = [&](const QVariant &key) {
        const QString text = key.toString();
        if (key.isNull() || text == QLatin1String("<"))
            return -1;
        return int(index.value(text, n));
    };
    QList<int> change(n + 1, 0); // active totals: +count where an interval opens, -count where it closes
    auto query = run(sql.members(), what);
    if (!query)
        return query.error();
    while (query->next()) {
        const QVariant joinedKey = query->value(0), leftKey = query->value(1);
        const int count = query->value(2).toInt();
        const int joinedAt = place(joinedKey);
        if (joinedAt >= 0 && joinedAt < n)
            growth.months[joinedAt].joined += count;
        if (leftKey.toString() == QLatin1String("?"))
            continue; // left on an unknown day: on the roll in no month
        const int leftAt = leftKey.isNull() ? n : place(leftKey);
        if (leftAt >= 0 && leftAt < n)
            growth.months[leftAt].left += count;
        if (joinedKey.isNull() && leftKey.isNull())
            growth.withoutJoinDate += count;
        const int opens = qMax(joinedAt, 0);
        if (opens < leftAt) {
            change[opens] += count;
            change[qMin(leftAt, n)] -= count;
        }
    }
    int active = 0;
    for (int i = 0; i < n; ++i) {
        active += change.at(i);
        growth.months[i].activeTotal = active;
        growth.joined += growth.months.at(i).joined;
        growth.left += growth.months.at(i).left;
    }
    growth.activeAtEnd = growth.months.isEmpty() ? 0 : growth.months.constLast().activeTotal;

    auto applicants = run(sql.applicants(), what);
    if (!applicants)
        return applicants.error();
    if (applicants->next())
        growth.applicantsWaiting = applicants->value(0).toInt();

    auto referrers = run(sql.referrers(kTopReferrers), what);
    if (!referrers)
        return referrers.error();
    while (referrers->next()) {
        growth.topReferrers.append(Referrer{referrers->value(0).toLongLong(), referrers->value(1).toString(),
                                            referrers->value(2).toInt()});
        growth.referredJoined = referrers->value(3).toInt();
    }
    return growth;
}

Result<QList<MonthEvents>> CommunityStats::eventsPerMonth(const StatsPeriod &period, QDate today) const
{
    auto resolvedPeriod = resolved(period, today);
    if (!resolvedPeriod)
        return resolvedPeriod.error();
    auto statements = sql(*resolvedPeriod, today);
    if (!statements)
        return statements.error();
    return eventsPerMonth(*resolvedPeriod, *statements);
}

Result<QList<MonthEvents>> CommunityStats::eventsPerMonth(const StatsPeriod &period,
                                                          const CommunityStatsSql &sql) const
{
    QList<MonthEvents> result;
    QHash<QString, qsizetype> index;
    for (const QDate &month : period.months()) {
        index.insert(monthKey(month), result.size());
        result.append(MonthEvents{month, 0, 0});
    }
    auto query = run(sql.eventsPerMonth(), tr("Could not count the events."));
    if (!query)
        return query.error();
    while (query->next()) {
        const auto at = index.constFind(query->value(0).toString());
        if (at == index.constEnd())
            continue;
        result[*at].events = query->value(1).toInt();
        result[*at].attendance = query->value(2).toInt();
    }
    return result;
}

Result<QList<EventAttendance>> CommunityStats::attendance(const StatsPeriod &period, QDate today,
                                                          int limit) const
{
    auto statements = sql(period, today);
    if (!statements)
        return statements.error();
    return attendance(*statements, limit);
}

Result<QList<EventAttendance>> CommunityStats::attendance(const CommunityStatsSql &sql, int limit) const
{
    QList<EventAttendance> result;
    if (limit <= 0)
        return result;
    auto query = run(sql.attendance(limit), tr("Could not count the attendance."));
    if (!query)
        return query.error();
    while (query->next()) {
        EventAttendance a;
        a.eventId = query->value(0).toLongLong();
        a.title = query->value(1).toString();
        a.date = SqlValues::toDate(query->value(2));
        a.dated = query->value(3).toBool();
        a.eventType = query->value(4).toString();
        a.capacity = SqlValues::toOptionalInt(query->value(5));
        a.past = query->value(6).toBool();
        a.registered = query->value(7).toInt();
        a.came = query->value(8).toInt();
        a.walkIns = query->value(9).toInt();
        a.noShows = query->value(10).toInt();
        a.firstTimers = query->value(11).toInt();
        result.append(a);
    }
    return result;
}

Result<RepeatRate> CommunityStats::repeatRate(const StatsPeriod &period, QDate today) const
{
    auto statements = sql(period, today);
    if (!statements)
        return statements.error();
    return repeatRate(*statements);
}

Result<RepeatRate> CommunityStats::repeatRate(const CommunityStatsSql &sql) const
{
    auto query = run(sql.repeatRate(), tr("Could not count the attendees."));
    if (!query)
        return query.error();
    RepeatRate rate;
    if (query->next()) {
        rate.attendees = query->value(0).toInt();
        rate.repeaters = query->value(1).toInt();
    }
    return rate;
}

Result<QList<CohortRow>> CommunityStats::cohorts(const StatsPeriod &period, QDate today) const
{
    auto statements = sql(period, today);
    if (!statements)
        return statements.error();
    return cohorts(*statements, today);
}

Result<QList<CohortRow>> CommunityStats::cohorts(const CommunityStatsSql &sql, QDate today) const
{
    auto query = run(sql.cohorts(), tr("Could not count the cohorts."));
    if (!query)
        return query.error();
    QList<CohortRow> result;
    while (query->next()) {
        CohortRow row;
        row.month = monthOf(query->value(0).toString());
        row.joined = query->value(1).toInt();
        // The month's last joiner's window is the last to end.
        const QDate lastJoin = row.month.addMonths(1).addDays(-1);
        for (int i = 0; i < 4; ++i) {
            row.within[i] = query->value(2 + i).toInt();
            row.complete[i] = lastJoin.addMonths(CohortRow::kWindows[i]) < today;
        }
        result.append(row);
    }
    return result;
}

Result<QList<NoShowGroup>> CommunityStats::noShowsByType(const StatsPeriod &period, QDate today) const
{
    auto statements = sql(period, today);
    if (!statements)
        return statements.error();
    return noShowsByType(*statements);
}

Result<QList<NoShowGroup>> CommunityStats::noShowsByType(const CommunityStatsSql &sql) const
{
    auto query = run(sql.noShowsByType(), tr("Could not count the no-shows."));
    if (!query)
        return query.error();
    QList<NoShowGroup> result;
    while (query->next())
        result.append(
            NoShowGroup{query->value(0).toString(), query->value(1).toInt(), query->value(2).toInt()});
    return result;
}

Result<QList<NoShowGroup>> CommunityStats::noShowsByLeadTime(const StatsPeriod &period, QDate today) const
{
    auto statements = sql(period, today);
    if (!statements)
        return statements.error();
    return noShowsByLeadTime(*statements);
}

Result<QList<NoShowGroup>> CommunityStats::noShowsByLeadTime(const CommunityStatsSql &sql) const
{
    auto query = run(sql.noShows(), tr("Could not count the no-shows."));
    if (!query)
        return query.error();
    QList<NoShowGroup> result;
    if (query->next() && query->value(0).toInt() > 0)
        result.append(
            NoShowGroup{QStringLiteral("unknown"), query->value(0).toInt(), query->value(1).toInt()});
    return result;
}

Result<QList<MixRow>> CommunityStats::attendeeMix(const StatsPeriod &period, QDate today,
                                                  MixField field) const
{
    auto statements = sql(period, today);
    if (!statements)
        return statements.error();
    auto lists = mix(*statements, {field});
    if (!lists)
        return lists.error();
    return lists->constFirst();
}

Result<QList<QList<MixRow>>> CommunityStats::mix(const CommunityStatsSql &sql,
                                                 const QList<MixField> &fields) const
{
    auto query = run(sql.mix(fields), tr("Could not count the attendees."));
    if (!query)
        return query.error();
    QList<QList<MixRow>> lists(fields.size());
    while (query->next()) {
        const int at = query->value(0).toInt();
        if (at >= 0 && at < lists.size())
            lists[at].append(MixRow{query->value(1).toString(), query->value(2).toInt()});
    }
    return lists;
}

Result<QList<SpeakerTalks>> CommunityStats::speakers(const StatsPeriod &period, QDate today) const
{
    auto statements = sql(period, today);
    if (!statements)
        return statements.error();
    return speakers(*statements);
}

Result<QList<SpeakerTalks>> CommunityStats::speakers(const CommunityStatsSql &sql) const
{
    auto query = run(sql.speakers(), tr("Could not count the talks."));
    if (!query)
        return query.error();
    QList<SpeakerTalks> result;
    while (query->next())
        result.append(
            SpeakerTalks{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toInt()});
    return result;
}

Result<QList<UpcomingTalk>> CommunityStats::upcomingTalks(QDate today, int perSeries) const
{
    QList<UpcomingTalk> result;
    if (perSeries <= 0)
        return result;
    auto query =
        run(CommunityStatsSql::upcomingTalks(today, perSeries), tr("Could not read the next talks."));
    if (!query)
        return query.error();
    while (query->next()) {
        UpcomingTalk talk;
        talk.seriesId = query->value(0).toLongLong();
        talk.seriesTitle = query->value(1).toString();
        talk.date = SqlValues::toDate(query->value(2));
        talk.memberId = query->value(3).toLongLong();
        talk.speakerName = query->value(4).toString();
        talk.topic = query->value(5).toString();
        result.append(talk);
    }
    return result;
}

Result<CommunityTotals> CommunityStats::totals(const StatsPeriod &period, QDate today) const
{
    auto resolvedPeriod = resolved(period, today);
    if (!resolvedPeriod)
        return resolvedPeriod.error();
    auto statements = sql(*resolvedPeriod, today);
    if (!statements)
        return statements.error();
    auto members = growth(*resolvedPeriod, *statements);
    if (!members)
        return members.error();
    auto repeat = repeatRate(*statements);
    if (!repeat)
        return repeat.error();
    return totals(*members, *repeat, *statements);
}

Result<CommunityTotals> CommunityStats::totals(const MemberGrowth &growth, const RepeatRate &repeat,
                                               const CommunityStatsSql &sql) const
{
    auto query = run(sql.held(), tr("Could not count the events."));
    if (!query)
        return query.error();
    CommunityTotals totals;
    totals.activeMembers = growth.activeAtEnd;
    totals.joined = growth.joined;
    totals.left = growth.left;
    if (query->next()) {
        totals.events = query->value(0).toInt();
        totals.attendance = query->value(1).toInt();
    }
    totals.distinctAttendees = repeat.attendees;
    totals.repeaters = repeat.repeaters;
    totals.repeatRate = repeat.rate();
    return totals;
}

Result<DashboardFigures> CommunityStats::dashboard(const StatsPeriod &period, QDate today) const
{
    auto resolvedPeriod = resolved(period, today);
    if (!resolvedPeriod)
        return resolvedPeriod.error();
    auto statements = sql(*resolvedPeriod, today);
    if (!statements)
        return statements.error();
    const CommunityStatsSql &s = *statements;
    DashboardFigures f;
    f.period = *resolvedPeriod;
    // In the order of CommunityStatsSql::dashboard().
    auto members = growth(f.period, s);
    if (!members)
        return members.error();
    f.growth = *members;
    auto perMonth = eventsPerMonth(f.period, s);
    if (!perMonth)
        return perMonth.error();
    f.eventsPerMonth = *perMonth;
    auto events = attendance(s, kAttendanceLimit);
    if (!events)
        return events.error();
    f.attendance = *events;
    auto repeat = repeatRate(s);
    if (!repeat)
        return repeat.error();
    f.repeatRate = *repeat;
    auto sums = totals(f.growth, f.repeatRate, s);
    if (!sums)
        return sums.error();
    f.totals = *sums;
    auto rows = cohorts(s, today);
    if (!rows)
        return rows.error();
    f.cohorts = *rows;
    auto byType = noShowsByType(s);
    if (!byType)
        return byType.error();
    f.noShowsByType = *byType;
    auto byLead = noShowsByLeadTime(s);
    if (!byLead)
        return byLead.error();
    f.noShowsByLeadTime = *byLead;
    auto mixes = mix(s, {MixField::Occupation, MixField::Industry, MixField::Region});
    if (!mixes)
        return mixes.error();
    f.occupations = mixes->at(0);
    f.industries = mixes->at(1);
    f.regions = mixes->at(2);
    auto talks = speakers(s);
    if (!talks)
        return talks.error();
    f.speakers = *talks;
    auto upcoming = upcomingTalks(today, kTalksPerSeries);
    if (!upcoming)
        return upcoming.error();
    f.upcomingTalks = *upcoming;
    return f;
}

} // namespace offkai
