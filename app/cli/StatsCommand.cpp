#include "StatsCommand.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "exchange/CsvWriter.h"
#include "Output.h"
#include "records/StatsFigures.h"
#include "stores/CommunityStats.h"
#include "stores/EventStore.h"
#include "stores/SeriesStore.h"
#include "stores/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace offkai {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString monthText(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QJsonValue rate(double value)
{
    return QJsonValue(qRound(value * 10000.0) / 10000.0);
}

QString percent(double value)
{
    return QString::number(value * 100.0, 'f', 1) + QLatin1Char('%');
}

QString csvValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number);
    }
    return value.toString();
}

} // namespace

QString StatsCommand::usage()
{
    return tr("Usage:\n"
              "  offkai --db PATH stats [--from DATE] [--to DATE] [--series ID] [--type KEY]\n"
              "                         [--format text|csv|json]\n"
              "The community's figures for a period: members, events, attendance, repeat rate, cohorts,\n"
              "no-shows, who came and the speakers. DATE is YYYY-MM-DD; without --from the period starts\n"
              "at the first record, without --to it ends today (or on the last scheduled event).\n"
              "--series and --type keep the events of one series or one event type.\n"
              "json: an array of objects with an \"id\": period, members.active, members.joined,\n"
              "members.left, members.applicants, members.without_join_date, members.referred,\n"
              "members.YYYY-MM, referrer.ID, events.held, events.attendance, attendees, repeat_rate,\n"
              "events.YYYY-MM, event.ID, cohort.YYYY-MM, no_shows.type.KEY, no_shows.lead_time.KEY,\n"
              "mix.occupation, mix.industry, mix.region, speaker.ID, talk.SERIES.DATE.\n"
              "csv: one row per object: id, label, then its other fields in a fixed order for each kind\n"
              "of id (event.ID: date, dated, type, capacity, registered, came, walk_ins, no_shows,\n"
              "first_timers).\n");
}

