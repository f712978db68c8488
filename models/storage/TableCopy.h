#pragma once

#include "core/Result.h"

#include <functional>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace offkai {

/// The SQL of copying rows from one open connection to another, SQLite or PostgreSQL in either
/// direction, for team push and pull (TeamTransfer, which decides what to copy and owns the target's
/// transaction).
///
/// Rows are read in key order and written with their own keys, in batches: one prepared multi-row
/// INSERT per batch (on PostgreSQL with OVERRIDING SYSTEM VALUE, so identity columns take the copied
/// ids). Values are bound as they are read, so text (Japanese included), integers, real numbers, blobs
/// and NULLs arrive as they left.
class TableCopy
{
    Q_DECLARE_TR_FUNCTIONS(offkai::TableCopy)
public:
    /// Called after each batch with the rows it wrote; false stops the copy.
    using BatchDone = std::function<bool(qint64 rows)>;

    TableCopy(QSqlDatabase source, QSqlDatabase target);
    /// Ends the source's snapshot if it is still open.
    ~TableCopy();
    TableCopy(const TableCopy &) = delete;
    TableCopy &operator=(const TableCopy &) = delete;

    /// Reads the source as of one moment from now on, so that another organizer's writes during the copy
    /// are either wholly in it or not at all: a read transaction (on PostgreSQL REPEATABLE READ, READ
    /// ONLY), ended by endSnapshot() or the destructor.
    Result<void> beginSnapshot();
    void endSnapshot();

    /// After a copy into a team database, outside any transaction (VACUUM cannot run in one): cleans the
    /// tables and gives PostgreSQL's planner the statistics of the new rows, which it otherwise has only
    /// once autovacuum gets to them (until then a search for 東 on 100,000 members took 130 ms instead
    /// of 20). Only the tables' owner may; for anyone else it is left to autovacuum. Nothing on a file.
    static Result<void> refreshStatistics(const QSqlDatabase &db);
    /// The number of rows of `table`.
    static Result<qint64> count(const QSqlDatabase &db, const QString &table);
    /// The number of rows of each of `tables`, in one statement.
    static Result<QHash<QString, qint64>> counts(const QSqlDatabase &db, const QStringList &tables);

    /// On an SQLite target, inside its transaction: foreign keys are checked at the commit, not per row.
    Result<void> deferForeignKeys();
    /// On a team database, inside its transaction: the copied rows are not changes, so the schema's
    /// triggers neither log nor announce them (offkai.quiet, see postgresql/015_shared_editing.sql).
    Result<void> quietTarget();
    /// Deletes every row of `table` in the target: what the schema's steps or a trigger wrote there.
    Result<void> clearTarget(const QString &table);
    /// Copies `columns` of every row of `table`, ordered by `order`, from the source to the target.
    /// Returns the rows copied.
    Result<qint64> copyRows(const QString &table, const QStringList &columns, const QStringList &order,
                            const BatchDone &batchDone);
    /// On a PostgreSQL target: each identity or serial column of `tables` goes on after its largest
    /// value (from 1 when the table is empty).
    Result<void> continueSequences(const QStringList &tables);

    /// The tables to which the schema's own steps add rows (the catalogues of occupations and event
    /// types): a new database is not empty there. Found once, by migrating an in-memory database.
    static Result<QStringList> seededTables();

private:
    QSqlDatabase m_source;
    QSqlDatabase m_target;
    bool m_snapshot = false;
};

} // namespace offkai
