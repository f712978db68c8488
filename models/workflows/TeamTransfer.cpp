#include "TeamTransfer.h"

#include "core/Log.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SchemaDescription.h"
#include "storage/TableCopy.h"
#include "storage/Transaction.h"
#include "stores/MemberSearchIndex.h"
#include "stores/MemberTables.h"

#include <climits>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

namespace offkai {

namespace {

/// The columns of `table` to copy: the source's, but for a column only one backend has on purpose
/// (PostgreSQL's search document, left out of a pull and filled by PostgreSQL after a push).
QStringList columnsToCopy(const SchemaDescription::Table &from, const SchemaDescription::Table &to)
{
    QStringList columns;
    for (const auto &column : from.columns) {
        if (to.hasColumn(column.name))
            columns.append(column.name);
    }
    return columns;
}

/// What keeps the two databases' tables from being copied one into the other: a table or a column on one
/// side only (beyond the allowed PostgreSQL-only columns). Indexes and NULL rules do not matter here.
QStringList copyObstacles(const SchemaDescription &from, const SchemaDescription &to)
{
    QStringList lines;
    for (const QString &name : from.tableNames()) {
        if (!to.table(name))
            lines.append(QStringLiteral("table %1 is missing in the target").arg(name));
    }
    for (const QString &name : to.tableNames()) {
        const auto *target = to.table(name);
        const auto *source = from.table(name);
        if (!source) {
            lines.append(QStringLiteral("table %1 is missing in the source").arg(name));
            continue;
        }
        for (const auto &column : source->columns) {
            if (!target->hasColumn(column.name) &&
                !(from.isPostgreSql() && SchemaDescription::isPostgreSqlOnly(name, column.name)))
                lines.append(QStringLiteral("%1.%2 is missing in the target").arg(name, column.name));
        }
        for (const auto &column : target->columns) {
            if (!source->hasColumn(column.name) &&
                !(to.isPostgreSql() && SchemaDescription::isPostgreSqlOnly(name, column.name)))
                lines.append(QStringLiteral("%1.%2 is missing in the source").arg(name, column.name));
        }
    }
    return lines;
}

} // namespace

qint64 TeamTransfer::Summary::rows(const QString &table) const
{
    for (const TableCount &count : tables) {
        if (count.table == table)
            return count.rows;
    }
    return 0;
}

qint64 TeamTransfer::Summary::totalRows() const
{
    qint64 total = 0;
    for (const TableCount &count : tables)
        total += count.rows;
    return total;
}

Error TeamTransfer::versionMismatch(Direction direction, int sourceVersion, int targetVersion)
{
    const int team = direction == Direction::Push ? targetVersion : sourceVersion;
    const int local = direction == Direction::Push ? sourceVersion : targetVersion;
    const QString detail =
        QStringLiteral("source schema %1, target schema %2").arg(sourceVersion).arg(targetVersion);
    if (team > local)
        return Error(Error::Code::NewerSchema,
                     tr("The team database was made by a newer version of Offkai (schema %1; this version "
                        "writes schema %2). Update Offkai, then try again. Nothing was changed.")
                         .arg(team)
                         .arg(local),
                     detail);
    return Error(Error::Code::NewerSchema,
                 tr("The team database is at an older schema (%1) than this version of Offkai (schema %2). "
                    "Connect to it once with this version to bring it up to date, then try again. Nothing "
                    "was changed.")
                     .arg(team)
                     .arg(local),
                 detail);
}

Result<TeamTransfer::Summary> TeamTransfer::copy(QSqlDatabase source, QSqlDatabase target,
                                                 Direction direction, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const auto sourceVersion = Migrations::userVersion(source);
    if (!sourceVersion)
        return sourceVersion.error();
    const auto targetVersion = Migrations::userVersion(target);
    if (!targetVersion)
        return targetVersion.error();
    if (*sourceVersion != *targetVersion)
        return versionMismatch(direction, *sourceVersion, *targetVersion);

    const auto from = SchemaDescription::read(source);
    if (!from)
        return from.error();
    const auto to = SchemaDescription::read(target);
    if (!to)
        return to.error();
    if (const QStringList obstacles = copyObstacles(*from, *to); !obstacles.isEmpty())
        return Error(Error::Code::Invalid,
                     tr("The two databases have different tables although both are at schema %1, so one "
                        "cannot be copied into the other. Nothing was changed.")
                         .arg(*sourceVersion),
                     obstacles.join(QStringLiteral("; ")));
    const auto order = from->tablesInDependencyOrder();
    if (!order)
        return order.error();
    const auto seeded = TableCopy::seededTables();
    if (!seeded)
        return seeded.error();

    TableCopy copier(source, target);
    if (auto begun = copier.beginSnapshot(); !begun)
        return begun.error();
    const auto expected = TableCopy::counts(source, *order);
    if (!expected)
        return expected.error();
    qint64 total = 0;
    for (const qint64 rows : *expected)
        total += rows;

    Transaction tx(target);
    if (!tx.isActive())
        return tx.error();
    if (auto quiet = copier.quietTarget(); !quiet)
        return quiet.error();
    // Inside the transaction, so that no one fills the target between this look and the copy.
    const auto present = TableCopy::counts(target, *order);
    if (!present)
        return present.error();
    for (const QString &table : *order) {
        const qint64 rows = present->value(table);
        if (rows == 0 || seeded->contains(table))
            continue;
        if (direction == Direction::Push)
            return Error(Error::Code::InUse,
                         tr("The team database is not empty: its table “%1” holds %n row(s). A push copies a "
                            "community into an empty team database only. Nothing was changed.",
                            nullptr, int(std::min<qint64>(rows, INT_MAX)))
                             .arg(table),
                         QStringLiteral("target not empty"));
        return Error(Error::Code::InUse,
                     tr("The new file is not empty: its table “%1” holds %n row(s). Nothing was copied.",
                        nullptr, int(std::min<qint64>(rows, INT_MAX)))
                         .arg(table),
                     QStringLiteral("target not empty"));
    }
    if (auto deferred = copier.deferForeignKeys(); !deferred)
        return deferred.error();

    Summary summary;
    qint64 done = 0;
    if (progress && !progress(0, total))
        return Error(Error::Code::Invalid, tr("The copy was stopped. Nothing was changed."),
                     QStringLiteral("cancelled"));
    for (const QString &table : *order) {
        // The catalogues the schema filled, and rows a trigger wrote when a parent's row arrived (a
        // member's empty profile), make way for the source's rows.
        if (auto cleared = copier.clearTarget(table); !cleared)
            return cleared.error();
        const auto *sourceTable = from->table(table);
        const auto copied = copier.copyRows(table, columnsToCopy(*sourceTable, *to->table(table)),
                                            sourceTable->primaryKey, [&](qint64 batch) {
                                                done += batch;
                                                return !progress || progress(done, total);
                                            });
        if (!copied) {
            if (copied.error().detail() == QLatin1String("cancelled"))
                return Error(Error::Code::Invalid, tr("The copy was stopped. Nothing was changed."),
                             QStringLiteral("cancelled"));
            return copied.error();
        }
        summary.tables.append({table, *copied});
    }
    if (auto continued = copier.continueSequences(*order); !continued)
        return continued.error();
    // The counts are checked before the commit: a difference rolls everything back.
    const auto copiedRows = TableCopy::counts(target, *order);
    if (!copiedRows)
        return copiedRows.error();
    for (const QString &table : *order) {
        if (copiedRows->value(table) != expected->value(table))
            return Error(Error::Code::Sql,
                         tr("The copy of “%1” came out with %2 rows instead of %3, so nothing was changed.")
                             .arg(table)
                             .arg(copiedRows->value(table))
                             .arg(expected->value(table)),
                         QStringLiteral("row count mismatch in ") + table);
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    copier.endSnapshot();
    qCInfo(lcStorage) << (direction == Direction::Push ? "pushed" : "pulled") << summary.totalRows()
                      << "rows in" << summary.tables.size() << "tables in" << timer.elapsed() << "ms";
    return summary;
}

Result<TeamTransfer::Summary> TeamTransfer::push(const Database &local, Database &team,
                                                 const Progress &progress)
{
    auto pushed = copy(local.connection(), team.connection(), Direction::Push, progress);
    if (pushed) {
        MemberTables search(team); // builds the search data of the copied members, outside the copy
        // The copy is complete and committed either way: what is not done here is autovacuum's. The
        // profiles are rewritten in the list's order (which also drops the rows the search data
        // replaced), and the statistics PostgreSQL and the member list plan by are taken afresh.
        if (auto compacted = search.search().compact(); !compacted)
            qCWarning(lcStorage) << "after the push:" << compacted.error().toString();
        if (auto refreshed = TableCopy::refreshStatistics(team.connection()); !refreshed)
            qCWarning(lcStorage) << "after the push:" << refreshed.error().toString();
    }
    return pushed;
}

Result<TeamTransfer::Summary> TeamTransfer::pull(QSqlDatabase team, const QString &path,
                                                 const Progress &progress)
{
    const QFileInfo target(path);
    const QString absolute = target.absoluteFilePath();
    const auto alreadyThere = [&absolute] {
        return Error(Error::Code::Invalid, tr("“%1” already exists. Choose a new file name; a pull never "
                                              "replaces a file.")
                                               .arg(QDir::toNativeSeparators(absolute)));
    };
    if (target.exists() || target.isSymLink())
        return alreadyThere();
    if (!target.absoluteDir().exists())
        return Error(
            Error::Code::Io,
            tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    const auto teamVersion = Migrations::userVersion(team);
    if (!teamVersion)
        return teamVersion.error();
    if (*teamVersion != Database::supportedSchemaVersion())
        return versionMismatch(Direction::Pull, *teamVersion, Database::supportedSchemaVersion());

    // Built beside the target and renamed into place when complete, so that a failure leaves no file.
    QTemporaryDir work(target.absolutePath() + QStringLiteral("/.offkai-pull-XXXXXX"));
    if (!work.isValid())
        return Error(
            Error::Code::Io,
            tr("Could not write in the folder “%1”.").arg(QDir::toNativeSeparators(target.absolutePath())),
            work.errorString());
    const QString built = QDir(work.path()).absoluteFilePath(target.fileName());
    Result<Summary> copied = Summary();
    {
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(built, options);
        if (!db)
            return db.error();
        copied = copy(std::move(team), (*db)->connection(), Direction::Pull, progress);
        if (copied)
            MemberTables search(**db); // creates the FTS5 index and fills it from the copied rows
    }                                  // closed: the log is folded into the file
    if (!copied)
        return copied;
    if (!QFile::rename(built, absolute)) {
        if (QFileInfo::exists(absolute))
            return alreadyThere();
        return Error(Error::Code::Io, tr("Could not write “%1”.").arg(QDir::toNativeSeparators(absolute)),
                     QStringLiteral("rename ") + built);
    }
    return copied;
}

} // namespace offkai
