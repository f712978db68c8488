#include "ReportContextLoader.h"

#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "text/TextNormalizer.h"

#include <QCollator>
#include <QHash>
#include <QSqlQuery>

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
    auto next = nextEvents(*event);
    if (!next)
        return next.error();
    context.nextEvents = *next;
    auto previous = previousReport(*event, excludeReportId);
    if (!previous)
        return previous.error();
    context.previous = *previous;
    if (authorId > 0) {
        auto author = m_workspace.members().get(authorId);
        if (author)
            context.authorName = author->displayName;
    }
    return context;
}

Result<QList<ReportAttendee>> ReportContextLoader::attendees(qint64 eventId) const
{
    auto catalogue = m_workspace.members().occupations();
    QHash<QString, QString> labels;
    if (catalogue) {
        for (const Occupation &o : std::as_const(*catalogue))
            labels.insert(o.key, o.displayLabel());
    }
    // Only the fields a report may show: never emails, phones, notes or join answers.
    QSqlQuery query(m_workspace.database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT m.id, m.display_name, m.reading, m.occupation, coalesce(pr.name_consent, "
        "'occupation_initial'), "
        "p.role, p.walk_in FROM participations p JOIN members m ON m.id = p.member_id "
        "LEFT JOIN member_profiles pr ON pr.member_id = m.id WHERE p.event_id = ? AND p.attended = 1"));
    query.addBindValue(eventId);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read who came to the event."));
    QList<ReportAttendee> list;
    while (query.next()) {
        ReportAttendee a;
        a.memberId = query.value(0).toLongLong();
        a.displayName = query.value(1).toString();
        a.reading = query.value(2).toString();
        a.occupation = query.value(3).toString();
        a.occupationLabel = a.occupation.isEmpty()
                                ? QString()
                                : labels.value(a.occupation, Occupation::builtInLabel(a.occupation));
        a.consent = Member::consentFromKey(query.value(4).toString())
                        .value_or(Member::NameConsent::OccupationInitial);
        a.role =
            Participation::roleFromKey(query.value(5).toString()).value_or(Participation::Role::Attendee);
        a.walkIn = query.value(6).toBool();
        list.append(a);
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
    std::stable_sort(next.begin(), next.end(),
                     [](const Event &a, const Event &b) { return a.firstDay() < b.firstDay(); });
    if (next.size() > 5)
        next.resize(5);
    return next;
}

Result<std::optional<PreviousReport>> ReportContextLoader::previousReport(const Event &event,
                                                                          qint64 excludeReportId) const
{
    if (!event.hasDay())
        return std::optional<PreviousReport>();
    QSqlQuery query(m_workspace.database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.title, r.event_id, (SELECT p.url FROM report_publications p WHERE p.report_id = r.id "
        "AND p.url <> '' ORDER BY p.draft, p.published_at DESC LIMIT 1) FROM reports r "
        "JOIN events e ON e.id = r.event_id WHERE e.kind = ? AND e.starts_at < ? AND r.id <> ? "
        "AND e.id <> ? ORDER BY e.starts_at DESC, (r.status = 'published') DESC, r.id DESC LIMIT 1"));
    query.addBindValue(event.type);
    query.addBindValue(event.start.toUTC().toString(Qt::ISODate));
    query.addBindValue(excludeReportId);
    query.addBindValue(event.id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the earlier reports."));
    if (!query.next())
        return std::optional<PreviousReport>();
    PreviousReport previous;
    previous.reportId = query.value(0).toLongLong();
    previous.title = query.value(1).toString();
    previous.url = QUrl(query.value(3).toString());
    const qint64 previousEvent = query.value(2).toLongLong();
    query.finish();
    auto e = m_workspace.events().get(previousEvent);
    if (!e)
        return e.error();
    previous.event = *e;
    return std::optional<PreviousReport>(previous);
}

} // namespace offkai
