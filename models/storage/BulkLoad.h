#pragma once

#include <QSqlDatabase>

namespace offkai {

/// Connection settings for the length of one large write whose rows were all checked before they are
/// written (MemberImporter's rows pass MemberStore::validate). Constructed before the write's
/// transaction begins and destroyed after it has ended; the destructor puts every setting back.
///
/// - **Rollback journal instead of the write-ahead log (WAL).** Through the log, every page a transaction
///   changes is written twice: into the log at commit, then into the database by the checkpoint that
///   follows. A 100,000-member import adds about 80 MB of pages. With a rollback journal, pages appended
///   to the file are written once, and only pages that existed before are first saved to the journal.
///   Both ways are atomic and durable under synchronous=FULL: after a crash, SQLite rolls a hot journal
///   back the next time the file is opened. SQLite lets a connection leave WAL only when it is alone on
///   the database and outside a transaction; otherwise the switch fails at once, without waiting, and the
///   write goes through the log as usual.
/// - **No CHECK constraints** (PRAGMA ignore_check_constraints). SQLite 3.40 codes a `CHECK (x IN (...))`
///   by building a temporary B-tree of the list for every row it inserts, which was a sixth of a member
///   import's instructions.
/// - **No foreign key checks** (outside a transaction only): every child row would otherwise look up its
///   parent, about 7 % of an import.
///
/// What the database no longer checks, the writer must: tests run PRAGMA integrity_check (which checks
/// CHECK and NOT NULL constraints) and PRAGMA foreign_key_check after large imports.
class BulkLoad
{
public:
    explicit BulkLoad(QSqlDatabase db);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

private:
    QSqlDatabase m_db;
    bool m_rollbackJournal = false;
    bool m_foreignKeysWereOn = false;
};

} // namespace offkai
