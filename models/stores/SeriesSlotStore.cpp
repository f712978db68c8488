#include "SeriesSlotStore.h"

#include "scheduling/Recurrence.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "stores/EventStore.h"
#include "stores/SeriesStore.h"

#include <algorithm>
#include <QSqlQuery>

namespace offkai {

namespace {
// How far the candidate list looks ahead before it gives up.
constexpr int kCandidateYears = 30;

QString datesText(const QList<QDate> &dates)
{
    QStringList parts;
    for (const QDate &d : dates)
        parts.append(d.toString(Qt::ISODate));
    return parts.join(QLatin1Char(' '));
}

QList<QDate> datesFrom(const QString &text)
{
    QList<QDate> dates;
    for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QDate d = QDate::fromString(part, Qt::ISODate);
        if (d.isValid())
            dates.append(d);
    }
    return dates;
}

void bindSlot(QSqlQuery &q, qint64 seriesId, const SpeakerSlot &slot)
{
    q.addBindValue(seriesId);
    q.addBindValue(slot.occurrenceDate.toString(Qt::ISODate));
    q.addBindValue(slot.memberId);
    q.addBindValue(SqlValues::text(slot.topic));
    q.addBindValue(SqlValues::text(datesText(slot.declinedDates)));
}

const QString kInsertSlot = QStringLiteral("INSERT INTO series_slots (series_id, occurrence_date, member_id, "
                                           "topic, declined_dates) VALUES (?, ?, ?, ?, ?)");
} // namespace

SeriesSlotStore::SeriesSlotStore(Database &database, SeriesStore &series, EventStore &events, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_series(series)
    , m_events(events)
{
    // Whoever shows a series (the calendar, the pipeline) refreshes when its slots change too.
    connect(this, &SeriesSlotStore::slotsChanged, &m_series, &SeriesStore::seriesChanged);
}

Result<QList<SpeakerSlot>> SeriesSlotStore::speakerSlots(qint64 seriesId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.occurrence_date, s.member_id, m.display_name, s.topic, s.declined_dates "
                       "FROM series_slots s JOIN members m ON m.id = s.member_id WHERE s.series_id = ? "
                       "ORDER BY s.occurrence_date"));
    q.addBindValue(seriesId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the speaker slots."));
    QList<SpeakerSlot> rows;
    while (q.next()) {
        SpeakerSlot slot;
        slot.seriesId = seriesId;
        slot.occurrenceDate = SqlValues::toDate(q.value(0));
        slot.memberId = q.value(1).toLongLong();
        slot.memberName = q.value(2).toString();
        slot.topic = q.value(3).toString();
        slot.declinedDates = datesFrom(q.value(4).toString());
        rows.append(slot);
    }
    return rows;
}

Result<QList<Candidate>> SeriesSlotStore::candidates(qint64 seriesId, const QDate &from, int count) const
{
    auto series = m_series.get(seriesId);
    if (!series)
        return series.error();
    auto slotList = speakerSlots(seriesId);
    if (!slotList)
        return slotList.error();
    auto confirmed = m_series.confirmedEvents(seriesId);
    if (!confirmed)
        return confirmed.error();
    QList<Candidate> rows;
    // Look ahead a year at a time, so that a weekly rule does not expand decades to list five dates.
    const auto last = Recurrence::lastDate(series->rrule, series->firstStart);
    for (int year = 0; year < kCandidateYears && rows.size() < count; ++year) {
        const QDate windowFrom = from.addYears(year);
        auto expanded = m_series.expand(*series, windowFrom, from.addYears(year + 1).addDays(-1), true);
        if (!expanded)
            return expanded.error();
        for (const Occurrence &o : *expanded) {
            if (rows.size() >= count)
                break;
            Candidate c;
            c.occurrence = o;
            c.eventId = confirmed->value(o.occurrenceDate);
            for (const SpeakerSlot &slot : *slotList) {
                if (slot.occurrenceDate == o.occurrenceDate)
                    c.slot = slot;
            }
            rows.append(c);
        }
        if (last && last->isValid() && *last < from.addYears(year + 1))
            break;
    }
    return rows;
}

Result<QDate> SeriesSlotStore::slotSpeaker(qint64 seriesId, qint64 memberId, const QString &topic,
                                           const QDate &from)
{
    return placeSpeaker(seriesId, SpeakerSlot{seriesId, {}, memberId, {}, topic, {}}, from, {});
}

