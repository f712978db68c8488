#include "EventsCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "exchange/AnnouncementWriter.h"
#include "exchange/CsvWriter.h"
#include "Output.h"
#include "ParticipantImportCommand.h"
#include "records/Member.h"
#include "reports/HeadcountText.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "Subcommands.h"
#include "workflows/AnnouncementLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace offkai {

namespace {
QString isoText(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODate) : QString();
}

QString isoText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue jsonInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString zoneOf(const EventSummary &e)
{
    return e.start.isValid() ? QString::fromUtf8(e.start.timeZone().id()) : QString();
}
} // namespace

QString EventsCommand::usage()
{
    return EventsCommand::tr("Usage:\n"
                             "  offkai --db PATH events list [--from DATE] [--to DATE] [--format csv|json]\n"
                             "  offkai --db PATH events announce ID [--format markdown|text]\n"
                             "  offkai --db PATH events checkin ID --member MEMBER_ID\n"
                             "  offkai --db PATH events import-participants ID FILE\n"
                             "        [--source auto|connpass|peatix|doorkeeper|zoom] [--dry-run]\n"
                             "        [--format text|json]\n"
                             "DATE is YYYY-MM-DD, the local day of each event in its own time zone.\n");
}

int EventsCommand::run(Workspace &workspace, const QStringList &arguments)
{
    return Subcommands(usage())
        .add(QStringLiteral("list"), [&](const QStringList &rest) { return list(workspace, rest); })
        .add(QStringLiteral("announce"), [&](const QStringList &rest) { return announce(workspace, rest); })
        .add(QStringLiteral("checkin"), [&](const QStringList &rest) { return checkIn(workspace, rest); })
        .add(QStringLiteral("import-participants"),
             [&](const QStringList &rest) { return ParticipantImportCommand::run(workspace, rest, usage()); })
        .run(arguments);
}

int EventsCommand::list(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("events list"), usage());
    const QCommandLineOption from(QStringLiteral("from"), tr("Only events on or after this day."),
                                  tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Only events on or before this day."), tr("date"));
    options.add({from, to});
    options.addFormat({QStringLiteral("csv"), QStringLiteral("json")});
    if (!options.parse(arguments, 0))
        return CommandLine::UsageError;
    const auto range = options.dateRange(from, to);
    if (!range)
        return CommandLine::UsageError;
    const auto [first, last] = *range;
    const auto chosen = options.format();
    if (!chosen)
        return CommandLine::UsageError;

    auto events = workspace.events().all();
    if (!events) {
        Output::message(events.error().toString());
        return CommandLine::Failure;
    }
    CsvWriter csv;
    QJsonArray array;
    csv.addRow({QStringLiteral("id"),           QStringLiteral("title"),
                QStringLiteral("type"),         QStringLiteral("format"),
                QStringLiteral("status"),       QStringLiteral("start"),
                QStringLiteral("end"),          QStringLiteral("time_zone"),
                QStringLiteral("all_day"),      QStringLiteral("tentative_from"),
                QStringLiteral("tentative_to"), QStringLiteral("tentative_note"),
                QStringLiteral("venue_id"),     QStringLiteral("venue"),
                QStringLiteral("capacity"),     QStringLiteral("going"),
                QStringLiteral("registered"),   QStringLiteral("waitlisted"),
                QStringLiteral("declined"),     QStringLiteral("came"),
                QStringLiteral("walk_ins"),     QStringLiteral("places_left"),
                QStringLiteral("headcount")});
    for (const EventSummary &e : std::as_const(*events)) {
        // An event is listed when any of its local days (or its tentative range) meets [from, to]; one
        // without even a tentative range only when no range is asked for.
        if (first.isValid() || last.isValid()) {
            if (!e.firstDay().isValid())
                continue;
            if (first.isValid() && e.lastDay() < first)
                continue;
            if (last.isValid() && e.firstDay() > last)
                continue;
        }
        const Headcount &count = e.headcount;
        if (*chosen == QLatin1String("csv")) {
            csv.addRow({QString::number(e.id),
                        e.title,
                        e.type,
                        Event::formatKey(e.format),
                        Event::statusKey(e.status),
                        isoText(e.start),
                        isoText(e.end),
                        zoneOf(e),
                        e.allDay ? QStringLiteral("1") : QStringLiteral("0"),
                        isoText(e.tentativeFrom),
                        isoText(e.tentativeTo),
                        e.tentativeNote,
                        e.venueId > 0 ? QString::number(e.venueId) : QString(),
                        e.venueName,
                        e.capacity ? QString::number(*e.capacity) : QString(),
                        QString::number(count.takingPlaces),
                        QString::number(count.going),
                        QString::number(count.waitlisted),
                        QString::number(count.declined),
                        QString::number(count.attended),
                        QString::number(count.walkIns),
                        count.placesLeft() ? QString::number(*count.placesLeft()) : QString(),
                        HeadcountText::text(count)});
            continue;
        }
        array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("title"), e.title},
                                 {QStringLiteral("type"), e.type},
                                 {QStringLiteral("format"), Event::formatKey(e.format)},
                                 {QStringLiteral("status"), Event::statusKey(e.status)},
                                 {QStringLiteral("start"), jsonText(isoText(e.start))},
                                 {QStringLiteral("end"), jsonText(isoText(e.end))},
                                 {QStringLiteral("time_zone"), jsonText(zoneOf(e))},
                                 {QStringLiteral("all_day"), e.allDay},
                                 {QStringLiteral("tentative_from"), jsonText(isoText(e.tentativeFrom))},
                                 {QStringLiteral("tentative_to"), jsonText(isoText(e.tentativeTo))},
                                 {QStringLiteral("tentative_note"), jsonText(e.tentativeNote)},
                                 {QStringLiteral("venue_id"),
                                  e.venueId > 0 ? QJsonValue(e.venueId) : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("venue"), jsonText(e.venueName)},
                                 {QStringLiteral("capacity"), jsonInt(e.capacity)},
                                 {QStringLiteral("going"), count.takingPlaces},
                                 {QStringLiteral("registered"), count.going},
                                 {QStringLiteral("waitlisted"), count.waitlisted},
                                 {QStringLiteral("declined"), count.declined},
                                 {QStringLiteral("came"), count.attended},
                                 {QStringLiteral("walk_ins"), count.walkIns},
                                 {QStringLiteral("places_left"), jsonInt(count.placesLeft())},
                                 {QStringLiteral("headcount"), HeadcountText::text(count)}});
    }
    Output::data(*chosen == QLatin1String("csv")
                     ? csv.text()
                     : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    return CommandLine::Success;
}

