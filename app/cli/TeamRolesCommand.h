#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace offkai {

/// `offkai --server URL team add-organizer NAME [--viewer] [--password-stdin]`,
/// `team remove-organizer NAME` and `team organizers [--format text|json]`: who may change and who may
/// only read a team database (TeamRoles), for its administrator.
class TeamRolesCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::TeamRolesCommand)
public:
    /// `arguments` start after the subcommand's name; `server` is the global `--server`, if given.
    static int add(const QStringList &arguments, const QString &server);
    static int remove(const QStringList &arguments, const QString &server);
    static int list(const QStringList &arguments, const QString &server);
};

} // namespace offkai
