#include "ConflictFinder.h"

#include "stores/EventStore.h"
#include "stores/SeriesStore.h"

namespace offkai {

namespace {
bool isOnline(Event::Format format)
{
    return format == Event::Format::Online || format == Event::Format::Hybrid;
}

bool overlaps(const QDateTime &aStart, const QDateTime &aEnd, const QDateTime &bStart, const QDateTime &bEnd)
{
    return aStart < ConflictFinder::effectiveEnd(bStart, bEnd) &&
           bStart < ConflictFinder::effectiveEnd(aStart, aEnd);
}
} // namespace

QString Conflict::message(const QLocale &locale) const
{
    QString when = Event::timeText(start.time(), locale);
    if (end.isValid())
        when += QStringLiteral("–") + Event::timeText(end.time(), locale);
    when = Event::dateText(start.date(), locale) + QLatin1Char(' ') + when;
    return kind == Kind::SameVenue
               ? tr("Overlaps “%1” (%2) at the same venue.").arg(title, when)
               : tr("The host also hosts “%1” (%2) online at the same time.").arg(title, when);
}

ConflictFinder::ConflictFinder(EventStore &events, SeriesStore &series)
    : m_events(events)
    , m_series(series)
{}

QDateTime ConflictFinder::effectiveEnd(const QDateTime &start, const QDateTime &end)
{
    return end.isValid() && end > start ? end : start.addSecs(2 * 3600);
}

Result<QList<Conflict>> ConflictFinder::conflictsFor(const Event &e) const
{
    QList<Conflict> found;
    if (!e.hasDay() || e.status == Event::Status::Cancelled)
        return found;
    const bool venueMatters = e.venueId > 0 && e.format != Event::Format::Online;
    const bool hostMatters = e.hostMemberId > 0 && isOnline(e.format);
    if (!venueMatters && !hostMatters)
        return found;
    const QDate from = e.start.date().addDays(-1);
    const QDate to = effectiveEnd(e.start, e.end).date().addDays(1);

    auto events = m_events.between(from, to);
    if (!events)
        return events.error();
    for (const EventSummary &s : std::as_const(*events)) {
        if (s.id == e.id || !s.hasDay() || s.status == Event::Status::Cancelled ||
            !overlaps(e.start, e.end, s.start, s.end))
            continue;
        if (venueMatters && s.venueId == e.venueId && s.format != Event::Format::Online) {
            found.append({Conflict::Kind::SameVenue, s.id, s.seriesId, s.title, s.start, s.end});
            continue;
        }
        if (hostMatters && isOnline(s.format)) {
            auto other = m_events.get(s.id);
            if (!other)
                return other.error();
            if (other->hostMemberId == e.hostMemberId)
                found.append({Conflict::Kind::SameHost, s.id, s.seriesId, s.title, s.start, s.end});
        }
    }

    auto series = m_series.all();
    if (!series)
        return series.error();
    for (const Series &s : std::as_const(*series)) {
        const bool sameVenue = venueMatters && s.venueId == e.venueId && s.format != Event::Format::Online;
        const bool sameHost = hostMatters && s.hostMemberId == e.hostMemberId && isOnline(s.format);
        if (!sameVenue && !sameHost)
            continue;
        auto planned = m_series.occurrences(QList<Series>{s}, from, to);
        if (!planned)
            return planned.error();
        for (const Occurrence &o : std::as_const(*planned)) {
            if (s.id == e.seriesId && o.occurrenceDate == e.occurrenceDate)
                continue; // the event is this occurrence, being confirmed or edited
            if (!overlaps(e.start, e.end, o.start, o.end))
                continue;
            found.append({sameVenue ? Conflict::Kind::SameVenue : Conflict::Kind::SameHost, 0, s.id, s.title,
                          o.start, o.end});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Conflict &a, const Conflict &b) { return a.start < b.start; });
    return found;
}

} // namespace offkai
