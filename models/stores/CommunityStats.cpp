#include "CommunityStats.h"

#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"

#include <algorithm>
#include <QHash>

namespace offkai {

namespace {
QString monthKey(const QDate &month)
{
    return SqlValues::isoDate(month).left(7);
}
} // namespace

CommunityStats::CommunityStats(Database &database)
    : m_database(database)
{}

SqlDialect CommunityStats::dialect() const
{
    return SqlDialect::of(m_database.connection());
}

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
    // SQLite tells whether anything was written since the zones were read; on PostgreSQL they are read
    // each time (one grouped pass over the events' zones).
    const bool pg = dialect().isPostgreSql();
    QString now;
    if (!pg) {
        auto key =
            run(QStringLiteral("SELECT total_changes(), (SELECT data_version FROM pragma_data_version)"),
                tr("Could not read the community's figures."));
        if (!key)
            return key.error();
        if (!key->next())
            return SqlErrors::fromQuery(*key, tr("Could not read the community's figures."));
        now = key->value(0).toString() + QLatin1Char('/') + key->value(1).toString();
        if (now == m_zonesKey)
            return m_zones;
    }
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
        auto query = run(CommunityStatsSql(any, today, *zoneList, dialect()).bounds(),
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
    return CommunityStatsSql(*resolvedPeriod, today, *zoneList, dialect());
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
    // Three small reads (members by join day, applicants by join day, leavers by join and leave day),
    // summed here into the period's months: the members table itself is never walked.
    const QString what = tr("Could not count the members.");
    MemberGrowth growth;
    for (const QDate &month : period.months())
        growth.months.append(MonthMembers{month, 0, 0, 0});
    const int n = int(growth.months.size());
    // Where a day falls: -1 before the period (and for no day at all), n after it, else its month.
    const auto place = [&](const QDate &day) {
        if (!day.isValid() || day < period.from)
            return -1;
        if (day > period.to)
            return n;
        return int((day.year() - period.from.year()) * 12 + day.month() - period.from.month());
    };
    QList<int> change(n + 1, 0); // active totals: +count where a stay on the roll opens, -count where it ends
    const auto stay = [&](int from, int to, int count) {
        from = qMax(from, 0);
        to = qMin(to, n);
        if (from < to) {
            change[from] += count;
            change[to] -= count;
        }
    };
    QHash<QString, int> applicants;
    auto applying = run(CommunityStatsSql::applicantJoinDays(dialect().isPostgreSql()), what);
    if (!applying)
        return applying.error();
    while (applying->next()) {
        applicants.insert(applying->value(0).toString(), applying->value(1).toInt());
        growth.applicantsWaiting += applying->value(1).toInt();
    }
    auto days = run(CommunityStatsSql::joinDays(), what);
    if (!days)
        return days.error();
    while (days->next()) {
        // Everyone but applicants joined that day, and stays unless they are among the leavers below.
        const QVariant day = days->value(0);
        const int count = days->value(1).toInt() - applicants.value(day.toString());
        const int at = place(SqlValues::toDate(day));
        if (at >= 0 && at < n)
            growth.months[at].joined += count;
        if (day.isNull())
            growth.withoutJoinDate += count;
        stay(at, n, count);
    }
    auto leaving = run(CommunityStatsSql::leavers(dialect().isPostgreSql()), what);
    if (!leaving)
        return leaving.error();
    while (leaving->next()) {
        const QVariant day = leaving->value(0);
        const int count = leaving->value(2).toInt();
        const int at = place(SqlValues::toDate(day));
        stay(at, n, -count); // undoes the open stay counted above
        if (day.isNull())
            growth.withoutJoinDate -= count;
        if (leaving->value(1).isNull())
            continue; // left on an unknown day: on the roll in no month
        const int leftAt = place(SqlValues::toDate(leaving->value(1)));
        if (leftAt >= 0 && leftAt < n)
            growth.months[leftAt].left += count;
        stay(at, leftAt, count);
    }
    int active = 0;
    for (int i = 0; i < n; ++i) {
        active += change.at(i);
        growth.months[i].activeTotal = active;
        growth.joined += growth.months.at(i).joined;
        growth.left += growth.months.at(i).left;
    }
    growth.activeAtEnd = growth.months.isEmpty() ? 0 : growth.months.constLast().activeTotal;

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
    // The rows come by join day, in order; a month's row adds up its days.
    QList<CohortRow> result;
    while (query->next()) {
        const QDate day = SqlValues::toDate(query->value(0));
        const QDate month(day.year(), day.month(), 1);
        if (result.isEmpty() || result.constLast().month != month) {
            CohortRow row;
            row.month = month;
            // The month's last possible joiner's window is the last to end.
            const QDate lastJoin = month.addMonths(1).addDays(-1);
            for (int i = 0; i < 4; ++i)
                row.complete[i] = lastJoin.addMonths(CohortRow::kWindows[i]) < today;
            result.append(row);
        }
        CohortRow &row = result.last();
        row.joined += query->value(1).toInt();
        for (int i = 0; i < 4; ++i)
            row.within[i] += query->value(2 + i).toInt();
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
    auto query = run(sql.noShowsByLeadTime(), tr("Could not count the no-shows."));
    if (!query)
        return query.error();
    QHash<QString, NoShowGroup> groups;
    while (query->next()) {
        const QString key = query->value(0).toString();
        groups.insert(key, NoShowGroup{key, query->value(1).toInt(), query->value(2).toInt()});
    }
    QList<NoShowGroup> result;
    for (const QString &key : NoShowGroup::leadTimeKeys()) {
        if (groups.contains(key))
            result.append(groups.value(key));
    }
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
    auto query = run(sql.mix(), tr("Could not count the attendees."));
    if (!query)
        return query.error();
    // The statement counts each combination of occupation, industry and region; a field's mix adds up
    // the combinations by its own value.
    QList<QHash<QString, int>> counts(fields.size());
    while (query->next()) {
        for (qsizetype i = 0; i < fields.size(); ++i)
            counts[i][query->value(int(fields.at(i))).toString()] += query->value(3).toInt();
    }
    QList<QList<MixRow>> lists;
    for (const QHash<QString, int> &byValue : std::as_const(counts)) {
        QList<MixRow> rows;
        for (auto it = byValue.cbegin(); it != byValue.cend(); ++it)
            rows.append(MixRow{it.key(), it.value()});
        std::sort(rows.begin(), rows.end(), [](const MixRow &a, const MixRow &b) {
            return a.attendees != b.attendees ? a.attendees > b.attendees : a.key < b.key;
        });
        lists.append(rows);
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
    auto query = run(CommunityStatsSql::upcomingTalks(today, perSeries, dialect().isPostgreSql()),
                     tr("Could not read the next talks."));
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
