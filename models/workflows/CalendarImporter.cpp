#include "CalendarImporter.h"

#include "CalendarExporter.h"
#include "ical/IcsReader.h"
#include "scheduling/Recurrence.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/SeriesStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace offkai {

CalendarImporter::CalendarImporter(Workspace &workspace)
    : m_workspace(workspace)
{}

QString CalendarImporter::kindLabel(CalendarImportItem::Kind kind)
{
    switch (kind) {
    case CalendarImportItem::Kind::Event:
        return tr("Event");
    case CalendarImportItem::Kind::Series:
        return tr("Series");
    case CalendarImportItem::Kind::Venue:
        return tr("Venue");
    }
    return {};
}

QString CalendarImporter::actionLabel(CalendarImportItem::Action action)
{
    switch (action) {
    case CalendarImportItem::Action::Create:
        return tr("New");
    case CalendarImportItem::Action::Update:
        return tr("Update");
    case CalendarImportItem::Action::Unchanged:
        return tr("Unchanged");
    }
    return {};
}

Result<CalendarImporter::Plan> CalendarImporter::previewFile(const QString &path) const
{
    auto calendar = IcsReader::readFile(path);
    if (!calendar)
        return calendar.error();
    return preview(*calendar);
}

Result<CalendarImporter::Plan> CalendarImporter::preview(const IcsCalendar &calendar) const
{
    auto plan = run(calendar, false);
    if (plan)
        plan->calendar = calendar;
    return plan;
}

Result<CalendarImporter::Counts> CalendarImporter::apply(const Plan &plan)
{
    Transaction transaction(m_workspace.database().connection());
    if (!transaction.isActive())
        return transaction.error();
    auto done = run(plan.calendar, true);
    if (!done)
        return done.error(); // rolled back
    auto committed = transaction.commit();
    if (!committed)
        return committed.error();
    return done->counts;
}

namespace {
Error cannotImport(const QString &title, const Error &error)
{
    return Error(error.code(),
                 CalendarImporter::tr("“%1” cannot be imported: %2").arg(title, error.message()),
                 error.detail());
}

/// Keeps what another application's file cannot know (Offkai's own fields) from the stored event.
void keepOffkaiFields(Event &e, const Event &old)
{
    e.type = old.type;
    e.format = old.format;
    if (old.status == Event::Status::Done && e.status == Event::Status::Scheduled)
        e.status = old.status;
    e.tentativeNote = old.tentativeNote;
    e.hostMemberId = old.hostMemberId;
    e.capacity = old.capacity;
    e.fee = old.fee;
    e.staffCount = old.staffCount;
    e.linkPolicy = old.linkPolicy;
    e.whatToBring = old.whatToBring;
}
} // namespace

