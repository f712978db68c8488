#include "TeamCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "Output.h"
#include "storage/Database.h"
#include "Subcommands.h"
#include "TeamLogCommand.h"
#include "TeamRolesCommand.h"
#include "workflows/TeamTransfer.h"

#include <optional>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace offkai {

namespace {

/// "members 278, events 114, venues 5, series 3, reports 2; 3,392 rows in 26 tables".
QString whatWasCopied(const TeamTransfer::Summary &summary)
{
    const QLocale locale;
    const auto rows = [&](const char *table) {
        return locale.toString(summary.rows(QLatin1String(table)));
    };
    return TeamCommand::tr("members %1, events %2, venues %3, series %4, reports %5; %6 rows in %7 tables")
        .arg(rows("members"), rows("events"), rows("venues"), rows("series"), rows("reports"),
             locale.toString(summary.totalRows()), locale.toString(summary.tables.size()));
}

/// The file and the server, from the subcommand's options or else the global ones; nothing after
/// printing what is missing.
std::optional<std::pair<QString, QString>> fileAndServer(CommandOptions &options,
                                                         const QCommandLineOption &db,
                                                         const QCommandLineOption &server,
                                                         const QString &globalDb, const QString &globalServer)
{
    const QString file = options.isSet(db) ? options.value(db) : globalDb;
    const QString url = options.isSet(server) ? options.value(server) : globalServer;
    if (file.isEmpty()) {
        Output::message(TeamCommand::tr("Name the local file with --db FILE.") + QLatin1Char('\n') +
                        TeamCommand::usage());
        return std::nullopt;
    }
    if (url.isEmpty()) {
        Output::message(TeamCommand::tr("Name the team database with --server URL.") + QLatin1Char('\n') +
                        TeamCommand::usage());
        return std::nullopt;
    }
    return std::make_pair(file, url);
}

} // namespace

QString TeamCommand::usage()
{
    return tr(
        "Usage:\n"
        "  offkai team push --db FILE --server URL\n"
        "  offkai team pull --server URL --db FILE\n"
        "  offkai --server URL team add-organizer NAME [--viewer] [--password-stdin]\n"
        "  offkai --server URL team remove-organizer NAME\n"
        "  offkai --server URL team organizers [--format text|json]\n"
        "  offkai --server URL team log [--organizer NAME] [--limit N] [--format text|json]\n"
        "push copies every row of the local database FILE into the team database URL, which must be\n"
        "empty; pull writes every row of the team database into FILE, a new file (an existing file is\n"
        "never replaced). Each is all or nothing: the copy's row counts are checked before it is kept.\n"
        "add-organizer lets the server user NAME read and change the team database (with --viewer: only\n"
        "read it); a new user is created with a generated password, printed once, or the one given on\n"
        "standard input. remove-organizer takes both away; organizers lists who has which role. Only\n"
        "the database's administrator (the user who set it up) changes roles. log lists the latest\n"
        "changes (100 unless --limit says), newest first: when, who, what and how.\n"
        "URL is postgresql://user@host:port/database; see offkai --help for the password.\n");
}

QCommandLineOption TeamCommand::serverOption()
{
    return QCommandLineOption(QStringLiteral("server"), tr("The team database."), tr("url"));
}

std::unique_ptr<Database> TeamCommand::openTeam(CommandOptions &options, const QCommandLineOption &server,
                                                const QString &globalServer)
{
    const QString url = options.isSet(server) ? options.value(server) : globalServer;
    if (url.isEmpty()) {
        Output::message(tr("Name the team database with --server URL.") + QLatin1Char('\n') + usage());
        return nullptr;
    }
    auto team = CommandLine::openServer(url);
    if (!team) {
        Output::message(team.error().toString());
        return nullptr;
    }
    return std::move(team).value();
}

int TeamCommand::run(const QStringList &arguments, const QString &db, const QString &server)
{
    return Subcommands(usage(), Subcommands::Unknown::NameTheProblem)
        .add(QStringLiteral("push"), [&](const QStringList &rest) { return push(rest, db, server); })
        .add(QStringLiteral("pull"), [&](const QStringList &rest) { return pull(rest, db, server); })
        .add(QStringLiteral("add-organizer"),
             [&](const QStringList &rest) { return TeamRolesCommand::add(rest, server); })
        .add(QStringLiteral("remove-organizer"),
             [&](const QStringList &rest) { return TeamRolesCommand::remove(rest, server); })
        .add(QStringLiteral("organizers"),
             [&](const QStringList &rest) { return TeamRolesCommand::list(rest, server); })
        .add(QStringLiteral("log"),
             [&](const QStringList &rest) { return TeamLogCommand::run(rest, server); })
        .run(arguments);
}

int TeamCommand::push(const QStringList &arguments, const QString &globalDb, const QString &globalServer)
{
    CommandOptions options(QStringLiteral("team push"), usage());
    const QCommandLineOption db(QStringLiteral("db"), tr("The local database file to copy."), tr("file"));
    const QCommandLineOption server(QStringLiteral("server"), tr("The empty team database to copy it into."),
                                    tr("url"));
    options.add({db, server});
    if (!options.parse(arguments, 0))
        return CommandLine::UsageError;
    const auto names = fileAndServer(options, db, server, globalDb, globalServer);
    if (!names)
        return CommandLine::UsageError;
    const QString file = QFileInfo(names->first).absoluteFilePath();
    if (!QFileInfo::exists(file)) {
        Output::message(tr("“%1” does not exist. Nothing was pushed.").arg(QDir::toNativeSeparators(file)));
        return CommandLine::Failure;
    }
    auto local = Database::open(file);
    if (!local) {
        Output::message(local.error().toString());
        return CommandLine::Failure;
    }
    auto team = CommandLine::openServer(names->second);
    if (!team) {
        Output::message(team.error().toString());
        return CommandLine::Failure;
    }
    const auto pushed = TeamTransfer::push(**local, **team);
    if (!pushed) {
        Output::message(pushed.error().toString());
        return CommandLine::Failure;
    }
    Output::data(tr("Pushed “%1” into the team database %2: %3.")
                     .arg(QDir::toNativeSeparators(file), (*team)->path(), whatWasCopied(*pushed)) +
                 QLatin1Char('\n'));
    return CommandLine::Success;
}

int TeamCommand::pull(const QStringList &arguments, const QString &globalDb, const QString &globalServer)
{
    CommandOptions options(QStringLiteral("team pull"), usage());
    const QCommandLineOption server(QStringLiteral("server"), tr("The team database to copy."), tr("url"));
    const QCommandLineOption db(QStringLiteral("db"), tr("The new local file to write."), tr("file"));
    options.add({server, db});
    if (!options.parse(arguments, 0))
        return CommandLine::UsageError;
    const auto names = fileAndServer(options, db, server, globalDb, globalServer);
    if (!names)
        return CommandLine::UsageError;
    const QString file = QFileInfo(names->first).absoluteFilePath();
    auto team = CommandLine::openServer(names->second);
    if (!team) {
        Output::message(team.error().toString());
        return CommandLine::Failure;
    }
    const auto pulled = TeamTransfer::pull((*team)->connection(), file);
    if (!pulled) {
        Output::message(pulled.error().toString());
        return CommandLine::Failure;
    }
    Output::data(tr("Pulled the team database %1 into “%2”: %3.")
                     .arg((*team)->path(), QDir::toNativeSeparators(file), whatWasCopied(*pulled)) +
                 QLatin1Char('\n'));
    return CommandLine::Success;
}

} // namespace offkai
