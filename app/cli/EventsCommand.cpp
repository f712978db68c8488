#include "EventsCommand.h"

#include "CommandLine.h"
#include "CommandParsing.h"
#include "exchange/AnnouncementWriter.h"
#include "exchange/CsvWriter.h"
#include "Output.h"
#include "records/Member.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "workflows/AnnouncementLoader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace offkai {

namespace {
QString usage()
{
    return EventsCommand::tr("Usage:\n"
                             "  offkai --db PATH events list [--from DATE] [--to DATE] [--format csv|json]\n"
                             "  offkai --db PATH events announce ID [--format markdown|text]\n"
                             "  offkai --db PATH events checkin ID --member MEMBER_ID\n"
                             "DATE is YYYY-MM-DD, the local day of each event in its own time zone.\n");
}

/// A YYYY-MM-DD option, or an invalid date when not given; `ok` is false after printing the problem.
QDate parseDate(const QCommandLineParser &parser, const QCommandLineOption &option, bool &ok)
{
    ok = true;
    if (!parser.isSet(option))
        return {};
    const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!date.isValid()) {
        Output::message(EventsCommand::tr("“%1” is not a date: use YYYY-MM-DD.").arg(parser.value(option)));
        ok = false;
    }
    return date;
}

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

int EventsCommand::run(Workspace &workspace, const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("list"))
        return list(workspace, arguments.mid(1));
    if (sub == QLatin1String("announce"))
        return announce(workspace, arguments.mid(1));
    if (sub == QLatin1String("checkin"))
        return checkIn(workspace, arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        Output::data(usage());
        return CommandLine::Success;
    }
    Output::message(usage());
    return CommandLine::UsageError;
}

int EventsCommand::list(Workspace &workspace, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), tr("Only events on or after this day."),
                                  tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Only events on or before this day."), tr("date"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: csv or json."), tr("format"),
                                    QStringLiteral("csv"));
    parser.addOptions({from, to, format});
    if (!CommandParsing::parse(parser, QStringLiteral("events list"), arguments, 0, usage()))
        return CommandLine::UsageError;
    bool fromOk = false;
    bool toOk = false;
    const QDate first = parseDate(parser, from, fromOk);
    const QDate last = parseDate(parser, to, toOk);
    if (!fromOk || !toOk)
        return CommandLine::UsageError;
    if (first.isValid() && last.isValid() && last < first) {
        Output::message(tr("--to is before --from."));
        return CommandLine::UsageError;
    }
    const QString chosen = parser.value(format);
    if (chosen != QLatin1String("csv") && chosen != QLatin1String("json")) {
        Output::message(tr("Unknown format “%1”: use csv or json.").arg(chosen));
        return CommandLine::UsageError;
    }

    auto events = workspace.events().all();
    if (!events) {
        Output::message(events.error().toString());
        return CommandLine::Failure;
    }
    CsvWriter csv;
    QJsonArray array;
    csv.addRow({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("type"),
                QStringLiteral("format"), QStringLiteral("status"), QStringLiteral("start"),
                QStringLiteral("end"), QStringLiteral("time_zone"), QStringLiteral("all_day"),
                QStringLiteral("tentative_from"), QStringLiteral("tentative_to"),
                QStringLiteral("tentative_note"), QStringLiteral("venue_id"), QStringLiteral("venue"),
                QStringLiteral("capacity"), QStringLiteral("going")});
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
        if (chosen == QLatin1String("csv")) {
            csv.addRow({QString::number(e.id), e.title, e.type, Event::formatKey(e.format),
                        Event::statusKey(e.status), isoText(e.start), isoText(e.end), zoneOf(e),
                        e.allDay ? QStringLiteral("1") : QStringLiteral("0"), isoText(e.tentativeFrom),
                        isoText(e.tentativeTo), e.tentativeNote,
                        e.venueId > 0 ? QString::number(e.venueId) : QString(), e.venueName,
                        e.capacity ? QString::number(*e.capacity) : QString(), QString::number(e.going)});
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
                                 {QStringLiteral("going"), e.going}});
    }
    Output::data(chosen == QLatin1String("csv")
                     ? csv.text()
                     : QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    return CommandLine::Success;
}

int EventsCommand::announce(Workspace &workspace, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: markdown or text."),
                                    tr("format"), QStringLiteral("markdown"));
    parser.addOption(format);
    if (!CommandParsing::parse(parser, QStringLiteral("events announce"), arguments, 1, usage()))
        return CommandLine::UsageError;
    const auto id = CommandParsing::id(parser.positionalArguments().constFirst(), tr("event"));
    if (!id)
        return CommandLine::UsageError;
    const QString chosen = parser.value(format);
    if (chosen != QLatin1String("markdown") && chosen != QLatin1String("text")) {
        Output::message(tr("Unknown format “%1”: use markdown or text.").arg(chosen));
        return CommandLine::UsageError;
    }
    auto input = AnnouncementLoader(workspace).load(*id);
    if (!input) {
        Output::message(input.error().toString());
        return CommandLine::Failure;
    }
    Output::data(AnnouncementWriter::write(*input, chosen == QLatin1String("markdown")
                                                       ? AnnouncementWriter::Format::Markdown
                                                       : AnnouncementWriter::Format::PlainText));
    return CommandLine::Success;
}

int EventsCommand::checkIn(Workspace &workspace, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption member(QStringLiteral("member"), tr("The member to check in."), tr("id"));
    parser.addOption(member);
    if (!CommandParsing::parse(parser, QStringLiteral("events checkin"), arguments, 1, usage()))
        return CommandLine::UsageError;
    const auto eventId = CommandParsing::id(parser.positionalArguments().constFirst(), tr("event"));
    if (!eventId)
        return CommandLine::UsageError;
    if (!parser.isSet(member)) {
        Output::message(tr("Name the member to check in with --member MEMBER_ID."));
        return CommandLine::UsageError;
    }
    const auto memberId = CommandParsing::id(parser.value(member), tr("member"));
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
    return CommandLine::Success;
}

} // namespace offkai
