#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>

namespace offkai {

/// The row versions of reports (reports.row_version), and which of them this window's ReportStore wrote
/// itself. A report is written in two ways at once: its title and text are autosaved while the author
/// types, and its settings (author, names, tags) are undoable commands. Neither kind of write touches the
/// other's columns, so this window's own writes never make the other kind stale: a write that expects
/// version 3 goes over version 5 when versions 4 and 5 were this window's. Any version written elsewhere
/// (another organizer, another connection) in between is a conflict.
class ReportVersions
{
public:
    /// The row's version now; Error::Code::NotFound when the report is gone.
    static Result<qint64> current(const QSqlDatabase &db, qint64 id, const QString &what);

    /// Whether a write that read version `expected` may go over the row now at `current`.
    bool accepts(qint64 id, qint64 expected, qint64 current) const;
    /// Notes that this window's write left report `id` at `version` (one more than before).
    void wrote(qint64 id, qint64 version);
    /// Forgets report `id` (deleted, or put back with a fresh version).
    void forget(qint64 id) { m_own.remove(id); }

private:
    /// Versions from + 1 … to of a report were all written by this window.
    struct Run
    {
        qint64 from = 0;
        qint64 to = 0;
    };
    QHash<qint64, Run> m_own;
};

} // namespace offkai
