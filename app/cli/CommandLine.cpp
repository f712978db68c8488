#include "CommandLine.h"

#include "AccountsCommand.h"
#include "BackupsCommand.h"
#include "CalendarCommand.h"
#include "CheckCommand.h"
#include "DemoCommand.h"
#include "EventsCommand.h"
#include "HolidaysCommand.h"
#include "MembersCommand.h"
#include "Output.h"
#include "ReportsCommand.h"
#include "SeriesCommand.h"
#include "StatsCommand.h"
#include "storage/Database.h"
#include "stores/Workspace.h"
#include "TeamCommand.h"
#include "VenuesCommand.h"
#include "workflows/DemoDatabase.h"

#include "storage/ServerAddress.h"
#include "workflows/TeamPasswords.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>

namespace offkai {

namespace {
// Options that take a value, as Offkai and Qt's own start-up understand them.
const QStringList kValueOptions = {QStringLiteral("--db"),          QStringLiteral("--server"),
                                   QStringLiteral("--lang"),        QStringLiteral("-platform"),
                                   QStringLiteral("-style"),        QStringLiteral("-qwindowgeometry"),
                                   QStringLiteral("-qwindowtitle"), QStringLiteral("-qwindowicon")};

/// The index of the first argument that is not an option or an option's value, or -1.
qsizetype commandIndex(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (arg.startsWith(QLatin1Char('-'))) {
            if (kValueOptions.contains(arg))
                ++i;
            continue;
        }
        return i;
    }
    return -1;
}

bool wantsEverything(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--help-all"));
}

QString usage()
{
    const QString text = CommandLine::tr(
        "Usage:\n"
        "  offkai [--db PATH | --demo] [--lang ja|en]            start the application\n"
        "  offkai [--db PATH | --demo] check                     check a database\n"
        "  offkai [--db PATH | --demo] venues list [--format csv|json]\n"
        "                                                        list the venues\n"
        "  offkai [--db PATH | --demo] members list|import|export …\n"
        "                                                        see offkai members --help\n"
        "  offkai [--db PATH | --demo] events list|announce|checkin …\n"
        "                                                        see offkai events --help\n"
        "  offkai [--db PATH | --demo] reports list|export|publish …\n"
        "                                                        see offkai reports --help\n"
        "  offkai [--db PATH | --demo] accounts add|list|remove …\n"
        "                                                        see offkai accounts --help\n");
    // `holidays` needs no database. A message of its own, so that the one above keeps its translation.
    return text +
           CommandLine::tr(
               "  offkai holidays YEAR [--format text|json]             list Japan's public holidays\n") +
           CommandLine::tr(
               "  offkai [--db PATH | --demo] series list|candidates …\n"
               "                                                        see offkai series --help\n") +
           CommandLine::tr(
               "  offkai [--db PATH | --demo] calendar export|import …\n"
               "                                                        see offkai calendar --help\n") +
           CommandLine::tr(
               "  offkai --db PATH backups list|restore …\n"
               "                                                        see offkai backups --help\n") +
           CommandLine::tr(
               "  offkai [--db PATH | --demo] stats [--from DATE] [--to DATE] [--series ID]\n"
               "                                   [--format text|csv|json]\n"
               "                                                        the community's figures\n") +
           CommandLine::tr("  offkai demo create PATH                               write a demo database "
                           "to keep\n") +
           CommandLine::tr(
               "  offkai --server URL COMMAND …                         any command above except "
               "backups,\n"
               "                                                        on a team database\n"
               "  offkai team push --db FILE --server URL               copy a file into an empty "
               "team database\n"
               "  offkai team pull --server URL --db FILE               save a team database as a "
               "new file\n"
               "  offkai --server URL team add-organizer NAME [--viewer]\n"
               "                                                        let a user change (or only "
               "read) it\n"
               "  offkai --server URL team remove-organizer|organizers|log …\n"
               "                                                        see offkai team --help\n");
}

/// `path` with the home folder written as "~", as a shell user would type it.
QString homeAsTilde(const QString &path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && home != QLatin1String("/") && path.startsWith(home + QLatin1Char('/')))
        return QDir::toNativeSeparators(QStringLiteral("~") + path.mid(home.size()));
    return QDir::toNativeSeparators(path);
}

