#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace offkai {

/// `offkai --server URL team log [--organizer NAME] [--limit N] [--format text|json]`: the latest changes
/// in a team database's change log (ChangeLog), newest first. JSON is an array of objects, each with the
/// log entry's `id`, `at` (UTC, ISO 8601), `organizer`, `kind`, `record_id`, `record` (its name now, null
/// once deleted) and `change` (added, changed, deleted).
class TeamLogCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::TeamLogCommand)
public:
    /// The most entries listed unless --limit says.
    static constexpr int kDefaultLimit = 100;

    /// `arguments` start after "log"; `server` is the global `--server`, if given.
    static int run(const QStringList &arguments, const QString &server);
};

} // namespace offkai