Result<QDate> SeriesSlotStore::placeSpeaker(qint64 seriesId, SpeakerSlot slot, const QDate &from,
                                            const QDate &vacated)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    // The first free date, in date order. Most series have one within the next few dates: those are
    // expanded first, and the long list only when they are all taken (each year costs an expansion).
    Result<QList<Candidate>> list = QList<Candidate>();
    auto free = list->cend();
    for (const int count : {24, 500}) {
        list = candidates(seriesId, from, count);
        if (!list)
            return list.error();
        free = std::find_if(list->cbegin(), list->cend(), [&](const Candidate &c) {
            return c.occurrence.occurrenceDate != vacated && c.isFree() &&
                   !slot.declinedDates.contains(c.occurrence.occurrenceDate);
        });
        if (free != list->cend() || list->size() < count)
            break;
    }
    if (free == list->cend())
        return Error(
            Error::Code::NotFound,
            tr("The series has no free date left for this speaker. Extend the series, or free a date."));
    QSqlQuery q(m_database.connection());
    if (vacated.isValid()) {
        q.prepare(QStringLiteral("DELETE FROM series_slots WHERE series_id = ? AND occurrence_date = ?"));
        q.addBindValue(seriesId);
        q.addBindValue(vacated.toString(Qt::ISODate));
        if (!q.exec())
            return SqlErrors::fromQuery(q, tr("Could not save the speaker slots."));
        if (auto eventId = m_events.idForOccurrence(seriesId, vacated); eventId && *eventId > 0) {
            q.prepare(QStringLiteral(
                "DELETE FROM participations WHERE event_id = ? AND member_id = ? AND role = 'speaker'"));
            q.addBindValue(*eventId);
            q.addBindValue(slot.memberId);
            if (!q.exec())
                return SqlErrors::fromQuery(q, tr("Could not save the speaker slots."));
        }
    }
    slot.occurrenceDate = free->occurrence.occurrenceDate;
    q.prepare(kInsertSlot);
    bindSlot(q, seriesId, slot);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not save the speaker slots."));
    if (free->eventId > 0) {
        if (auto added = addSpeaker(free->eventId, slot.memberId); !added)
            return added.error();
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT slotsChanged(seriesId);
    return slot.occurrenceDate;
}

Result<void> SeriesSlotStore::addSlots(qint64 seriesId, const QList<SpeakerSlot> &slots)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_database.connection());
    q.prepare(kInsertSlot);
    for (const SpeakerSlot &slot : slots) {
        bindSlot(q, seriesId, slot);
        if (!q.exec())
            return SqlErrors::fromQuery(q, tr("Could not save the speaker slots."));
        auto eventId = m_events.idForOccurrence(seriesId, slot.occurrenceDate);
        if (!eventId)
            return eventId.error();
        if (*eventId > 0) {
            if (auto added = addSpeaker(*eventId, slot.memberId); !added)
                return added.error();
        }
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT slotsChanged(seriesId);
    return {};
}

Result<void> SeriesSlotStore::addSpeaker(qint64 eventId, qint64 memberId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO participations (event_id, member_id, role, rsvp, registered_at) "
                       "VALUES (?, ?, 'speaker', 'going', ") +
        SqlDialect::of(m_database.connection()).nowUtcText() +
        QStringLiteral(") "
                       "ON CONFLICT (event_id, member_id) DO UPDATE SET role = 'speaker', rsvp = 'going'"));
    q.addBindValue(eventId);
    q.addBindValue(memberId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not add the speaker to the event."));
    return {};
}

Result<QDate> SeriesSlotStore::declineSlot(qint64 seriesId, const QDate &occurrenceDate)
{
    auto list = speakerSlots(seriesId);
    if (!list)
        return list.error();
    const auto slot = std::find_if(list->cbegin(), list->cend(),
                                   [&](const SpeakerSlot &s) { return s.occurrenceDate == occurrenceDate; });
    if (slot == list->cend())
        return Error(Error::Code::NotFound, tr("No speaker is slotted on this date."));
    SpeakerSlot moved = *slot;
    moved.declinedDates.append(occurrenceDate);
    return placeSpeaker(seriesId, moved, occurrenceDate.addDays(1), occurrenceDate);
}

Result<void> SeriesSlotStore::removeSlot(qint64 seriesId, const QDate &occurrenceDate)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM series_slots WHERE series_id = ? AND occurrence_date = ?"));
    q.addBindValue(seriesId);
    q.addBindValue(occurrenceDate.toString(Qt::ISODate));
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not save the speaker slots."));
    if (q.numRowsAffected() == 0)
        return Error(Error::Code::NotFound, tr("No speaker is slotted on this date."));
    Q_EMIT slotsChanged(seriesId);
    return {};
}

