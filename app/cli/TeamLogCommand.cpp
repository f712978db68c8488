#include "TeamLogCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "Output.h"
#include "storage/Database.h"
#include "stores/ChangeLog.h"
#include "TeamCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace offkai {

int TeamLogCommand::run(const QStringList &arguments, const QString &globalServer)
{
    CommandOptions options(QStringLiteral("team log"), TeamCommand::usage());
    const QCommandLineOption server = TeamCommand::serverOption();
    const QCommandLineOption organizer(QStringLiteral("organizer"), tr("Only the changes of this organizer."),
                                       tr("name"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most this many changes (100 by default)."),
                                   tr("n"));
    options.add({server, organizer, limit});
    options.addFormat({QStringLiteral("text"), QStringLiteral("json")});
    if (!options.parse(arguments, 0))
        return CommandLine::UsageError;
    const auto format = options.format();
    if (!format)
        return CommandLine::UsageError;
    int most = kDefaultLimit;
    if (options.isSet(limit)) {
        bool ok = false;
        most = options.value(limit).toInt(&ok);
        if (!ok || most < 1) {
            Output::message(
                tr("--limit takes a whole number of 1 or more, not “%1”.").arg(options.value(limit)) +
                QLatin1Char('\n') + TeamCommand::usage());
            return CommandLine::UsageError;
        }
    }
    const auto team = TeamCommand::openTeam(options, server, globalServer);
    if (!team)
        return CommandLine::Failure;
    const ChangeLog log(*team);
    const auto entries = log.latest(most, options.isSet(organizer) ? options.value(organizer) : QString());
    if (!entries) {
        Output::message(entries.error().toString());
        return CommandLine::Failure;
    }
    if (*format == QLatin1String("json")) {
        QJsonArray array;
        for (const ChangeLogEntry &e : *entries)
            array.append(QJsonObject{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                {QStringLiteral("organizer"), e.organizer},
                {QStringLiteral("kind"), ChangeLogEntry::tableOf(e.kind)},
                {QStringLiteral("record_id"), e.recordId},
                {QStringLiteral("record"), e.recordName.isEmpty() ? QJsonValue() : QJsonValue(e.recordName)},
                {QStringLiteral("change"), ChangeLogEntry::operationKey(e.operation)}});
        Output::data(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return CommandLine::Success;
    }
    QString text;
    const QLocale locale;
    for (const ChangeLogEntry &e : *entries)
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.organizer,
                         ChangeLogEntry::kindLabel(e.kind), e.recordText(),
                         ChangeLogEntry::operationLabel(e.operation));
    Output::data(text);
    return CommandLine::Success;
}

} // namespace offkai
