#pragma once

#include "core/Result.h"
#include "records/ChangeLogEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace offkai {

class Database;

/// The change log of a team database (change_log, written by the schema's triggers: see
/// resources/schema/postgresql/015_shared_editing.sql), read for the Change History window and `offkai
/// team log`. A file keeps no log.
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ChangeLog)
public:
    explicit ChangeLog(Database &database);

    /// Whether the database keeps a log: a team database does, a file does not.
    bool isKept() const;
    /// The latest changes, newest first, at most `limit`; only those by `organizer` unless it is empty.
    /// One save that wrote a row more than once (within the same second) is one entry.
    Result<QList<ChangeLogEntry>> latest(int limit, const QString &organizer = {}) const;
    /// Everyone in the log, by name.
    Result<QStringList> organizers() const;

private:
    Database &m_database;
};

} // namespace offkai