Result<qint64> SeriesSlotStore::confirm(qint64 seriesId, const QDate &occurrenceDate)
{
    auto series = m_series.get(seriesId);
    if (!series)
        return series.error();
    auto existing = m_events.idForOccurrence(seriesId, occurrenceDate);
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error(Error::Code::Invalid, tr("This occurrence is already an event."));
    // The occurrence may have been moved up to a few weeks away from its rule date.
    auto around = m_series.expand(*series, occurrenceDate.addDays(-60), occurrenceDate.addDays(60));
    if (!around)
        return around.error();
    const auto found = std::find_if(around->cbegin(), around->cend(),
                                    [&](const Occurrence &o) { return o.occurrenceDate == occurrenceDate; });
    if (found == around->cend())
        return Error(Error::Code::NotFound,
                     tr("The series has no occurrence on %1.")
                         .arg(QLocale().toString(occurrenceDate, QLocale::ShortFormat)));
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    auto id = m_events.insert(series->eventFor(occurrenceDate, found->start, found->end));
    if (!id)
        return id.error();
    auto slotList = speakerSlots(seriesId);
    if (!slotList)
        return slotList.error();
    for (const SpeakerSlot &slot : *slotList) {
        if (slot.occurrenceDate != occurrenceDate)
            continue;
        if (auto added = addSpeaker(*id, slot.memberId); !added)
            return added.error();
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT slotsChanged(seriesId);
    return *id;
}

Result<qint64> SeriesSlotStore::split(qint64 id, const QDate &occurrenceDate, Series tail)
{
    auto head = m_series.get(id);
    if (!head)
        return head.error();
    if (occurrenceDate <= head->firstStart.date())
        return Error(Error::Code::Invalid, tr("Splitting at the first occurrence changes the whole series."));
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    Series before = *head;
    before.rrule = Recurrence::withUntil(head->rrule, occurrenceDate.addDays(-1));
    before.exceptions.removeIf([&](const SeriesException &e) { return e.occurrenceDate >= occurrenceDate; });
    tail.id = 0;
    tail.uid.clear();
    tail.sequence = 0;
    tail.exceptions.removeIf([&](const SeriesException &e) { return e.occurrenceDate < occurrenceDate; });
    if (auto saved = m_series.update(before); !saved)
        return saved.error();
    auto tailId = m_series.insert(tail);
    if (!tailId)
        return tailId.error();
    QSqlQuery q(m_database.connection());
    for (const QString &table : {QStringLiteral("series_slots"), QStringLiteral("events")}) {
        q.prepare(QStringLiteral("UPDATE ") + table +
                  QStringLiteral(" SET series_id = ? WHERE series_id = ? AND occurrence_date >= ?"));
        q.addBindValue(*tailId);
        q.addBindValue(id);
        q.addBindValue(occurrenceDate.toString(Qt::ISODate));
        if (!q.exec())
            return SqlErrors::fromQuery(q, tr("Could not save the series."));
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT slotsChanged(id);
    Q_EMIT slotsChanged(*tailId);
    return *tailId;
}

Result<SeriesSnapshot> SeriesSlotStore::snapshot(qint64 id) const
{
    auto series = m_series.get(id);
    if (!series)
        return series.error();
    auto slotList = speakerSlots(id);
    if (!slotList)
        return slotList.error();
    auto confirmed = m_series.confirmedEvents(id);
    if (!confirmed)
        return confirmed.error();
    SeriesSnapshot snap{std::move(series).value(), std::move(slotList).value(), confirmed->values()};
    std::sort(snap.confirmedEventIds.begin(), snap.confirmedEventIds.end());
    return snap;
}

Result<void> SeriesSlotStore::writeSlots(qint64 seriesId, const QList<SpeakerSlot> &rows)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM series_slots WHERE series_id = ?"));
    q.addBindValue(seriesId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not save the speaker slots."));
    q.prepare(kInsertSlot);
    for (const SpeakerSlot &slot : rows) {
        bindSlot(q, seriesId, slot);
        if (!q.exec())
            return SqlErrors::fromQuery(q, tr("Could not save the speaker slots."));
    }
    return {};
}

Result<void> SeriesSlotStore::restore(const SeriesSnapshot &snap, qint64 expectedVersion)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    const qint64 id = snap.series.id;
    if (auto current = m_series.get(id)) {
        // Undoing is a change too: other calendars must see a higher SEQUENCE.
        Series s = snap.series;
        s.sequence = current->sequence + 1;
        s.version = expectedVersion;
        if (auto saved = m_series.update(s); !saved)
            return saved.error();
    } else if (current.error().code() != Error::Code::NotFound) {
        return current.error();
    } else if (auto added = m_series.insert(snap.series); !added) {
        return added.error();
    }
    if (auto written = writeSlots(id, snap.speakerSlots); !written)
        return written.error();
    QSqlQuery q(m_database.connection());
    for (qint64 eventId : snap.confirmedEventIds) {
        // Only events no longer linked: an unchanged one is not written (nor logged as changed).
        q.prepare(QStringLiteral(
            "UPDATE events SET series_id = ? WHERE id = ? AND (series_id IS NULL OR series_id <> ?)"));
        q.addBindValue(id);
        q.addBindValue(eventId);
        q.addBindValue(id);
        if (!q.exec())
            return SqlErrors::fromQuery(q, tr("Could not save the series."));
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT slotsChanged(id);
    return {};
}

} // namespace offkai
