#pragma once

#include "core/Result.h"
#include "storage/Database.h"

#include <memory>

#include <QCoreApplication>
#include <QStringList>

namespace offkai {

/// The headless side of the `offkai` binary: `offkai [--db PATH | --demo] COMMAND …`.
/// Data goes to stdout, messages to stderr; the exit code says how it went.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(offkai::CommandLine)
public:
    enum ExitCode
    {
        Success = 0,
        Failure = 1,
        UsageError = 2
    };

    /// True when the arguments name a command, so no window must be created.
    static bool isCommand(const QStringList &arguments);
    /// True for -h/--help/-v/--version before any command: answered on the terminal, without a window.
    static bool wantsHelpOrVersion(const QStringList &arguments);
    /// The value of `--lang`, if given, for installing translators before anything is printed.
    static QString languageOption(const QStringList &arguments);

    /// Runs the command; needs a QCoreApplication.
    static int run(const QStringList &arguments);
    /// Opens the team database at `url` (`--server`), with the password saved for it in the keychain.
    static Result<std::unique_ptr<Database>> openServer(const QString &url);
};

} // namespace offkai
