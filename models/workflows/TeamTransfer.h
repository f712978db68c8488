#pragma once

#include "core/Result.h"

#include <functional>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace offkai {

class Database;

/// Moving a community between a local file and a team database: `offkai team push` and `team pull`.
///
/// Both copy every row of every Offkai table (SchemaDescription) with its own ids, parents before
/// children, into a target that holds no community data yet, in one transaction on the target: the
/// per-table row counts are compared with the source's before the commit, and any failure, a count
/// that differs or a stop from the progress callback rolls everything back. The source is read as of
/// one moment (a read snapshot), so a team database that others keep editing is copied consistently.
///
/// - push: the local SQLite file (opened as usual, so at this build's schema) into an empty team
///   database at the same schema version. On PostgreSQL each identity sequence then goes on after the
///   copied ids.
/// - pull: a team database into a new local file, created and migrated by Database::open, which it
///   never replaces.
///
/// Derived search data is not copied: PostgreSQL's `search_doc` and SQLite's FTS5 index are each built
/// from the copied `search_*` columns by the member search index (MemberSearchIndex) when it first opens
/// the copy, which push and pull do right after their commit.
///
/// "Empty" means no rows in any table, except the catalogues that the schema's own steps fill
/// (TableCopy::seededTables(): occupations, event types), which the copy replaces with the source's.
class TeamTransfer
{
    Q_DECLARE_TR_FUNCTIONS(offkai::TeamTransfer)
public:
    /// Rows copied so far and in all; false stops the copy (nothing is changed).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    enum class Direction
    {
        Push, ///< local file → team database
        Pull, ///< team database → new local file
    };

    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    /// What was copied: each table's rows, in the order they were copied.
    struct Summary
    {
        QList<TableCount> tables;
        qint64 rows(const QString &table) const;
        qint64 totalRows() const;
    };

    /// Copies the local database into `team`, which must hold no community data yet. Then builds the team
    /// database's member search data, so that the first organizer to open it does not wait for it.
    static Result<Summary> push(const Database &local, Database &team, const Progress &progress = {});
    /// Writes a new local file at `path` (refused when it exists) holding every row of `team`, with its
    /// member search index built. A failure leaves no file behind.
    static Result<Summary> pull(QSqlDatabase team, const QString &path, const Progress &progress = {});

    /// The copy itself, between any two Offkai databases at the same schema version: what push and pull
    /// run, with messages worded for `direction`.
    static Result<Summary> copy(QSqlDatabase source, QSqlDatabase target, Direction direction,
                                const Progress &progress = {});

private:
    static Error versionMismatch(Direction direction, int sourceVersion, int targetVersion);
};

} // namespace offkai
