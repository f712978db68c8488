#include "ReportContextLoader.h"

#include "stores/CommunitySettingsStore.h"
#include "stores/CommunityStats.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/OccupationCatalog.h"
#include "stores/ParticipationStore.h"
#include "stores/ReportStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"

#include <QCollator>
#include <QHash>

namespace offkai {

ReportContextLoader::ReportContextLoader(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<ReportContext> ReportContextLoader::load(qint64 eventId, qint64 authorId, qint64 excludeReportId) const
{
    ReportContext context;
    auto event = m_workspace.events().get(eventId);
    if (!event)
        return event.error();
    context.event = *event;
    if (event->venueId > 0) {
        auto venue = m_workspace.venues().get(event->venueId);
        if (!venue)
            return venue.error();
        context.venue = *venue;
    }
    auto type = m_workspace.events().type(event->type);
    context.eventTypeName = type ? type->displayName() : EventType::builtInName(event->type);
    auto people = attendees(eventId);
    if (!people)
        return people.error();
    context.attendees = *people;
    auto headcount = m_workspace.participations().headcount(eventId);
    if (!headcount)
        return headcount.error();
    context.headcount = *headcount;
    auto next = nextEvents(*event);
    if (!next)
        return next.error();
    context.nextEvents = *next;
    auto settings = m_workspace.settings().load();
    if (!settings)
        return settings.error();
    context.nextMonths = settings->nextTimeMonths;
    auto previous = previousReport(*event, excludeReportId);
    if (!previous)
        return previous.error();
    context.previous = *previous;
    auto figures = communityFigures(*event);
    if (!figures)
        return figures.error();
    context.communityFigures = *figures;
    if (authorId > 0) {
        auto author = m_workspace.members().get(authorId);
        if (author)
            context.authorName = author->displayName;
    }
    return context;
}

Result<QList<ReportAttendee>> ReportContextLoader::attendees(qint64 eventId) const
{
    auto catalogue = m_workspace.occupations().all();
    QHash<QString, QString> labels;
    if (catalogue) {
        for (const Occupation &o : std::as_const(*catalogue))
            labels.insert(o.key, o.displayLabel());
    }
    // Only the fields a report may show: never emails, phones, notes or join answers.
    auto found = m_workspace.participations().reportAttendees(eventId);
    if (!found)
        return found.error();
    QList<ReportAttendee> list = std::move(found).value();
    for (ReportAttendee &a : list) {
        a.occupationLabel = a.occupation.isEmpty()
                                ? QString()
                                : labels.value(a.occupation, Occupation::builtInLabel(a.occupation));
    }
    QCollator collator(QLocale(QLocale::Japanese, QLocale::Japan));
    std::stable_sort(list.begin(), list.end(), [&collator](const ReportAttendee &x, const ReportAttendee &y) {
        const QString kx = x.reading.isEmpty() ? x.displayName : x.reading;
        const QString ky = y.reading.isEmpty() ? y.displayName : y.reading;
        return collator.compare(kx, ky) < 0;
    });
    return list;
}

Result<QList<Event>> ReportContextLoader::nextEvents(const Event &event) const
{
    // Scheduled events of the same type that start after this one, and tentative ones whose window ends
    // after its day: the "next time" of seed 000.
    const QDate after = event.hasDay() ? event.lastDay() : event.tentativeTo;
    auto all = m_workspace.events().all();
    if (!all)
        return all.error();
    QList<Event> next;
    for (const EventSummary &s : std::as_const(*all)) {
        if (s.id == event.id || s.status == Event::Status::Cancelled || s.status == Event::Status::Done)
            continue;
        const bool sameFamily = s.type == event.type || (event.type.endsWith(QLatin1String("_meetup")) &&
                                                         s.type.endsWith(QLatin1String("_meetup")));
        if (!sameFamily)
            continue;
        const QDate day =
            s.start.isValid() ? s.start.date() : (s.tentativeTo.isValid() ? s.tentativeTo : s.tentativeFrom);
        if (after.isValid() && day.isValid() && day <= after)
            continue;
        auto full = m_workspace.events().get(s.id);
        if (!full)
            return full.error();
        next.append(*full);
    }
    // All of them: the template's `next` block keeps those within its window, in date order.
    std::stable_sort(next.begin(), next.end(),
                     [](const Event &a, const Event &b) { return a.firstDay() < b.firstDay(); });
    return next;
}

Result<std::optional<PreviousReport>> ReportContextLoader::previousReport(const Event &event,
                                                                          qint64 excludeReportId) const
{
    auto found = m_workspace.reports().previousReport(event, excludeReportId);
    if (!found || !*found)
        return found;
    PreviousReport previous = **found;
    auto e = m_workspace.events().get(previous.event.id);
    if (!e)
        return e.error();
    previous.event = *e;
    return std::optional<PreviousReport>(previous);
}

Result<std::optional<ReportCommunityFigures>> ReportContextLoader::communityFigures(const Event &event) const
{
    const QDate day = event.firstDay();
    if (!day.isValid())
        return std::optional<ReportCommunityFigures>();
    const StatsPeriod period = StatsPeriod::last12Months(day);
    auto totals = m_workspace.stats().totals(period, QDate::currentDate());
    if (!totals)
        return totals.error();
    return std::optional<ReportCommunityFigures>(ReportCommunityFigures{period.from, period.to, *totals});
}

} // namespace offkai
