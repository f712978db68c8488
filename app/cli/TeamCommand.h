#pragma once

#include <memory>
#include <QCoreApplication>
#include <QStringList>

class QCommandLineOption;

namespace offkai {

class CommandOptions;
class Database;

/// `offkai team push --db FILE --server URL` and `offkai team pull --server URL --db FILE`: moving a
/// community between a local file and a team database (TeamTransfer). Each opens both itself; `--db` and
/// `--server` may also come before `team`, as for every other command.
class TeamCommand
{
    Q_DECLARE_TR_FUNCTIONS(offkai::TeamCommand)
public:
    /// `arguments` start after "team"; `db` and `server` are the global options' values, if given.
    /// Returns the process exit code.
    static int run(const QStringList &arguments, const QString &db, const QString &server);
    /// The command's usage, printed for --help and in `offkai --help-all` (and so in the manual page).
    static QString usage();

    /// The `--server URL` option of a team subcommand.
    static QCommandLineOption serverOption();
    /// The team database named by the subcommand's `--server` or the global one, opened; else null after
    /// printing why.
    static std::unique_ptr<Database> openTeam(CommandOptions &options, const QCommandLineOption &server,
                                              const QString &globalServer);

private:
    static int push(const QStringList &arguments, const QString &db, const QString &server);
    static int pull(const QStringList &arguments, const QString &db, const QString &server);
};

} // namespace offkai
