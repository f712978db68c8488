#include "SqlDialect.h"

#include <QVariant>

namespace offkai {

QString SqlDialect::identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

SqlDialect SqlDialect::of(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == QLatin1String("QPSQL") ? Backend::PostgreSql : Backend::Sqlite);
}

QString SqlDialect::dayNumber(const QString &expr) const
{
    if (!isPostgreSql())
        return QStringLiteral("julianday(") + expr + QLatin1Char(')');
    // The Julian day of the Unix epoch is 2440587.5; ISO texts with a trailing Z read as UTC.
    return QStringLiteral("(extract(epoch from (%1)::timestamptz at time zone 'UTC' at time zone 'UTC') / "
                          "86400.0 + 2440587.5)")
        .arg(expr);
}

QString SqlDialect::groupConcat(const QString &expr, const QString &separator) const
{
    return (isPostgreSql() ? QStringLiteral("string_agg(%1, %2)") : QStringLiteral("group_concat(%1, %2)"))
        .arg(expr, separator);
}

QString SqlDialect::character(int code) const
{
    return (isPostgreSql() ? QStringLiteral("chr(%1)") : QStringLiteral("char(%1)")).arg(code);
}

QString SqlDialect::caseInsensitive(const QString &expr) const
{
    if (isPostgreSql())
        return QStringLiteral("lower(") + expr + QLatin1Char(')');
    return expr + QStringLiteral(" COLLATE NOCASE");
}

QString SqlDialect::nowUtcText() const
{
    return isPostgreSql()
               ? QStringLiteral("to_char(now() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
               : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
}

QString SqlDialect::beginWrite() const
{
    return isPostgreSql() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::insertOrIgnore() const
{
    return isPostgreSql() ? QStringLiteral("INSERT INTO") : QStringLiteral("INSERT OR IGNORE INTO");
}

QString SqlDialect::ignoreConflicts() const
{
    return isPostgreSql() ? QStringLiteral(" ON CONFLICT DO NOTHING") : QString();
}

QString SqlDialect::insertOrReplace() const
{
    return isPostgreSql() ? QStringLiteral("INSERT INTO") : QStringLiteral("INSERT OR REPLACE INTO");
}

QString SqlDialect::replaceConflicts(const QStringList &keys, const QStringList &columns) const
{
    if (!isPostgreSql())
        return QString();
    QStringList sets;
    for (const QString &column : columns) {
        if (!keys.contains(column))
            sets.append(column + QStringLiteral(" = excluded.") + column);
    }
    return QStringLiteral(" ON CONFLICT (") + keys.join(QStringLiteral(", ")) +
           (sets.isEmpty() ? QStringLiteral(") DO NOTHING")
                           : QStringLiteral(") DO UPDATE SET ") + sets.join(QStringLiteral(", ")));
}

QString SqlDialect::idOrNext(const QString &table) const
{
    if (!isPostgreSql())
        return QStringLiteral("?");
    return QStringLiteral("coalesce(?, nextval(pg_get_serial_sequence('%1', 'id')))").arg(table);
}

QString SqlDialect::returningId() const
{
    return isPostgreSql() ? QStringLiteral(" RETURNING id") : QString();
}

qint64 SqlDialect::insertedId(QSqlQuery &query) const
{
    if (!isPostgreSql())
        return query.lastInsertId().toLongLong();
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

QString SqlDialect::asInt(const QString &condition) const
{
    if (isPostgreSql())
        return QLatin1Char('(') + condition + QStringLiteral(")::int");
    return condition;
}

QString SqlDialect::isTrue(const QString &integer) const
{
    if (isPostgreSql())
        return QLatin1Char('(') + integer + QStringLiteral(") <> 0");
    return integer;
}

QString SqlDialect::never() const
{
    return isPostgreSql() ? QStringLiteral("false") : QStringLiteral("0");
}

QString SqlDialect::greater(const QString &a, const QString &b) const
{
    if (!isPostgreSql())
        return QStringLiteral("max(%1, %2)").arg(a, b);
    return QStringLiteral("CASE WHEN (%1) IS NULL OR (%2) IS NULL THEN NULL ELSE greatest(%1, %2) END")
        .arg(a, b);
}

QString SqlDialect::largerOf(const QString &a, const QString &b) const
{
    return (isPostgreSql() ? QStringLiteral("greatest(%1, %2)") : QStringLiteral("max(%1, %2)")).arg(a, b);
}

QString SqlDialect::lesser(const QString &a, const QString &b) const
{
    if (!isPostgreSql())
        return QStringLiteral("min(%1, %2)").arg(a, b);
    return QStringLiteral("CASE WHEN (%1) IS NULL OR (%2) IS NULL THEN NULL ELSE least(%1, %2) END")
        .arg(a, b);
}

QString SqlDialect::isDistinctFrom(const QString &a, const QString &b) const
{
    return (isPostgreSql() ? QStringLiteral("%1 IS DISTINCT FROM %2") : QStringLiteral("%1 IS NOT %2"))
        .arg(a, b);
}

QString SqlDialect::likeIgnoringCase() const
{
    // Under the C collation of Offkai's text columns, ILIKE folds ASCII letters only, as SQLite's LIKE.
    return isPostgreSql() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString SqlDialect::groupConcat(const QString &expr, const QString &separator, const QString &orderBy) const
{
    if (!isPostgreSql())
        return groupConcat(expr, separator);
    return QStringLiteral("string_agg(%1, %2 ORDER BY %3)").arg(expr, separator, orderBy);
}

QString SqlDialect::dateAfterSeconds(const QString &expr, const QString &secondsModifier) const
{
    if (!isPostgreSql())
        return QStringLiteral("date(%1, %2)").arg(expr, secondsModifier);
    // A timestamp without time zone reads the ISO text and ignores its Z; the modifier ('+3600 seconds')
    // reads as an interval.
    return QStringLiteral("to_char((%1)::timestamp + (%2)::interval, 'YYYY-MM-DD')")
        .arg(expr, secondsModifier);
}

} // namespace offkai