Result<CalendarImporter::Plan> CalendarImporter::run(const IcsCalendar &calendar, bool write) const
{
    Plan plan;
    const QLocale locale;
    auto venues = m_workspace.venues().list();
    if (!venues)
        return venues.error();
    QHash<QString, qint64> venueIds; // a LOCATION text → venue id, -1 for one made by this import (preview)
    for (const Venue &v : std::as_const(*venues)) {
        venueIds.insert(v.name.trimmed(), v.id);
        if (!v.address.trimmed().isEmpty())
            venueIds.insert(v.name.trimmed() + QStringLiteral(", ") + v.address.trimmed(), v.id);
    }
    auto venueFor = [&](const QString &location) -> Result<qint64> {
        if (location.trimmed().isEmpty())
            return qint64(0);
        if (auto found = venueIds.constFind(location.trimmed()); found != venueIds.constEnd())
            return *found;
        Venue venue;
        const qsizetype comma = location.indexOf(QStringLiteral(", "));
        venue.name = (comma > 0 ? location.left(comma) : location).trimmed();
        venue.address = comma > 0 ? location.mid(comma + 2).trimmed() : QString();
        qint64 id = -1;
        if (write) {
            auto inserted = m_workspace.venues().insert(venue);
            if (!inserted)
                return cannotImport(venue.name, inserted.error());
            id = *inserted;
        }
        venueIds.insert(location.trimmed(), id);
        ++plan.counts.venuesCreated;
        plan.items.append(
            {CalendarImportItem::Kind::Venue, CalendarImportItem::Action::Create, venue.name, venue.address});
        return id;
    };
    QHash<QString, bool> typeKnown;
    auto knownType = [&](const QString &key, Event::Format format) {
        auto known = typeKnown.constFind(key);
        if (known == typeKnown.constEnd())
            known = typeKnown.insert(key, m_workspace.events().type(key).ok());
        if (*known)
            return key;
        return format == Event::Format::Online ? QStringLiteral("online_meetup")
                                               : QStringLiteral("offline_meetup");
    };
    QHash<qint64, bool> hostKnown;
    auto knownHost = [&](qint64 id) {
        if (id <= 0)
            return qint64(0);
        auto known = hostKnown.constFind(id);
        if (known == hostKnown.constEnd())
            known = hostKnown.insert(id, m_workspace.members().get(id).ok());
        return *known ? id : qint64(0);
    };
    auto count = [&](CalendarImportItem::Action action) {
        if (action == CalendarImportItem::Action::Create)
            ++plan.counts.created;
        else if (action == CalendarImportItem::Action::Update)
            ++plan.counts.updated;
        else
            ++plan.counts.unchanged;
    };

    auto importEvent = [&](const IcsEvent &item, qint64 seriesId) -> Result<void> {
        Event e = item.event;
        auto venue = venueFor(item.location);
        if (!venue)
            return venue.error();
        e.venueId = *venue;
        e.type = knownType(e.type, e.format);
        e.hostMemberId = knownHost(e.hostMemberId);
        e.seriesId = seriesId;
        auto existing = m_workspace.events().idForUid(e.uid);
        if (!existing)
            return existing.error();
        qint64 id = *existing;
        static const QRegularExpression fallback(
            QStringLiteral("^offkai-event-(\\d+)-\\d{8}T\\d{6}@offkai$"));
        if (const auto match = id == 0 && e.uid.startsWith(QLatin1String("offkai-event-"))
                                   ? fallback.match(e.uid)
                                   : QRegularExpressionMatch();
            match.hasMatch()) {
            // Exported from an event without a UID (CalendarExporter::fallbackUid): the same event if it
            // still has none.
            auto old = m_workspace.events().get(match.captured(1).toLongLong());
            if (old && old->uid.isEmpty() && CalendarExporter::fallbackUid(*old) == e.uid)
                id = old->id;
        }
        if (id == 0 && seriesId > 0 && e.occurrenceDate.isValid()) {
            auto confirmed = m_workspace.events().idForOccurrence(seriesId, e.occurrenceDate);
            if (!confirmed)
                return confirmed.error();
            id = *confirmed;
        }
        CalendarImportItem::Action action = CalendarImportItem::Action::Create;
        if (id > 0) {
            auto old = m_workspace.events().get(id);
            if (!old)
                return old.error();
            e.id = id;
            if (!item.hasNotes)
                e.notes = old->notes;
            if (!item.offkaiFields)
                keepOffkaiFields(e, *old);
            action = old->sameContent(e) ? CalendarImportItem::Action::Unchanged
                                         : CalendarImportItem::Action::Update;
        } else {
            e.id = 0;
            // When writing, insert() checks the same event and fails the same way.
            if (auto valid = write ? Result<void>() : m_workspace.events().validate(e); !valid)
                return cannotImport(e.title, valid.error());
        }
        if (write && action == CalendarImportItem::Action::Update) {
            if (auto updated = m_workspace.events().update(e); !updated)
                return cannotImport(e.title, updated.error());
        } else if (write && action == CalendarImportItem::Action::Create) {
            if (auto inserted = m_workspace.events().insert(e); !inserted)
                return cannotImport(e.title, inserted.error());
        }
        count(action);
        if (!write) // apply() returns only the counts
            plan.items.append({CalendarImportItem::Kind::Event, action, e.title, e.whenText(locale)});
        return {};
    };

    for (const IcsSeries &item : calendar.series) {
        Series s = item.series;
        auto venue = venueFor(item.location);
        if (!venue)
            return venue.error();
        s.venueId = *venue;
        s.type = knownType(s.type, s.format);
        s.hostMemberId = knownHost(s.hostMemberId);
        auto existing = m_workspace.series().idForUid(s.uid);
        if (!existing)
            return existing.error();
        CalendarImportItem::Action action = CalendarImportItem::Action::Create;
        if (*existing > 0) {
            auto old = m_workspace.series().get(*existing);
            if (!old)
                return old.error();
            s.id = old->id;
            if (!item.hasNotes)
                s.notes = old->notes;
            if (!item.offkaiFields) {
                s.type = old->type;
                s.format = old->format;
                s.holidayPolicy = old->holidayPolicy;
                s.hostMemberId = old->hostMemberId;
                s.capacity = old->capacity;
                s.fee = old->fee;
            }
            action = old->sameContent(s) ? CalendarImportItem::Action::Unchanged
                                         : CalendarImportItem::Action::Update;
        } else {
            s.id = 0;
            if (auto valid = m_workspace.series().validate(s); !valid)
                return cannotImport(s.title, valid.error());
        }
        if (write && action == CalendarImportItem::Action::Update) {
            if (auto updated = m_workspace.series().update(s); !updated)
                return cannotImport(s.title, updated.error());
        } else if (write && action == CalendarImportItem::Action::Create) {
            auto inserted = m_workspace.series().insert(s);
            if (!inserted)
                return cannotImport(s.title, inserted.error());
            s.id = *inserted;
        }
        count(action);
        if (!write)
            plan.items.append({CalendarImportItem::Kind::Series, action, s.title,
                               Event::dateText(s.firstStart.date(), locale) + QStringLiteral(" ") +
                                   Recurrence::describe(s.rrule, locale)});
        for (const IcsEvent &confirmed : item.confirmed) {
            if (auto done = importEvent(confirmed, s.id); !done)
                return done.error();
        }
    }
    for (const IcsEvent &item : calendar.events) {
        if (auto done = importEvent(item, 0); !done)
            return done.error();
    }
    return plan;
}

} // namespace offkai
