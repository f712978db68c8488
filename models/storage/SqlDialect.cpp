#include "SqlDialect.h"

namespace offkai {

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

} // namespace offkai
