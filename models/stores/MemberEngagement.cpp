#include "MemberEngagement.h"

#include "MemberStatements.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace offkai {

namespace {

/// The participations `p` of `member` in held events `e` that they attended.
QString attendedFrom(const QString &member, const QString &p, const QString &e)
{
    return QStringLiteral("FROM participations %2 JOIN events %3 ON %3.id = %2.event_id "
                          "WHERE %2.member_id = %1 AND %2.attended = 1 AND %3.status <> 'cancelled' "
                          "AND %3.starts_at IS NOT NULL")
        .arg(member, p, e);
}

/// The participations `p` of `member` that are no-shows in events `e`; binds one value, now.
QString noShowFrom(const QString &member, const QString &p, const QString &e)
{
    return QStringLiteral("FROM participations %2 JOIN events %3 ON %3.id = %2.event_id "
                          "WHERE %2.member_id = %1 AND %2.rsvp = 'going' AND %2.attended = 0 "
                          "AND %3.status <> 'cancelled' AND %3.starts_at IS NOT NULL "
                          "AND coalesce(%3.ends_at, %3.starts_at) < ? "
                          "AND EXISTS (SELECT 1 FROM participations taken WHERE taken.event_id = %3.id "
                          "AND taken.attended = 1)")
        .arg(member, p, e);
}

/// The start and zone of the member's first (`aggregate` min) or last (max) attended event. With a single
/// min() or max(), SQLite reads the bare column time_zone from the row that aggregate chose; PostgreSQL
/// reads the first row in that order.
QString attendedDaySql(const QString &aggregate, const QString &member, bool postgreSql)
{
    if (postgreSql)
        return QStringLiteral("(SELECT ea.starts_at || ' ' || ea.time_zone ") +
               attendedFrom(member, QStringLiteral("pa"), QStringLiteral("ea")) +
               (aggregate == QLatin1String("min") ? QStringLiteral(" ORDER BY ea.starts_at LIMIT 1)")
                                                  : QStringLiteral(" ORDER BY ea.starts_at DESC LIMIT 1)"));
    return QStringLiteral("(SELECT %1(ea.starts_at) || ' ' || ea.time_zone ").arg(aggregate) +
           attendedFrom(member, QStringLiteral("pa"), QStringLiteral("ea")) + QLatin1Char(')');
}

} // namespace

MemberEngagement::MemberEngagement(MemberStatements &statements)
    : m_statements(statements)
{}

QString MemberEngagement::lastAttendedSql(const QString &member)
{
    return QStringLiteral("(SELECT max(ea.starts_at) ") +
           attendedFrom(member, QStringLiteral("pa"), QStringLiteral("ea")) + QLatin1Char(')');
}

QString MemberEngagement::lastAttendedDaySql(const QString &member, bool postgreSql)
{
    return attendedDaySql(QStringLiteral("max"), member, postgreSql);
}

QString MemberEngagement::attendedCountSql(const QString &member)
{
    return QStringLiteral("(SELECT count(*) ") +
           attendedFrom(member, QStringLiteral("pa"), QStringLiteral("ea")) + QLatin1Char(')');
}

QString MemberEngagement::notSeenCondition(int months, const QDate &today, QVariantList &values)
{
    const QDate cutoff = today.addMonths(-months);
    values.append(SqlValues::dateTimeOrNull(QDateTime(cutoff, QTime(0, 0))));
    values.append(SqlValues::isoDate(cutoff));
    // The comparison with the last attendance is NULL for a member who never came; then the join date
    // decides (the day the member was added when it is unknown).
    return QStringLiteral("m.status = 'active' AND coalesce(") + lastAttendedSql(QStringLiteral("m.id")) +
           QStringLiteral(" < ?, coalesce(m.joined_on, substr(m.created_at, 1, 10)) < ?)");
}

QDate MemberEngagement::dayOf(const QVariant &startAndZone)
{
    if (startAndZone.isNull())
        return {};
    const QString text = startAndZone.toString();
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    const QDateTime start = SqlValues::toDateTime(space < 0 ? text : text.left(space));
    if (!start.isValid())
        return {};
    const QTimeZone zone(space < 0 ? QByteArray() : text.mid(space + 1).toUtf8());
    return start.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()).date();
}

Result<MemberEngagementFigures> MemberEngagement::of(qint64 memberId, const QDateTime &now) const
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    const QString member = QStringLiteral("m.id");
    const bool pg = m_statements.dialect().isPostgreSql();
    // The streak counts attended events that started after the latest no-show.
    const QString sql = QStringLiteral("SELECT ") + attendedDaySql(QStringLiteral("min"), member, pg) +
                        QStringLiteral(", ") + lastAttendedDaySql(member, pg) + QStringLiteral(", ") +
                        attendedCountSql(member) + QStringLiteral(", (SELECT count(*) ") +
                        noShowFrom(member, QStringLiteral("pn"), QStringLiteral("en")) +
                        QStringLiteral("), (SELECT count(*) ") +
                        attendedFrom(member, QStringLiteral("pa"), QStringLiteral("ea")) +
                        QStringLiteral(" AND ea.starts_at > coalesce((SELECT max(en.starts_at) ") +
                        noShowFrom(member, QStringLiteral("pn"), QStringLiteral("en")) +
                        QStringLiteral("), '')) FROM members m WHERE m.id = ?");
    QSqlQuery &query = m_statements.cached(sql);
    const QVariant nowText = SqlValues::dateTimeOrNull(now);
    query.addBindValue(nowText);
    query.addBindValue(nowText);
    query.addBindValue(memberId);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read how often the member came to events."));
    if (!query.next()) {
        query.finish();
        return MemberStatements::notFound(memberId);
    }
    MemberEngagementFigures figures;
    figures.memberId = memberId;
    figures.firstAttended = dayOf(query.value(0));
    figures.lastAttended = dayOf(query.value(1));
    figures.attended = query.value(2).toInt();
    figures.noShows = query.value(3).toInt();
    figures.streak = query.value(4).toInt();
    query.finish();
    return figures;
}

Result<QSet<qint64>> MemberEngagement::noShowEvents(qint64 memberId, const QDateTime &now) const
{
    if (auto settled = m_statements.settle(); !settled)
        return settled.error();
    QSqlQuery &query =
        m_statements.cached(QStringLiteral("SELECT pn.event_id ") +
                            noShowFrom(QStringLiteral("?"), QStringLiteral("pn"), QStringLiteral("en")));
    query.addBindValue(memberId);
    query.addBindValue(SqlValues::dateTimeOrNull(now));
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read how often the member came to events."));
    QSet<qint64> events;
    while (query.next())
        events.insert(query.value(0).toLongLong());
    query.finish();
    return events;
}

} // namespace offkai
