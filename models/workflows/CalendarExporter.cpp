#include "CalendarExporter.h"

#include "stores/EventStore.h"
#include "stores/SeriesStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"

#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

namespace offkai {

namespace {
/// How far an open-ended series is expanded to find the occurrences its holiday policy changes.
constexpr int kHorizonYears = 3;

/// An event written without the store (older demo data) may have no UID: it gets one made from its id and
/// creation time, the same on every export, which CalendarImporter recognises.
IcsEvent icsEvent(Event event, const QString &location)
{
    if (event.uid.isEmpty())
        event.uid = CalendarExporter::fallbackUid(event);
    return IcsEvent{event, location, true, true, std::nullopt};
}
} // namespace

QString CalendarExporter::fallbackUid(const Event &event)
{
    return QStringLiteral("offkai-event-%1-%2@offkai")
        .arg(event.id)
        .arg(event.createdAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
}

CalendarExporter::CalendarExporter(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<QString> CalendarExporter::locationOf(qint64 venueId) const
{
    if (venueId <= 0)
        return QString();
    if (auto known = m_locations.constFind(venueId); known != m_locations.constEnd())
        return *known;
    auto venue = m_workspace.venues().get(venueId);
    if (!venue)
        return venue.error();
    const QString location = venue->address.trimmed().isEmpty()
                                 ? venue->name.trimmed()
                                 : venue->name.trimmed() + QStringLiteral(", ") + venue->address.trimmed();
    m_locations.insert(venueId, location);
    return location;
}

Result<IcsSeries> CalendarExporter::seriesItem(const Series &series, const QList<Event> &confirmed,
                                               const QDate &until) const
{
    IcsSeries item;
    item.series = series;
    auto location = locationOf(series.venueId);
    if (!location)
        return location.error();
    item.location = *location;
    for (const Event &e : confirmed) {
        auto where = locationOf(e.venueId);
        if (!where)
            return where.error();
        item.confirmed.append(icsEvent(e, *where));
    }
    if (series.holidayPolicy != Series::HolidayPolicy::Keep) {
        const QDate horizon =
            std::max({until, QDate::currentDate(), series.firstStart.date()}).addYears(kHorizonYears);
        auto occurrences = m_workspace.series().expand(series, series.firstStart.date(), horizon, true);
        if (!occurrences)
            return occurrences.error();
        for (const Occurrence &o : std::as_const(*occurrences)) {
            if (o.state == Occurrence::State::HolidayMoved || o.state == Occurrence::State::HolidaySkipped)
                item.holidayChanges.append(o);
        }
    }
    return item;
}

Result<CalendarExporter::Exported> CalendarExporter::exportRange(const QDate &from, const QDate &to,
                                                                 const Options &options) const
{
    auto events = m_workspace.events().allEvents();
    if (!events)
        return events.error();
    auto allSeries = m_workspace.series().all();
    if (!allSeries)
        return allSeries.error();
    const auto inRange = [&](const QDate &first, const QDate &last) {
        return first.isValid() && (!to.isValid() || first <= to) && (!from.isValid() || last >= from);
    };

    // The series with an occurrence (held or not) in the range.
    QHash<qint64, Series> chosen;
    const QDate until = to.isValid() ? to : QDate::currentDate().addYears(kHorizonYears);
    for (const Series &s : std::as_const(*allSeries)) {
        const QDate first = from.isValid() ? std::max(from, s.firstStart.date()) : s.firstStart.date();
        if (first > until)
            continue;
        auto occurrences = m_workspace.series().expand(s, first, until, true);
        if (!occurrences)
            return occurrences.error();
        if (!occurrences->isEmpty())
            chosen.insert(s.id, s);
    }

    Exported result;
    IcsWriter writer(options);
    QHash<qint64, QList<Event>> confirmed;
    for (const Event &event : std::as_const(*events)) {
        const bool confirmedOfChosen = event.seriesId > 0 && chosen.contains(event.seriesId);
        if (!confirmedOfChosen && !inRange(event.firstDay(), event.lastDay()))
            continue;
        if (!event.hasDay()) {
            ++result.leftOut;
            continue;
        }
        if (confirmedOfChosen) {
            confirmed[event.seriesId].append(event);
            continue;
        }
        auto location = locationOf(event.venueId);
        if (!location)
            return location.error();
        writer.addEvent(icsEvent(event, *location));
        ++result.events;
    }
    for (const Series &s : std::as_const(*allSeries)) {
        if (!chosen.contains(s.id))
            continue;
        auto item = seriesItem(s, confirmed.value(s.id), until);
        if (!item)
            return item.error();
        writer.addSeries(*item);
        ++result.series;
    }
    result.bytes = writer.toBytes();
    return result;
}

Result<CalendarExporter::Exported> CalendarExporter::exportEvent(qint64 eventId, const Options &options) const
{
    auto event = m_workspace.events().get(eventId);
    if (!event)
        return event.error();
    Exported result;
    if (!event->hasDay()) {
        return Error(Error::Code::Invalid,
                     tr("“%1” has no day yet, so it cannot be exported to a calendar.").arg(event->title));
    }
    auto location = locationOf(event->venueId);
    if (!location)
        return location.error();
    IcsWriter writer(options);
    writer.addEvent(icsEvent(*event, *location));
    result.events = 1;
    result.bytes = writer.toBytes();
    return result;
}

Result<CalendarExporter::Exported> CalendarExporter::exportSeries(qint64 seriesId,
                                                                  const Options &options) const
{
    auto series = m_workspace.series().get(seriesId);
    if (!series)
        return series.error();
    auto events = m_workspace.events().ofSeries(seriesId);
    if (!events)
        return events.error();
    QList<Event> confirmed = std::move(*events);
    confirmed.removeIf([](const Event &e) { return !e.hasDay(); });
    auto item = seriesItem(*series, confirmed, QDate::currentDate());
    if (!item)
        return item.error();
    IcsWriter writer(options);
    writer.addSeries(*item);
    Exported result;
    result.series = 1;
    result.bytes = writer.toBytes();
    return result;
}

Result<void> CalendarExporter::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(Error::Code::Io,
                     tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()), path);
    return {};
}

} // namespace offkai
