#include "TeamRolesCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "Output.h"
#include "storage/Database.h"
#include "storage/TeamRoles.h"
#include "TeamCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace offkai {

int TeamRolesCommand::add(const QStringList &arguments, const QString &globalServer)
{
    CommandOptions options(QStringLiteral("team add-organizer"), TeamCommand::usage());
    const QCommandLineOption server = TeamCommand::serverOption();
    const QCommandLineOption viewer(QStringLiteral("viewer"),
                                    tr("Read only: may see but not change anything."));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           tr("Read a new user's password from standard input."));
    options.add({server, viewer, passwordStdin});
    options.addPositional(tr("name"), tr("The user name on the database server."));
    if (!options.parse(arguments, 1))
        return CommandLine::UsageError;
    const QString name = options.positionalArguments().constFirst();
    QString password;
    if (options.isSet(passwordStdin)) {
        password = CommandOptions::readStdin();
        if (password.isEmpty()) {
            Output::message(tr("--password-stdin read no password. Nothing was changed."));
            return CommandLine::UsageError;
        }
    }
    const auto team = TeamCommand::openTeam(options, server, globalServer);
    if (!team)
        return CommandLine::Failure;
    const auto role = options.isSet(viewer) ? TeamRoles::Role::Viewer : TeamRoles::Role::Organizer;
    const auto added = TeamRoles::add(team->connection(), name, role, password);
    if (!added) {
        Output::message(added.error().toString());
        return CommandLine::Failure;
    }
    QString text = role == TeamRoles::Role::Viewer
                       ? tr("%1 is now a viewer of the team database %2: they may read it but not change it.")
                       : tr("%1 is now an organizer of the team database %2: they may read and change it.");
    text = text.arg(name, team->path());
    if (added->hadRole && added->previous != role)
        text +=
            QLatin1Char(' ') + tr("(Before, they were a %1.)").arg(TeamRoles::displayName(added->previous));
    text += QLatin1Char('\n');
    if (added->created && !options.isSet(passwordStdin))
        text += tr("A new user %1 was created on the server with this password; give it to them privately "
                   "(they can change it later):")
                    .arg(name) +
                QLatin1Char('\n') + added->password + QLatin1Char('\n');
    Output::data(text);
    return CommandLine::Success;
}

int TeamRolesCommand::remove(const QStringList &arguments, const QString &globalServer)
{
    CommandOptions options(QStringLiteral("team remove-organizer"), TeamCommand::usage());
    const QCommandLineOption server = TeamCommand::serverOption();
    options.add({server});
    options.addPositional(tr("name"), tr("The user name on the database server."));
    if (!options.parse(arguments, 1))
        return CommandLine::UsageError;
    const QString name = options.positionalArguments().constFirst();
    const auto team = TeamCommand::openTeam(options, server, globalServer);
    if (!team)
        return CommandLine::Failure;
    if (auto removed = TeamRoles::remove(team->connection(), name); !removed) {
        Output::message(removed.error().toString());
        return CommandLine::Failure;
    }
    Output::data(tr("%1 can no longer read or change the team database %2.").arg(name, team->path()) +
                 QLatin1Char('\n'));
    return CommandLine::Success;
}

int TeamRolesCommand::list(const QStringList &arguments, const QString &globalServer)
{
    CommandOptions options(QStringLiteral("team organizers"), TeamCommand::usage());
    const QCommandLineOption server = TeamCommand::serverOption();
    options.add({server});
    options.addFormat({QStringLiteral("text"), QStringLiteral("json")});
    if (!options.parse(arguments, 0))
        return CommandLine::UsageError;
    const auto format = options.format();
    if (!format)
        return CommandLine::UsageError;
    const auto team = TeamCommand::openTeam(options, server, globalServer);
    if (!team)
        return CommandLine::Failure;
    const auto people = TeamRoles::list(team->connection());
    if (!people) {
        Output::message(people.error().toString());
        return CommandLine::Failure;
    }
    if (*format == QLatin1String("json")) {
        QJsonArray array;
        for (const TeamRoles::Person &person : *people)
            array.append(QJsonObject{{QStringLiteral("id"), person.id},
                                     {QStringLiteral("name"), person.name},
                                     {QStringLiteral("role"), TeamRoles::key(person.role)},
                                     {QStringLiteral("can_log_in"), person.canLogIn}});
        Output::data(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return CommandLine::Success;
    }
    QString text;
    for (const TeamRoles::Person &person : *people)
        text += QStringLiteral("%1\t%2\n").arg(person.name, TeamRoles::displayName(person.role));
    Output::data(text);
    return CommandLine::Success;
}

} // namespace offkai