int EventsCommand::announce(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("events announce"), usage());
    options.addFormat({QStringLiteral("markdown"), QStringLiteral("text")});
    if (!options.parse(arguments, 1))
        return CommandLine::UsageError;
    const auto id = options.positionalId(tr("event"));
    if (!id)
        return CommandLine::UsageError;
    const auto chosen = options.format();
    if (!chosen)
        return CommandLine::UsageError;
    auto input = AnnouncementLoader(workspace).load(*id);
    if (!input) {
        Output::message(input.error().toString());
        return CommandLine::Failure;
    }
    Output::data(AnnouncementWriter::write(*input, *chosen == QLatin1String("markdown")
                                                       ? AnnouncementWriter::Format::Markdown
                                                       : AnnouncementWriter::Format::PlainText));
    return CommandLine::Success;
}

int EventsCommand::checkIn(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("events checkin"), usage());
    const QCommandLineOption member(QStringLiteral("member"), tr("The member to check in."), tr("id"));
    options.add({member});
    if (!options.parse(arguments, 1))
        return CommandLine::UsageError;
    const auto eventId = options.positionalId(tr("event"));
    if (!eventId)
        return CommandLine::UsageError;
    if (!options.isSet(member)) {
        Output::message(tr("Name the member to check in with --member MEMBER_ID."));
        return CommandLine::UsageError;
    }
    const auto memberId = CommandOptions::id(options.value(member), tr("member"));
    if (!memberId)
        return CommandLine::UsageError;

    auto event = workspace.events().get(*eventId);
    if (!event) {
        Output::message(event.error().toString());
        return CommandLine::Failure;
    }
    auto person = workspace.members().get(*memberId);
    if (!person) {
        Output::message(person.error().toString());
        return CommandLine::Failure;
    }
    const auto localTime = [&](const QDateTime &utc) -> QString {
        return utc.toTimeZone(event->timeZone).time().toString(QStringLiteral("HH:mm"));
    };
    if (auto existing = workspace.participations().get(*eventId, *memberId); existing && existing->attended) {
        Output::data(tr("%1 was already checked in to “%2” at %3; nothing changed.\n")
                         .arg(person->displayName, event->title, localTime(existing->checkedInAt)));
        return CommandLine::Success;
    }
    auto done = workspace.participations().checkIn(*eventId, *memberId);
    if (!done) {
        Output::message(done.error().toString());
        return CommandLine::Failure;
    }
    Output::data((done->walkIn ? tr("Checked in %1 to “%2” at %3, as a walk-in.\n")
                               : tr("Checked in %1 to “%2” at %3.\n"))
                     .arg(person->displayName, event->title, localTime(done->checkedInAt)));
    if (auto count = workspace.participations().headcount(*eventId))
        Output::data(tr("People: %1\n").arg(HeadcountText::text(*count)));
    return CommandLine::Success;
}

} // namespace offkai
