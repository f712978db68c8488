#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

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
    /// `name` (a table, column or role) as a quoted SQL identifier, the same on both servers.
    static QString identifier(const QString &name);

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

    // --- Inserts ---------------------------------------------------------------------------------------
    /// "INSERT OR IGNORE INTO" on SQLite, "INSERT INTO" on PostgreSQL, which ends the statement with
    /// ignoreConflicts().
    QString insertOrIgnore() const;
    /// " ON CONFLICT DO NOTHING" on PostgreSQL; nothing on SQLite (its OR IGNORE says it).
    QString ignoreConflicts() const;
    /// "INSERT OR REPLACE INTO" on SQLite, "INSERT INTO" on PostgreSQL, which ends the statement with
    /// replaceConflicts(). Only for tables that no other row refers to and no trigger watches: SQLite
    /// deletes the old row, PostgreSQL updates it in place.
    QString insertOrReplace() const;
    /// " ON CONFLICT (keys) DO UPDATE SET c = excluded.c, …" for every column of `columns` that is not a
    /// key, on PostgreSQL; nothing on SQLite.
    QString replaceConflicts(const QStringList &keys, const QStringList &columns) const;
    /// The value of an INSERT's `id` column bound as `?`: SQLite numbers a NULL itself; PostgreSQL takes
    /// the next value of the identity column of `table` for a NULL.
    QString idOrNext(const QString &table) const;
    /// " RETURNING id" on PostgreSQL; nothing on SQLite, which gives lastInsertId().
    QString returningId() const;
    /// The id of the row an INSERT written with returningId() added.
    qint64 insertedId(QSqlQuery &query) const;

    // --- Expressions -----------------------------------------------------------------------------------
    /// A condition as the integer 1, 0 or NULL (SQLite's value of a comparison).
    QString asInt(const QString &condition) const;
    /// An integer expression (0 or not) as a condition.
    QString isTrue(const QString &integer) const;
    /// A condition that is never true.
    QString never() const;
    /// SQLite's two-argument max() and min(): NULL when either is NULL. Each argument is written twice
    /// on PostgreSQL: no placeholders in them.
    QString greater(const QString &a, const QString &b) const;
    QString lesser(const QString &a, const QString &b) const;
    /// The larger of two values that are never NULL (a placeholder may be one of them).
    QString largerOf(const QString &a, const QString &b) const;
    /// "a IS NOT b" for values that may be NULL.
    QString isDistinctFrom(const QString &a, const QString &b) const;
    /// The LIKE operator that ignores ASCII case, as SQLite's LIKE does.
    QString likeIgnoringCase() const;
    /// The aggregate joining the non-NULL values of `expr` with `separator` in the order of `orderBy`: on
    /// SQLite, the caller's subquery gives that order; PostgreSQL is told.
    QString groupConcat(const QString &expr, const QString &separator, const QString &orderBy) const;
    /// The ISO date (text) `seconds` (an SQL expression) after the ISO date-time text `expr`: SQLite's
    /// date(expr, '+N seconds').
    QString dateAfterSeconds(const QString &expr, const QString &secondsModifier) const;

private:
    Backend m_backend;
};

} // namespace offkai
