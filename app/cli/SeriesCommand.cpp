#include "SeriesCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "exchange/CsvWriter.h"
#include "Output.h"
#include "scheduling/Recurrence.h"
#include "stores/SeriesSlotStore.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"
#include "Subcommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace offkai {

namespace {
const QStringList kFormats = {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")};

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString stateKey(const Candidate &c)
{
    if (c.occurrence.state == Occurrence::State::HolidaySkipped)
        return QStringLiteral("holiday");
    if (c.eventId > 0)
        return QStringLiteral("confirmed");
    return c.slot ? QStringLiteral("taken") : QStringLiteral("free");
}

QString stateText(const Candidate &c)
{
    if (c.occurrence.state == Occurrence::State::HolidaySkipped)
        return SeriesCommand::tr("skipped (%1)").arg(c.occurrence.holidayName);
    QString text = c.slot ? c.slot->memberName : SeriesCommand::tr("free");
    if (c.occurrence.state == Occurrence::State::HolidayMoved)
        text += QLatin1Char(' ') +
                SeriesCommand::tr("(moved from %1, %2)")
                    .arg(c.occurrence.occurrenceDate.toString(Qt::ISODate), c.occurrence.holidayName);
    if (c.eventId > 0)
        text += QLatin1Char(' ') + SeriesCommand::tr("[event %1]").arg(c.eventId);
    return text;
}
} // namespace

QString SeriesCommand::usage()
{
    return SeriesCommand::tr("Usage:\n"
                             "  offkai --db PATH series list [--format text|csv|json]\n"
                             "  offkai --db PATH series candidates ID [--count N] [--from DATE] "
                             "[--format text|csv|json]\n"
                             "DATE is YYYY-MM-DD (default: today); N is 1–500 (default: 8).\n");
}

int SeriesCommand::run(Workspace &workspace, const QStringList &arguments)
{
    return Subcommands(usage(), Subcommands::Unknown::NameTheProblem)
        .add(QStringLiteral("list"), [&](const QStringList &rest) { return list(workspace, rest); })
        .add(QStringLiteral("candidates"),
             [&](const QStringList &rest) { return candidates(workspace, rest); })
        .run(arguments);
}

int SeriesCommand::list(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("series list"), usage());
    options.addFormat(kFormats);
    if (!options.parse(arguments, 0))
        return CommandLine::UsageError;
    const auto chosen = options.format();
    if (!chosen)
        return CommandLine::UsageError;
    auto all = workspace.series().all();
    if (!all) {
        Output::message(all.error().toString());
        return CommandLine::Failure;
    }
    const QLocale locale;
    CsvWriter csv;
    csv.addRow({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("type"),
                QStringLiteral("rrule"), QStringLiteral("first_start"), QStringLiteral("time_zone"),
                QStringLiteral("duration_minutes"), QStringLiteral("holiday_policy"), QStringLiteral("uid")});
    QJsonArray array;
    QString text;
    for (const Series &s : std::as_const(*all)) {
        const QString duration = s.durationMinutes ? QString::number(*s.durationMinutes) : QString();
        const QString zone = QString::fromUtf8(s.timeZone.id());
        csv.addRow({QString::number(s.id), s.title, s.type, s.rrule, s.firstStart.toString(Qt::ISODate), zone,
                    duration, Series::holidayPolicyKey(s.holidayPolicy), s.uid});
        array.append(
            QJsonObject{{QStringLiteral("id"), s.id},
                        {QStringLiteral("title"), s.title},
                        {QStringLiteral("type"), s.type},
                        {QStringLiteral("rrule"), s.rrule},
                        {QStringLiteral("first_start"), s.firstStart.toString(Qt::ISODate)},
                        {QStringLiteral("time_zone"), zone},
                        {QStringLiteral("duration_minutes"),
                         s.durationMinutes ? QJsonValue(*s.durationMinutes) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("holiday_policy"), Series::holidayPolicyKey(s.holidayPolicy)},
                        {QStringLiteral("uid"), s.uid}});
        text += QStringLiteral("%1\t%2\t%3\n").arg(s.id).arg(s.title, Recurrence::describe(s.rrule, locale));
    }
    if (*chosen == QLatin1String("json"))
        Output::data(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    else
        Output::data(*chosen == QLatin1String("csv") ? csv.text() : text);
    return CommandLine::Success;
}

int SeriesCommand::candidates(Workspace &workspace, const QStringList &arguments)
{
    CommandOptions options(QStringLiteral("series candidates"), usage());
    const QCommandLineOption count(QStringLiteral("count"), tr("How many candidate dates to list."), tr("N"),
                                   QStringLiteral("8"));
    const QCommandLineOption from(QStringLiteral("from"), tr("The first day to look at (default: today)."),
                                  tr("date"));
    options.add({count, from});
    options.addFormat(kFormats);
    if (!options.parse(arguments, 1))
        return CommandLine::UsageError;
    const auto id = options.positionalId(tr("series"));
    if (!id)
        return CommandLine::UsageError;
    bool countOk = false;
    const int n = options.value(count).toInt(&countOk);
    if (!countOk || n < 1 || n > 500) {
        Output::message(tr("--count must be a number from 1 to 500, not “%1”.").arg(options.value(count)));
        return CommandLine::UsageError;
    }
    const auto fromDay = options.date(from);
    if (!fromDay)
        return CommandLine::UsageError;
    const QDate first = fromDay->isValid() ? *fromDay : QDate::currentDate();
    const auto chosen = options.format();
    if (!chosen)
        return CommandLine::UsageError;

    auto rows = workspace.seriesSlots().candidates(*id, first, n);
    if (!rows) {
        Output::message(rows.error().toString());
        return CommandLine::Failure;
    }
    CsvWriter csv;
    csv.addRow({QStringLiteral("id"), QStringLiteral("series_id"), QStringLiteral("start"),
                QStringLiteral("end"), QStringLiteral("state"), QStringLiteral("speaker_id"),
                QStringLiteral("speaker"), QStringLiteral("topic"), QStringLiteral("event_id"),
                QStringLiteral("holiday")});
    QJsonArray array;
    QString text;
    for (const Candidate &c : std::as_const(*rows)) {
        const Occurrence &o = c.occurrence;
        const QString start = o.start.toString(Qt::ISODate);
        const QString end = o.end.isValid() ? o.end.toString(Qt::ISODate) : QString();
        const QString speaker = c.slot ? c.slot->memberName : QString();
        const QString topic = c.slot ? c.slot->topic : QString();
        csv.addRow({o.occurrenceDate.toString(Qt::ISODate), QString::number(*id), start, end, stateKey(c),
                    c.slot ? QString::number(c.slot->memberId) : QString(), speaker, topic,
                    c.eventId > 0 ? QString::number(c.eventId) : QString(), o.holidayName});
        array.append(QJsonObject{{QStringLiteral("id"), o.occurrenceDate.toString(Qt::ISODate)},
                                 {QStringLiteral("series_id"), *id},
                                 {QStringLiteral("start"), start},
                                 {QStringLiteral("end"), jsonText(end)},
                                 {QStringLiteral("state"), stateKey(c)},
                                 {QStringLiteral("speaker_id"),
                                  c.slot ? QJsonValue(c.slot->memberId) : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("speaker"), jsonText(speaker)},
                                 {QStringLiteral("topic"), jsonText(topic)},
                                 {QStringLiteral("event_id"),
                                  c.eventId > 0 ? QJsonValue(c.eventId) : QJsonValue(QJsonValue::Null)},
                                 {QStringLiteral("holiday"), jsonText(o.holidayName)}});
        QString line =
            o.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char('\t') + stateText(c);
        if (!topic.isEmpty())
            line += QLatin1Char('\t') + topic;
        text += line + QLatin1Char('\n');
    }
    if (*chosen == QLatin1String("json"))
        Output::data(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    else
        Output::data(*chosen == QLatin1String("csv") ? csv.text() : text);
    return CommandLine::Success;
}

} // namespace offkai