QString options()
{
    return CommandLine::tr(
               "Options:\n"
               "  --db PATH        the database file (default: %1)\n"
               "  --server URL     a team database (postgresql://user@host:port/database)\n"
               "  --demo           a fresh demo database in a temporary folder, removed at the end\n"
               "  --lang ja|en     the language of the window and of messages\n"
               "  --exit-after-first-paint\n"
               "                   start the window, print the milliseconds to its first paint, and quit\n"
               "  -h, --help       this summary\n"
               "  --help-all       this summary and every command's usage\n"
               "  -v, --version    the version\n")
        .arg(homeAsTilde(Database::defaultPath()));
}

/// Everything the command line knows, for `--help-all` and the manual page made from it: the summary,
/// the options, then each command's own usage under its name.
QString everything()
{
    const std::pair<const char *, QString> commands[] = {
        {"members", MembersCommand::usage()}, {"events", EventsCommand::usage()},
        {"series", SeriesCommand::usage()},   {"calendar", CalendarCommand::usage()},
        {"reports", ReportsCommand::usage()}, {"accounts", AccountsCommand::usage()},
        {"backups", BackupsCommand::usage()}, {"holidays", HolidaysCommand::usage()},
        {"stats", StatsCommand::usage()},     {"demo", DemoCommand::usage()},
        {"team", TeamCommand::usage()},
    };
    QString text = usage() + QLatin1Char('\n') + options();
    for (const auto &[name, commandUsage] : commands) {
        text +=
            QLatin1Char('\n') + CommandLine::tr("Command %1:").arg(QLatin1String(name)) + QLatin1Char('\n');
        for (const QString &line : commandUsage.trimmed().split(QLatin1Char('\n')))
            text += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    return text;
}
} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    return commandIndex(arguments) >= 0 || wantsHelpOrVersion(arguments);
}

bool CommandLine::wantsHelpOrVersion(const QStringList &arguments)
{
    for (const QString &arg : arguments.mid(1)) {
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help") || arg == QLatin1String("-v") ||
            arg == QLatin1String("--version") || arg == QLatin1String("--help-all"))
            return true;
    }
    return false;
}

QString CommandLine::languageOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

Result<std::unique_ptr<Database>> CommandLine::openServer(const QString &url)
{
    const auto address = ServerAddress::parse(url);
    if (!address)
        return address.error();
    // The password: the one saved in the keychain for this address, else libpq's own (PGPASSWORD,
    // ~/.pgpass), so that scripts need not write it on the command line.
    return Database::openServer(*address, TeamPasswords::read(*address));
}

