#include "CommunityStatsSql.h"

#include "storage/SqlValues.h"

#include <QHash>
#include <QTimeZone>

namespace offkai {

namespace {

QTimeZone zoneFor(const QString &id)
{
    const QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString utcLiteral(const QDateTime &when)
{
    return CommunityStatsSql::literal(when.toUTC().toString(Qt::ISODate));
}

/// Local midnight opening `day` in `zone`, as stored UTC text.
QString midnight(const QDate &day, const QTimeZone &zone)
{
    return utcLiteral(QDateTime(day, QTime(0, 0), zone));
}

QString secondsModifier(int seconds)
{
    return CommunityStatsSql::literal(QStringLiteral("%1%2 seconds")
                                          .arg(seconds < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                                          .arg(qAbs(seconds)));
}

/// The date() modifier giving a zone's local time of `starts` (its offsets over the zone's span).
QString offsetOf(const CommunityStatsSql::Zone &zone, const QString &starts)
{
    const QTimeZone tz = zoneFor(zone.id);
    const QDateTime first = zone.firstStart.isValid() ? zone.firstStart : QDateTime::currentDateTimeUtc();
    const QDateTime last = zone.lastStart.isValid() ? zone.lastStart : first;
    const auto changes = tz.transitions(first, last);
    if (changes.isEmpty())
        return secondsModifier(tz.offsetFromUtc(first));
    QString sql = QStringLiteral("CASE WHEN ") + starts + QStringLiteral(" < ") +
                  utcLiteral(changes.first().atUtc) + QStringLiteral(" THEN ") +
                  secondsModifier(tz.offsetFromUtc(first));
    for (qsizetype i = 0; i + 1 < changes.size(); ++i) {
        sql += QStringLiteral(" WHEN ") + starts + QStringLiteral(" < ") +
               utcLiteral(changes.at(i + 1).atUtc) + QStringLiteral(" THEN ") +
               secondsModifier(changes.at(i).offsetFromUtc);
    }
    return sql + QStringLiteral(" ELSE ") + secondsModifier(changes.last().offsetFromUtc) +
           QStringLiteral(" END");
}

/// The last day of a window of `months` from join day `j` (SQL text): QDate::addMonths's answer, the
/// same day `months` later, or that month's last day when it is shorter.
QString windowEnd(const QString &j, int months, bool postgreSql)
{
    if (postgreSql) // adding months keeps to the month's last day
        return QStringLiteral("to_char((%1)::date + interval '%2 months', 'YYYY-MM-DD')").arg(j).arg(months);
    return QStringLiteral("min(date(%1, '+%2 months'), date(%1, 'start of month', '+%3 months', '-1 day'))")
        .arg(j)
        .arg(months)
        .arg(months + 1);
}

// A registration as going, walk-ins left out, and one of them who did not come.
const QString kRegistered = QStringLiteral("(p.rsvp = 'going' AND p.walk_in = 0)");
const QString kNoShow = QStringLiteral("(p.rsvp = 'going' AND p.walk_in = 0 AND p.attended = 0)");

} // namespace

QString CommunityStatsSql::nullsFirst() const
{
    // SQLite sorts NULL first; PostgreSQL, ascending, last.
    return m_dialect.isPostgreSql() ? QStringLiteral(" NULLS FIRST") : QString();
}

QString CommunityStatsSql::literal(const QString &text)
{
    QString quoted = text;
    quoted.remove(QChar(0));
    return QLatin1Char('\'') + quoted.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QString CommunityStatsSql::literal(const QDate &date)
{
    return literal(SqlValues::isoDate(date));
}

QString CommunityStatsSql::zonesQuery()
{
    return QStringLiteral(
        "SELECT time_zone, min(starts_at), max(starts_at) FROM events WHERE starts_at IS NOT "
        "NULL GROUP BY time_zone ORDER BY time_zone");
}

CommunityStatsSql::Zone CommunityStatsSql::zone(const QString &id, const QString &firstStart,
                                                const QString &lastStart)
{
    return {id, SqlValues::toDateTime(firstStart), SqlValues::toDateTime(lastStart)};
}

CommunityStatsSql::CommunityStatsSql(const StatsPeriod &period, QDate today, const QList<Zone> &zones,
                                     SqlDialect dialect)
    : m_period(period)
    , m_today(today)
    , m_zones(zones)
    , m_dialect(dialect)
{}

QString CommunityStatsSql::dayOf(const QString &e) const
{
    const QString starts = e + QStringLiteral(".starts_at");
    QString modifier;
    QStringList distinct;
    for (const Zone &zone : m_zones) {
        const QString offset = offsetOf(zone, starts);
        if (!distinct.contains(offset))
            distinct.append(offset);
    }
    if (distinct.size() <= 1) {
        // One zone, or zones that agree (Asia/Tokyo and Asia/Seoul): no need to look at the zone.
        modifier = distinct.isEmpty() ? secondsModifier(0) : distinct.constFirst();
    } else {
        modifier = QStringLiteral("CASE ") + e + QStringLiteral(".time_zone");
        for (const Zone &zone : m_zones)
            modifier += QStringLiteral(" WHEN ") + literal(zone.id) + QStringLiteral(" THEN ") +
                        offsetOf(zone, starts);
        modifier += QStringLiteral(" ELSE ") + secondsModifier(0) + QStringLiteral(" END");
    }
    return QStringLiteral("CASE WHEN %1 IS NULL THEN %2.tentative_from ELSE %3 END")
        .arg(starts, e, m_dialect.dateAfterSeconds(starts, modifier));
}

QString CommunityStatsSql::startsBefore(const QString &e, const QDate &day) const
{
    const QString starts = e + QStringLiteral(".starts_at");
    QStringList bounds;
    for (const Zone &zone : m_zones) {
        const QString bound = midnight(day, zoneFor(zone.id));
        if (!bounds.contains(bound))
            bounds.append(bound);
    }
    if (bounds.size() <= 1)
        return starts + QStringLiteral(" < ") +
               (bounds.isEmpty() ? midnight(day, QTimeZone::utc()) : bounds.first());
    QString sql = QStringLiteral("CASE ") + e + QStringLiteral(".time_zone");
    for (const Zone &zone : m_zones) {
        sql += QStringLiteral(" WHEN ") + literal(zone.id) + QStringLiteral(" THEN ") + starts +
               QStringLiteral(" < ") + midnight(day, zoneFor(zone.id));
    }
    return sql + QStringLiteral(" ELSE ") + starts + QStringLiteral(" < ") + midnight(day, QTimeZone::utc()) +
           QStringLiteral(" END");
}

QString CommunityStatsSql::eventFilters(const QString &e) const
{
    QString sql = QStringLiteral(" AND %1.status <> 'cancelled'").arg(e);
    if (m_period.seriesId)
        sql += QStringLiteral(" AND %1.series_id = %2").arg(e).arg(*m_period.seriesId);
    if (!m_period.eventType.isEmpty())
        sql += QStringLiteral(" AND %1.kind = %2").arg(e, literal(m_period.eventType));
    return sql;
}

QString CommunityStatsSql::eventsOfPeriod(bool withDay) const
{
    // Dated events: a wide UTC range first (every zone is within a day of UTC), which the starts_at index
    // answers, then each zone's own local midnights.
    const QDate after = m_period.to.addDays(1);
    const QString dated =
        QStringLiteral(
            "SELECT e.id AS id, e.kind AS type, 1 AS dated, e.starts_at AS ord, %1 AS started, %2 AS "
            "over%3 FROM events e WHERE e.starts_at >= %4 AND e.starts_at < %5 AND NOT (%6) AND (%7)%8")
            .arg(m_dialect.asInt(QLatin1Char('(') + startsBefore(QStringLiteral("e"), m_today.addDays(1)) +
                                 QLatin1Char(')')),
                 m_dialect.asInt(QLatin1Char('(') + startsBefore(QStringLiteral("e"), m_today) +
                                 QLatin1Char(')')),
                 withDay ? QStringLiteral(", ") + dayOf(QStringLiteral("e")) + QStringLiteral(" AS day")
                         : QString(),
                 literal(m_period.from.addDays(-1)), literal(after.addDays(1)),
                 startsBefore(QStringLiteral("e"), m_period.from), startsBefore(QStringLiteral("e"), after),
                 eventFilters(QStringLiteral("e")));
    const QString undated =
        QStringLiteral(
            "SELECT e.id, e.kind, 0, e.tentative_from, 0, 0%1 FROM events e WHERE e.starts_at IS NULL AND "
            "e.tentative_from BETWEEN %2 AND %3%4")
            .arg(withDay ? QStringLiteral(", e.tentative_from") : QString(), literal(m_period.from),
                 literal(m_period.to), eventFilters(QStringLiteral("e")));
    return QStringLiteral("ev AS (") + dated + QStringLiteral(" UNION ALL ") + undated + QStringLiteral(")");
}

QString CommunityStatsSql::bounds() const
{
    const QString day = dayOf(QStringLiteral("e"));
    if (m_dialect.isPostgreSql()) {
        // SQLite's two-argument min() and max(): NULL when there is no dated event.
        return QStringLiteral("SELECT (SELECT min(joined_on) FROM members), ") +
               m_dialect.lesser(
                   QStringLiteral("(SELECT %1 FROM events e WHERE e.starts_at = (SELECT "
                                  "min(starts_at) FROM events) LIMIT 1)")
                       .arg(day),
                   QStringLiteral("coalesce((SELECT min(tentative_from) FROM events WHERE starts_at IS "
                                  "NULL), '9999')")) +
               QStringLiteral(", ") +
               m_dialect.greater(
                   QStringLiteral("(SELECT %1 FROM events e WHERE e.starts_at = (SELECT "
                                  "max(starts_at) FROM events) LIMIT 1)")
                       .arg(day),
                   QStringLiteral("coalesce((SELECT max(tentative_from) FROM events WHERE starts_at "
                                  "IS NULL), '')"));
    }
    return QStringLiteral(
               "SELECT (SELECT min(joined_on) FROM members), "
               "min((SELECT %1 FROM events e WHERE e.starts_at = (SELECT min(starts_at) FROM events)), "
               "coalesce((SELECT min(tentative_from) FROM events WHERE starts_at IS NULL), '9999')), "
               "max((SELECT %1 FROM events e WHERE e.starts_at = (SELECT max(starts_at) FROM events)), "
               "coalesce((SELECT max(tentative_from) FROM events WHERE starts_at IS NULL), ''))")
        .arg(day);
}

QString CommunityStatsSql::joinDays()
{
    return QStringLiteral("SELECT joined_on, count(*) FROM members GROUP BY joined_on");
}

QString CommunityStatsSql::applicantJoinDays(bool postgreSql)
{
    if (postgreSql)
        return QStringLiteral(
            "SELECT joined_on, count(*) FROM members WHERE status = 'applicant' GROUP BY joined_on");
    // "+joined_on" keeps the planner on the status index (a few rows) rather than a walk of joined_on.
    return QStringLiteral(
        "SELECT joined_on, count(*) FROM members WHERE status = 'applicant' GROUP BY +joined_on");
}

QString CommunityStatsSql::leavers(bool postgreSql)
{
    if (postgreSql)
        return QStringLiteral("SELECT joined_on, left_on, count(*) FROM members WHERE status = 'left' GROUP "
                              "BY joined_on, left_on");
    return QStringLiteral("SELECT joined_on, left_on, count(*) FROM members WHERE status = 'left' GROUP BY "
                          "+joined_on, left_on");
}

QString CommunityStatsSql::referrers(int limit) const
{
    // Names and reading order are looked up for the leaders only: those with at least as many as the
    // limit-th one.
    return QStringLiteral("WITH r AS MATERIALIZED (SELECT p.referred_by AS id, count(*) AS n FROM "
                          "member_profiles p JOIN members "
                          "m ON m.id = p.member_id WHERE p.referred_by IS NOT NULL AND m.status <> "
                          "'applicant' AND m.joined_on "
                          "BETWEEN %1 AND %2 GROUP BY p.referred_by), "
                          "cut AS (SELECT n FROM r ORDER BY n DESC LIMIT 1 OFFSET %3), "
                          "top AS (SELECT r.id AS id, r.n AS n, rp.sort_key AS sort_key FROM r LEFT JOIN "
                          "member_profiles rp ON "
                          "rp.member_id = r.id WHERE r.n >= coalesce((SELECT n FROM cut), 0) ORDER BY r.n "
                          "DESC, rp.sort_key%5, "
                          "r.id LIMIT %4) "
                          "SELECT top.id, m.display_name, top.n, (SELECT sum(n) FROM r) FROM top JOIN "
                          "members m ON m.id = top.id "
                          "ORDER BY top.n DESC, top.sort_key%5, top.id")
        .arg(literal(m_period.from), literal(m_period.to))
        .arg(qMax(limit - 1, 0))
        .arg(limit)
        .arg(nullsFirst());
}

QString CommunityStatsSql::eventsPerMonth() const
{
    return QStringLiteral("WITH ") + eventsOfPeriod(true) +
           QStringLiteral(
               " SELECT substr(ev.day, 1, 7), count(*), coalesce(sum((SELECT count(*) FROM participations p "
               "WHERE p.event_id = ev.id AND p.attended = 1)), 0) FROM ev GROUP BY 1 ORDER BY 1");
}

QString CommunityStatsSql::attendance(int limit) const
{
    // A first-timer came, and came to no (not cancelled) event that starts before this one.
    return QStringLiteral("WITH ") + eventsOfPeriod(false) +
           QStringLiteral(
               ", last AS (SELECT * FROM ev ORDER BY ev.ord DESC, ev.id DESC LIMIT %1) "
               "SELECT e.id, e.title, %2, last.dated, e.kind, e.capacity, last.over, "
               "coalesce(sum(%3), 0), coalesce(sum(p.attended), 0), "
               "coalesce(sum(%5), 0), "
               "CASE WHEN %6 THEN coalesce(sum(%4), 0) ELSE 0 END, "
               "coalesce(sum(%7), 0) "
               "FROM last JOIN events e ON e.id = last.id LEFT JOIN participations p ON p.event_id = last.id "
               "GROUP BY %8 ORDER BY last.ord, last.id")
               .arg(limit)
               .arg(dayOf(QStringLiteral("e")), m_dialect.asInt(kRegistered), m_dialect.asInt(kNoShow),
                    m_dialect.asInt(m_dialect.isTrue(QStringLiteral("p.attended")) + QStringLiteral(" AND ") +
                                    m_dialect.isTrue(QStringLiteral("p.walk_in"))),
                    m_dialect.isTrue(QStringLiteral("last.over")),
                    m_dialect.asInt(
                        m_dialect.isTrue(QStringLiteral("p.attended")) +
                        QStringLiteral(
                            " AND NOT EXISTS (SELECT 1 FROM participations q JOIN events f ON f.id = "
                            "q.event_id WHERE q.member_id = p.member_id AND q.attended = 1 AND "
                            "f.status <> 'cancelled' AND coalesce(f.starts_at, f.tentative_from) < "
                            "last.ord)")),
                    m_dialect.isPostgreSql()
                        ? QStringLiteral("last.id, last.ord, last.dated, last.over, e.id")
                        : QStringLiteral("last.id"));
}

QString CommunityStatsSql::repeatRate() const
{
    return QStringLiteral("WITH ") + eventsOfPeriod(false) +
           QStringLiteral(
               " SELECT count(*), coalesce(sum(%1), 0) FROM (SELECT p.member_id, count(*) AS n FROM ev "
               "JOIN participations p ON p.event_id = ev.id WHERE p.attended = 1 GROUP BY p.member_id)%2")
               .arg(m_dialect.asInt(QStringLiteral("n >= 2")),
                    m_dialect.isPostgreSql() ? QStringLiteral(" AS a") : QString());
}

QString CommunityStatsSql::held() const
{
    return QStringLiteral("WITH ") + eventsOfPeriod(false) +
           QStringLiteral(
               " SELECT count(*), coalesce(sum((SELECT count(*) FROM participations p WHERE p.event_id = "
               "ev.id AND p.attended = 1)), 0) FROM ev WHERE ") +
           m_dialect.isTrue(QStringLiteral("ev.started"));
}

QString CommunityStatsSql::cohorts() const
{
    // The events that can fall in a window: dated, from the period's first day to 12 months after its last.
    const QDate last = m_period.to.addMonths(12).addDays(1);
    const QString events =
        QStringLiteral(
            "ed AS MATERIALIZED (SELECT e.id AS id, %1 AS day FROM events e WHERE e.starts_at >= %2 AND "
            "e.starts_at < %3 AND NOT (%4) AND (%5)%6)")
            .arg(dayOf(QStringLiteral("e")), literal(m_period.from.addDays(-1)), literal(last.addDays(1)),
                 startsBefore(QStringLiteral("e"), m_period.from), startsBefore(QStringLiteral("e"), last),
                 eventFilters(QStringLiteral("e")));
    QString windows;
    for (int months : CohortRow::kWindows)
        windows +=
            QStringLiteral(", coalesce(sum(%1), 0)")
                .arg(m_dialect.asInt(QStringLiteral("fa.f <= ") +
                                     windowEnd(QStringLiteral("fa.j"), months, m_dialect.isPostgreSql())));
    // Each member's first day at an event on or after joining, found through an index SQLite builds on
    // the attendances (member, day); then counted by join day, which the joined_on index gives in order.
    return QStringLiteral("WITH ") + events +
           QStringLiteral(
               ", att AS MATERIALIZED (SELECT p.member_id AS member_id, ed.day AS day FROM ed JOIN "
               "participations p ON p.event_id = ed.id WHERE p.attended = 1), "
               "jm AS (SELECT m.id AS id, m.joined_on AS j FROM members m WHERE m.joined_on BETWEEN %1 AND "
               "%2 AND m.id NOT IN (SELECT id FROM members WHERE status = 'applicant')), "
               "fa AS MATERIALIZED (SELECT jm.j AS j, (SELECT min(att.day) FROM att WHERE att.member_id = "
               "jm.id AND att.day >= jm.j) AS f FROM jm) "
               "SELECT fa.j, count(*)%3 FROM fa GROUP BY fa.j ORDER BY fa.j")
               .arg(literal(m_period.from), literal(m_period.to), windows);
}

QString CommunityStatsSql::noShowsByType() const
{
    return QStringLiteral("WITH ") + eventsOfPeriod(false) +
           QStringLiteral(" SELECT ev.type, count(*), coalesce(sum(%2), 0) FROM ev JOIN participations p ON "
                          "p.event_id = ev.id LEFT JOIN event_types t ON t.key = ev.type WHERE %3 AND %1 "
                          "GROUP BY ev.type ORDER BY coalesce(min(t.position), 1000000), ev.type")
               .arg(kRegistered, m_dialect.asInt(QStringLiteral("p.attended = 0")),
                    m_dialect.isTrue(QStringLiteral("ev.over")));
}

QString CommunityStatsSql::noShowsByLeadTime() const
{
    // How long before the start the member registered: under a day, 1–6 days, 7–27 days, 28 days or more;
    // rows from before schema 10 have no time of registering, and a registration recorded after the start
    // (attendance entered afterwards) says nothing about when the member decided to come.
    return QStringLiteral("WITH ") + eventsOfPeriod(false) +
           QStringLiteral(
               " SELECT CASE WHEN p.registered_at IS NULL OR p.registered_at > ev.ord THEN 'unknown' "
               "WHEN %2 < 1 THEN 'same-day' "
               "WHEN %2 < 7 THEN '1-6-days' "
               "WHEN %2 < 28 THEN '1-4-weeks' "
               "ELSE 'over-4-weeks' END AS lead, count(*), coalesce(sum(%3), 0) "
               "FROM ev JOIN participations p ON p.event_id = ev.id WHERE %4 AND %1 GROUP BY lead")
               .arg(kRegistered,
                    m_dialect.dayNumber(QStringLiteral("ev.ord")) + QStringLiteral(" - ") +
                        m_dialect.dayNumber(QStringLiteral("p.registered_at")),
                    m_dialect.asInt(QStringLiteral("p.attended = 0")),
                    m_dialect.isTrue(QStringLiteral("ev.over")));
}

QString CommunityStatsSql::mix() const
{
    // One pass over the attendees for all three fields: each combination of values, with its count.
    return QStringLiteral("WITH ") + eventsOfPeriod(false) +
           QStringLiteral(
               " SELECT m.occupation, m.industry, m.region, count(*) FROM members m WHERE m.id IN (SELECT "
               "p.member_id FROM ev JOIN participations p ON p.event_id = ev.id WHERE p.attended = 1) "
               "GROUP BY 1, 2, 3");
}

QString CommunityStatsSql::speakers() const
{
    return QStringLiteral("WITH ") + eventsOfPeriod(false) +
           QStringLiteral(
               ", talks AS (SELECT p.member_id AS member_id, p.event_id AS event_id FROM ev JOIN "
               "participations p ON p.event_id = ev.id WHERE p.role = 'speaker' "
               "UNION SELECT s.member_id, ev.id FROM ev JOIN events e ON e.id = ev.id JOIN series_slots s "
               "ON s.series_id = e.series_id AND s.occurrence_date = e.occurrence_date) "
               "SELECT t.member_id, m.display_name, count(*) AS n FROM talks t JOIN members m ON m.id = "
               "t.member_id LEFT JOIN member_profiles mp ON mp.member_id = t.member_id "
               "GROUP BY ") +
           (m_dialect.isPostgreSql() ? QStringLiteral("t.member_id, m.id, mp.member_id")
                                     : QStringLiteral("t.member_id")) +
           QStringLiteral(" ORDER BY n DESC, mp.sort_key") + nullsFirst() + QStringLiteral(", t.member_id");
}

QString CommunityStatsSql::upcomingTalks(QDate today, int perSeries, bool postgreSql)
{
    // A skipped occurrence, or one confirmed as an event that was then cancelled, has no talk.
    return QStringLiteral(
               "SELECT series_id, title, occurrence_date, member_id, display_name, topic FROM ("
               "SELECT s.series_id, r.title, s.occurrence_date, s.member_id, m.display_name, s.topic, "
               "row_number() OVER (PARTITION BY s.series_id ORDER BY s.occurrence_date) AS k "
               "FROM series_slots s JOIN series r ON r.id = s.series_id JOIN members m ON m.id = s.member_id "
               "WHERE s.occurrence_date >= %1 AND NOT EXISTS (SELECT 1 FROM series_exceptions x WHERE "
               "x.series_id = s.series_id AND x.occurrence_date = s.occurrence_date AND x.kind = 'skipped') "
               "AND NOT EXISTS (SELECT 1 FROM events e WHERE e.series_id = s.series_id AND "
               "e.occurrence_date = s.occurrence_date AND e.status = 'cancelled')) "
               "%3WHERE k <= %2 ORDER BY title, series_id, occurrence_date")
        .arg(literal(today))
        .arg(perSeries)
        .arg(postgreSql ? QStringLiteral("AS talks ") : QString());
}

QStringList CommunityStatsSql::dashboard(int attendanceLimit, int perSeries, int referrerLimit) const
{
    const bool pg = m_dialect.isPostgreSql();
    return {joinDays(),          applicantJoinDays(pg),
            leavers(pg),         referrers(referrerLimit),
            eventsPerMonth(),    attendance(attendanceLimit),
            repeatRate(),        held(),
            cohorts(),           noShowsByType(),
            noShowsByLeadTime(), mix(),
            speakers(),          upcomingTalks(m_today, perSeries, pg)};
}

} // namespace offkai
