#pragma once

#include <QSqlDatabase>
#include <QString>

namespace offkai {

/// Which database server a connection talks to.
enum class Backend
{
    Sqlite,     ///< the organizer's own file (QSQLITE), the default
    PostgreSql, ///< a team database on a PostgreSQL 15+ server (QPSQL)
};

/// The few SQL spellings that differ between SQLite and PostgreSQL, kept in one place.
///
/// Stores write SQL both servers read (`INSERT … ON CONFLICT`, `RETURNING`, `?` placeholders, ISO text for
/// dates and times); where the two differ, they ask the dialect of their connection for the fragment.
class SqlDialect
{
public:
    explicit SqlDialect(Backend backend)
        : m_backend(backend)
    {}
    /// The dialect of an open connection, from its driver.
    static SqlDialect of(const QSqlDatabase &db);

    Backend backend() const { return m_backend; }
    bool isPostgreSql() const { return m_backend == Backend::PostgreSql; }

    /// `expr`, an ISO 8601 date or date-time text, as a fractional day number (SQLite's julianday), so
    /// that the difference of two is a number of days.
    QString dayNumber(const QString &expr) const;
    /// The aggregate joining the non-NULL values of `expr` with `separator`, an SQL expression.
    QString groupConcat(const QString &expr, const QString &separator) const;
    /// A one-character text literal for a control character (SQLite's char(31)).
    QString character(int code) const;
    /// `expr` compared without regard to ASCII case (for ORDER BY and equality).
    QString caseInsensitive(const QString &expr) const;
    /// The current UTC time as Offkai stores it: `YYYY-MM-DDTHH:MM:SSZ`.
    QString nowUtcText() const;
    /// The statement that starts a write transaction.
    QString beginWrite() const;

private:
    Backend m_backend;
};

} // namespace offkai