int CommandLine::run(const QStringList &arguments)
{
    const qsizetype at = commandIndex(arguments);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database file to use."), tr("path"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), tr("Use a fresh demo database."));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language: ja or en."), tr("language"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          tr("Team database to use: postgresql://user@host:port/database."),
                                          tr("url"));
    parser.addOptions({dbOption, serverOption, demoOption, langOption});
    const QStringList globals = arguments.mid(0, at < 0 ? arguments.size() : at);
    if (wantsHelpOrVersion(globals)) {
        // Answered without a window, so that `offkai --help` works over SSH and in scripts.
        const bool version =
            globals.contains(QStringLiteral("-v")) || globals.contains(QStringLiteral("--version"));
        Output::data(version ? QStringLiteral("offkai %1\n").arg(QCoreApplication::applicationVersion())
                     : wantsEverything(globals) ? everything()
                                                : usage() + QLatin1Char('\n') + options());
        return Success;
    }
    if (!parser.parse(globals)) {
        Output::message(parser.errorText() + QLatin1Char('\n') + usage());
        return UsageError;
    }
    if (at < 0) {
        Output::message(usage());
        return UsageError;
    }
    const QString command = arguments.at(at);
    const QStringList rest = arguments.mid(at + 1);
    if (command == QLatin1String("team")) // a file and a team database at once: the command opens both
        return TeamCommand::run(rest, parser.value(dbOption), parser.value(serverOption));
    if (int(parser.isSet(dbOption)) + int(parser.isSet(demoOption)) + int(parser.isSet(serverOption)) > 1) {
        Output::message(tr("Use one of --db, --server and --demo, not several."));
        return UsageError;
    }
    if (command == QLatin1String("holidays")) // needs no database
        return HolidaysCommand::run(rest);
    if (command == QLatin1String("demo")) // writes a new file; opens none
        return DemoCommand::run(rest);
    if (command != QLatin1String("check") && command != QLatin1String("venues") &&
        command != QLatin1String("members") && command != QLatin1String("events") &&
        command != QLatin1String("reports") && command != QLatin1String("accounts") &&
        command != QLatin1String("series") && command != QLatin1String("calendar") &&
        command != QLatin1String("backups") && command != QLatin1String("stats")) {
        Output::message(tr("Unknown command “%1”.").arg(command) + QLatin1Char('\n') + usage());
        return UsageError;
    }
    if (command == QLatin1String("check") && !rest.isEmpty()) {
        Output::message(tr("Unexpected argument: %1").arg(rest.constFirst()));
        return UsageError;
    }

    QTemporaryDir demoFolder(QDir::tempPath() + QStringLiteral("/offkai-demo-XXXXXX"));
    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    if (parser.isSet(demoOption)) {
        auto demo = DemoDatabase::create(demoFolder.path());
        if (!demo) {
            Output::message(demo.error().toString());
            return Failure;
        }
        path = *demo;
    }

    if (parser.isSet(serverOption) && command == QLatin1String("backups")) {
        Output::message(tr("A team database's backups are kept by its server. To keep a copy of your own, "
                           "use: offkai team pull --server URL --db FILE"));
        return UsageError;
    }
    if (command == QLatin1String("check") && !parser.isSet(serverOption))
        return CheckCommand::run(path);
    if (command == QLatin1String("backups")) // must not open, lock or back up the file it restores
        return BackupsCommand::run(path, rest);

    Database::Options options;
    options.dailyBackup = !parser.isSet(demoOption); // the demo is thrown away; backing it up is pointless
    auto db =
        parser.isSet(serverOption) ? openServer(parser.value(serverOption)) : Database::open(path, options);
    if (!db) {
        Output::message(db.error().toString());
        return Failure;
    }
    if (!(*db)->recoveryNote().isEmpty())
        Output::message((*db)->recoveryNote());
    if (command == QLatin1String("check")) {
        // A team database that opened is reachable, Offkai's and at this build's schema.
        Output::data(tr("%1: team database at schema %2, connected as %3.")
                         .arg((*db)->path())
                         .arg((*db)->schemaVersion())
                         .arg((*db)->serverUser()) +
                     QLatin1Char('\n'));
        return Success;
    }
    Workspace workspace(std::move(db).value(), parser.isSet(demoOption));
    if (command == QLatin1String("members"))
        return MembersCommand::run(workspace, rest);
    if (command == QLatin1String("events"))
        return EventsCommand::run(workspace, rest);
    if (command == QLatin1String("reports"))
        return ReportsCommand::run(workspace, rest);
    if (command == QLatin1String("accounts"))
        return AccountsCommand::run(workspace, rest);
    if (command == QLatin1String("series"))
        return SeriesCommand::run(workspace, rest);
    if (command == QLatin1String("calendar"))
        return CalendarCommand::run(workspace, rest);
    if (command == QLatin1String("stats"))
        return StatsCommand::run(workspace, rest);
    return VenuesCommand::run(workspace, rest);
}

} // namespace offkai