int StatsCommand::run(Workspace &workspace, const QStringList &arguments)
{
    if (arguments.value(0) == QLatin1String("--help") || arguments.value(0) == QLatin1String("-h")) {
        Output::data(usage());
        return CommandLine::Success;
    }
    CommandOptions options(QStringLiteral("stats"), usage());
    const QCommandLineOption from(QStringLiteral("from"), tr("First day of the period."), tr("date"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day of the period."), tr("date"));
    const QCommandLineOption series(QStringLiteral("series"), tr("Only the events of this series."),
                                    tr("id"));
    const QCommandLineOption type(QStringLiteral("type"), tr("Only the events of this type."), tr("key"));
    options.add({from, to, series, type});
    options.addFormat({QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json")});
    if (!options.parse(arguments, 0))
        return CommandLine::UsageError;
    const auto range = options.dateRange(from, to);
    if (!range)
        return CommandLine::UsageError;
    const auto chosen = options.format();
    if (!chosen)
        return CommandLine::UsageError;
    StatsPeriod period;
    period.from = range->first;
    period.to = range->second;
    if (options.isSet(series)) {
        const auto id = CommandOptions::id(options.value(series), tr("series"));
        if (!id)
            return CommandLine::UsageError;
        auto found = workspace.series().get(*id);
        if (!found) {
            Output::message(found.error().code() == Error::Code::NotFound
                                ? tr("There is no series with ID %1.").arg(*id)
                                : found.error().toString());
            return found.error().code() == Error::Code::NotFound ? CommandLine::UsageError
                                                                 : CommandLine::Failure;
        }
        period.seriesId = *id;
    }
    if (options.isSet(type)) {
        auto found = workspace.events().type(options.value(type));
        if (!found) {
            Output::message(found.error().code() == Error::Code::NotFound
                                ? tr("There is no event type “%1”.").arg(options.value(type))
                                : found.error().toString());
            return found.error().code() == Error::Code::NotFound ? CommandLine::UsageError
                                                                 : CommandLine::Failure;
        }
        period.eventType = options.value(type);
    }

    auto figures = workspace.stats().dashboard(period, QDate::currentDate());
    if (!figures) {
        Output::message(figures.error().toString());
        return figures.error().code() == Error::Code::Invalid ? CommandLine::UsageError
                                                              : CommandLine::Failure;
    }
    if (*chosen == QLatin1String("json"))
        Output::data(json(StatsCommand::figures(*figures)));
    else if (*chosen == QLatin1String("csv"))
        Output::data(csv(StatsCommand::figures(*figures)));
    else
        Output::data(text(*figures));
    return CommandLine::Success;
}

QList<StatsCommand::Figure> StatsCommand::figures(const DashboardFigures &f)
{
    QList<Figure> list;
    const auto add = [&list](const QString &id, const QString &label,
                             QList<std::pair<QString, QJsonValue>> values) {
        list.append(Figure{id, label, std::move(values)});
    };
    const auto value = [&add](const QString &id, const QJsonValue &v) {
        add(id, QString(), {{QStringLiteral("value"), v}});
    };
    add(QStringLiteral("period"), QString(),
        {{QStringLiteral("from"), isoDate(f.period.from)},
         {QStringLiteral("to"), isoDate(f.period.to)},
         {QStringLiteral("series"), f.period.seriesId ? QJsonValue(*f.period.seriesId) : QJsonValue()},
         {QStringLiteral("type"),
          f.period.eventType.isEmpty() ? QJsonValue() : QJsonValue(f.period.eventType)}});
    const MemberGrowth &g = f.growth;
    value(QStringLiteral("members.active"), g.activeAtEnd);
    value(QStringLiteral("members.joined"), g.joined);
    value(QStringLiteral("members.left"), g.left);
    value(QStringLiteral("members.applicants"), g.applicantsWaiting);
    value(QStringLiteral("members.without_join_date"), g.withoutJoinDate);
    value(QStringLiteral("members.referred"), g.referredJoined);
    for (const MonthMembers &m : g.months) {
        add(QStringLiteral("members.") + monthText(m.month), QString(),
            {{QStringLiteral("joined"), m.joined},
             {QStringLiteral("left"), m.left},
             {QStringLiteral("active"), m.activeTotal}});
    }
    for (const Referrer &r : g.topReferrers)
        add(QStringLiteral("referrer.%1").arg(r.memberId), r.name, {{QStringLiteral("brought"), r.brought}});
    value(QStringLiteral("events.held"), f.totals.events);
    value(QStringLiteral("events.attendance"), f.totals.attendance);
    value(QStringLiteral("attendees"), f.totals.distinctAttendees);
    add(QStringLiteral("repeat_rate"), QString(),
        {{QStringLiteral("value"), rate(f.repeatRate.rate())},
         {QStringLiteral("repeaters"), f.repeatRate.repeaters},
         {QStringLiteral("attendees"), f.repeatRate.attendees}});
    for (const MonthEvents &m : f.eventsPerMonth) {
        add(QStringLiteral("events.") + monthText(m.month), QString(),
            {{QStringLiteral("events"), m.events}, {QStringLiteral("attendance"), m.attendance}});
    }
    for (const EventAttendance &a : f.attendance) {
        add(QStringLiteral("event.%1").arg(a.eventId), a.title,
            {{QStringLiteral("date"), isoDate(a.date)},
             {QStringLiteral("dated"), a.dated},
             {QStringLiteral("type"), a.eventType},
             {QStringLiteral("capacity"), a.capacity ? QJsonValue(*a.capacity) : QJsonValue()},
             {QStringLiteral("registered"), a.registered},
             {QStringLiteral("came"), a.came},
             {QStringLiteral("walk_ins"), a.walkIns},
             {QStringLiteral("no_shows"), a.past ? QJsonValue(a.noShows) : QJsonValue()},
             {QStringLiteral("first_timers"), a.firstTimers}});
    }
    for (const CohortRow &c : f.cohorts) {
        QList<std::pair<QString, QJsonValue>> values{{QStringLiteral("joined"), c.joined}};
        for (int i = 0; i < 4; ++i) {
            // A window that has not ended yet is still open: its count is null.
            values.append({QStringLiteral("within_%1m").arg(CohortRow::kWindows[i]),
                           c.complete[i] ? QJsonValue(c.within[i]) : QJsonValue()});
        }
        add(QStringLiteral("cohort.") + monthText(c.month), QString(), values);
    }
    const auto noShows = [&add](const QString &prefix, const QList<NoShowGroup> &groups) {
        for (const NoShowGroup &n : groups) {
            add(prefix + n.key, QString(),
                {{QStringLiteral("rate"), rate(n.rate())},
                 {QStringLiteral("no_shows"), n.noShows},
                 {QStringLiteral("registered"), n.registered}});
        }
    };
    noShows(QStringLiteral("no_shows.type."), f.noShowsByType);
    noShows(QStringLiteral("no_shows.lead_time."), f.noShowsByLeadTime);
    const auto mix = [&add](const QString &id, const QList<MixRow> &rows) {
        for (const MixRow &m : rows)
            add(id, m.key, {{QStringLiteral("attendees"), m.attendees}});
    };
    mix(QStringLiteral("mix.occupation"), f.occupations);
    mix(QStringLiteral("mix.industry"), f.industries);
    mix(QStringLiteral("mix.region"), f.regions);
    for (const SpeakerTalks &s : f.speakers)
        add(QStringLiteral("speaker.%1").arg(s.memberId), s.name, {{QStringLiteral("talks"), s.talks}});
    for (const UpcomingTalk &t : f.upcomingTalks) {
        add(QStringLiteral("talk.%1.%2").arg(t.seriesId).arg(isoDate(t.date)), t.seriesTitle,
            {{QStringLiteral("speaker"), t.speakerName},
             {QStringLiteral("member_id"), t.memberId},
             {QStringLiteral("topic"), t.topic}});
    }
    return list;
}

QString StatsCommand::json(const QList<Figure> &figures)
{
    QJsonArray array;
    for (const Figure &figure : figures) {
        QJsonObject object{{QStringLiteral("id"), figure.id}};
        if (!figure.label.isNull())
            object.insert(QStringLiteral("label"), figure.label);
        for (const auto &[name, v] : figure.values)
            object.insert(name, v);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString StatsCommand::csv(const QList<Figure> &figures)
{
    CsvWriter writer;
    writer.addRow({QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("values")});
    for (const Figure &figure : figures) {
        QStringList row{figure.id, figure.label};
        for (const auto &[name, v] : figure.values)
            row.append(csvValue(v));
        writer.addRow(row);
    }
    return writer.text();
}

QString StatsCommand::text(const DashboardFigures &f)
{
    QString out;
    const auto line = [&out](const QString &text) {
        out += text + QLatin1Char('\n');
    };
    line(tr("Period: %1 to %2").arg(isoDate(f.period.from), isoDate(f.period.to)));
    const MemberGrowth &g = f.growth;
    line(tr("Members: %1 at the end of the period (%2 joined, %3 left); %4 applicants waiting")
             .arg(g.activeAtEnd)
             .arg(g.joined)
             .arg(g.left)
             .arg(g.applicantsWaiting));
    if (g.withoutJoinDate > 0)
        line(tr("  of them %1 without a join date, counted as members all along").arg(g.withoutJoinDate));
    line(tr("Events held: %1, attendance %2, %3 different people; repeat rate %4 (%5 came twice or more)")
             .arg(f.totals.events)
             .arg(f.totals.attendance)
             .arg(f.totals.distinctAttendees)
             .arg(percent(f.totals.repeatRate))
             .arg(f.totals.repeaters));
    line(QString());
    line(tr("Month    Joined  Left  Members  Events  Attendance"));
    for (qsizetype i = 0; i < g.months.size() && i < f.eventsPerMonth.size(); ++i) {
        const MonthMembers &m = g.months.at(i);
        const MonthEvents &e = f.eventsPerMonth.at(i);
        line(QStringLiteral("%1  %2  %3  %4  %5  %6")
                 .arg(monthText(m.month))
                 .arg(m.joined, 6)
                 .arg(m.left, 4)
                 .arg(m.activeTotal, 7)
                 .arg(e.events, 6)
                 .arg(e.attendance, 10));
    }
    if (!g.topReferrers.isEmpty()) {
        line(QString());
        line(
            tr("Brought the most new members (%1 of those who joined were referred):").arg(g.referredJoined));
        for (const Referrer &r : g.topReferrers)
            line(QStringLiteral("  %1  %2").arg(r.brought, 3).arg(r.name));
    }
    if (!f.attendance.isEmpty()) {
        line(QString());
        line(tr("Last events:"));
        for (const EventAttendance &a : f.attendance) {
            const QString when = a.dated ? isoDate(a.date) : tr("%1 (no day yet)").arg(monthText(a.date));
            QString numbers = tr("registered %1, came %2 (%3 walk-ins, %4 first-timers)")
                                  .arg(a.registered)
                                  .arg(a.came)
                                  .arg(a.walkIns)
                                  .arg(a.firstTimers);
            if (a.past)
                numbers += tr(", %1 no-shows").arg(a.noShows);
            line(QStringLiteral("  %1  %2: %3").arg(when, a.title, numbers));
        }
    }
    if (!f.cohorts.isEmpty()) {
        line(QString());
        line(tr("Came to an event within 1, 3, 6 and 12 months of joining (… = not over yet):"));
        for (const CohortRow &c : f.cohorts) {
            QStringList shares;
            for (int i = 0; i < 4; ++i)
                shares.append(c.complete[i] ? percent(c.share(i)) : QStringLiteral("…"));
            line(tr("  joined %1: %2 members; %3")
                     .arg(monthText(c.month))
                     .arg(c.joined)
                     .arg(shares.join(QStringLiteral(", "))));
        }
    }
    if (!f.noShowsByType.isEmpty()) {
        line(QString());
        line(tr("No-shows by event type (how far ahead people registered is not recorded):"));
        for (const NoShowGroup &n : f.noShowsByType)
            line(
                tr("  %1: %2 of %3 (%4)").arg(n.key).arg(n.noShows).arg(n.registered).arg(percent(n.rate())));
    }
    const auto mix = [&line](const QString &title, const QList<MixRow> &rows) {
        if (rows.isEmpty())
            return;
        line(QString());
        line(title);
        for (const MixRow &m : rows)
            line(QStringLiteral("  %1  %2")
                     .arg(m.attendees, 5)
                     .arg(m.key.isEmpty() ? tr("(not given)") : m.key));
    };
    mix(tr("Attendees by occupation:"), f.occupations);
    mix(tr("Attendees by industry:"), f.industries);
    mix(tr("Attendees by region:"), f.regions);
    if (!f.speakers.isEmpty()) {
        line(QString());
        line(tr("Talks per speaker:"));
        for (const SpeakerTalks &s : f.speakers)
            line(QStringLiteral("  %1  %2").arg(s.talks, 3).arg(s.name));
    }
    if (!f.upcomingTalks.isEmpty()) {
        line(QString());
        line(tr("Next talks:"));
        for (const UpcomingTalk &t : f.upcomingTalks)
            line(QStringLiteral("  %1  %2: %3 (%4)")
                     .arg(isoDate(t.date), t.seriesTitle, t.speakerName, t.topic));
    }
    return out;
}

} // namespace offkai
