#include "SeriesStore.h"

#include "scheduling/Recurrence.h"
#include "storage/Database.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "stores/EventStore.h"

#include <algorithm>
#include <QSet>
#include <QSqlQuery>

namespace offkai {

namespace {
const QString kColumns = QStringLiteral(
    "id, uid, sequence, title, kind, format, first_start, time_zone, all_day, duration_minutes, rrule, "
    "holiday_policy, venue_id, online_url, host_member_id, capacity, fee, description, notes, created_at, "
    "updated_at");

// How far the candidate list looks ahead before it gives up.
constexpr int kCandidateYears = 30;

QTimeZone zoneFor(const QString &id)
{
    QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString localText(const QDateTime &when, const QTimeZone &zone)
{
    return when.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime fromLocalText(const QString &text, const QTimeZone &zone)
{
    const QDateTime naive = QDateTime::fromString(text, Qt::ISODate);
    return naive.isValid() ? QDateTime(naive.date(), naive.time(), zone) : QDateTime();
}

QVariant utcText(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toUTC().toString(Qt::ISODate)) : QVariant();
}

Series readSeries(const QSqlQuery &q)
{
    Series s;
    s.id = q.value(0).toLongLong();
    s.uid = q.value(1).toString();
    s.sequence = q.value(2).toInt();
    s.title = q.value(3).toString();
    s.type = q.value(4).toString();
    s.format = Event::formatFromKey(q.value(5).toString()).value_or(Event::Format::Offline);
    s.timeZone = zoneFor(q.value(7).toString());
    s.firstStart = fromLocalText(q.value(6).toString(), s.timeZone);
    s.allDay = q.value(8).toBool();
    s.durationMinutes = SqlValues::toOptionalInt(q.value(9));
    s.rrule = q.value(10).toString();
    s.holidayPolicy =
        Series::holidayPolicyFromKey(q.value(11).toString()).value_or(Series::HolidayPolicy::Keep);
    s.venueId = q.value(12).toLongLong();
    s.onlineUrl = q.value(13).toString();
    s.hostMemberId = q.value(14).toLongLong();
    s.capacity = SqlValues::toOptionalInt(q.value(15));
    s.fee = SqlValues::toOptionalInt(q.value(16));
    s.description = q.value(17).toString();
    s.notes = q.value(18).toString();
    s.createdAt = SqlValues::toDateTime(q.value(19));
    s.updatedAt = SqlValues::toDateTime(q.value(20));
    return s;
}

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
} // namespace

SeriesStore::SeriesStore(Database &database, EventStore &events, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_events(events)
{}

void SeriesStore::setHolidayLookup(HolidayLookup lookup)
{
    m_holidayName = std::move(lookup);
}

Result<Series> SeriesStore::get(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM series WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the series."));
    if (!q.next())
        return Error(Error::Code::NotFound, tr("The series no longer exists."),
                     QStringLiteral("series %1").arg(id));
    Series s = readSeries(q);
    q.prepare(QStringLiteral("SELECT occurrence_date, kind, moved_start, moved_end FROM series_exceptions "
                             "WHERE series_id = ? ORDER BY occurrence_date"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the series."));
    while (q.next()) {
        SeriesException e;
        e.occurrenceDate = SqlValues::toDate(q.value(0));
        e.kind = q.value(1).toString() == QLatin1String("moved") ? SeriesException::Kind::Moved
                                                                 : SeriesException::Kind::Skipped;
        if (e.kind == SeriesException::Kind::Moved) {
            e.movedStart = SqlValues::toDateTime(q.value(2)).toTimeZone(s.timeZone);
            const QDateTime end = SqlValues::toDateTime(q.value(3));
            e.movedEnd = end.isValid() ? end.toTimeZone(s.timeZone) : QDateTime();
        }
        s.exceptions.append(e);
    }
    return s;
}

Result<QList<Series>> SeriesStore::all() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id FROM series ORDER BY title, id")))
        return SqlErrors::fromQuery(q, tr("Could not read the series."));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<Series> rows;
    for (qint64 id : ids) {
        auto s = get(id);
        if (!s)
            return s.error();
        rows.append(std::move(s).value());
    }
    return rows;
}

Result<qint64> SeriesStore::idForUid(const QString &uid) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM series WHERE uid = ?"));
    q.addBindValue(uid);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the series."));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<void> SeriesStore::validate(const Series &s) const
{
    if (s.title.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("A series needs a title."));
    if (!s.timeZone.isValid())
        return Error(Error::Code::Invalid, tr("Choose the series' time zone."));
    if (!s.firstStart.isValid())
        return Error(Error::Code::Invalid, tr("A series needs the date and time of its first occurrence."));
    if (auto rule = Recurrence::validate(s.rrule, s.firstStart); !rule)
        return rule.error();
    if (s.durationMinutes && (*s.durationMinutes < 0 || *s.durationMinutes > 14 * 24 * 60))
        return Error(Error::Code::Invalid, tr("An occurrence lasts between 0 minutes and 14 days."));
    if (s.capacity && *s.capacity < 0)
        return Error(Error::Code::Invalid, tr("The capacity cannot be negative."));
    if (s.fee && *s.fee < 0)
        return Error(Error::Code::Invalid, tr("The fee cannot be negative."));
    if (!SqlValues::isWebUrlOrEmpty(s.onlineUrl.trimmed()))
        return Error(Error::Code::Invalid, tr("The online URL must be an http:// or https:// address."));
    for (const SeriesException &e : s.exceptions) {
        if (!e.occurrenceDate.isValid())
            return Error(Error::Code::Invalid, tr("An exception of the series has no date."));
        if (e.kind == SeriesException::Kind::Moved &&
            (!e.movedStart.isValid() || (e.movedEnd.isValid() && e.movedEnd < e.movedStart)))
            return Error(Error::Code::Invalid,
                         tr("A moved occurrence needs a start, and cannot end before it."));
    }
    if (auto known = m_events.type(s.type); !known)
        return Error(Error::Code::Invalid, tr("Choose the series' type."), known.error().detail());
    return {};
}

namespace {
void bindSeries(QSqlQuery &q, const Series &s)
{
    q.addBindValue(SqlValues::text(s.title.trimmed()));
    q.addBindValue(SqlValues::text(s.type));
    q.addBindValue(Event::formatKey(s.format));
    q.addBindValue(localText(s.firstStart, s.timeZone));
    q.addBindValue(QString::fromUtf8(s.timeZone.id()));
    q.addBindValue(s.allDay ? 1 : 0);
    q.addBindValue(SqlValues::optionalInt(s.durationMinutes));
    q.addBindValue(s.rrule.trimmed());
    q.addBindValue(Series::holidayPolicyKey(s.holidayPolicy));
    q.addBindValue(SqlValues::idOrNull(s.venueId));
    q.addBindValue(SqlValues::text(s.onlineUrl.trimmed()));
    q.addBindValue(SqlValues::idOrNull(s.hostMemberId));
    q.addBindValue(SqlValues::optionalInt(s.capacity));
    q.addBindValue(SqlValues::optionalInt(s.fee));
    q.addBindValue(SqlValues::text(s.description));
    q.addBindValue(SqlValues::text(s.notes));
}

Result<void> writeExceptions(QSqlDatabase db, qint64 id, const Series &s)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM series_exceptions WHERE series_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, SeriesStore::tr("Could not save the series."));
    q.prepare(QStringLiteral("INSERT INTO series_exceptions (series_id, occurrence_date, kind, moved_start, "
                             "moved_end) VALUES (?, ?, ?, ?, ?)"));
    for (const SeriesException &e : s.exceptions) {
        const bool moved = e.kind == SeriesException::Kind::Moved;
        q.addBindValue(id);
        q.addBindValue(e.occurrenceDate.toString(Qt::ISODate));
        q.addBindValue(moved ? QStringLiteral("moved") : QStringLiteral("skipped"));
        q.addBindValue(moved ? utcText(e.movedStart) : QVariant());
        q.addBindValue(moved ? utcText(e.movedEnd) : QVariant());
        if (!q.exec())
            return SqlErrors::fromQuery(q, SeriesStore::tr("Could not save the series."));
    }
    return {};
}

Result<void> writeSlots(QSqlDatabase db, qint64 id, const QList<SpeakerSlot> &rows)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM series_slots WHERE series_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, SeriesStore::tr("Could not save the speaker slots."));
    q.prepare(QStringLiteral("INSERT INTO series_slots (series_id, occurrence_date, member_id, topic, "
                             "declined_dates) VALUES (?, ?, ?, ?, ?)"));
    for (const SpeakerSlot &slot : rows) {
        q.addBindValue(id);
        q.addBindValue(slot.occurrenceDate.toString(Qt::ISODate));
        q.addBindValue(slot.memberId);
        q.addBindValue(SqlValues::text(slot.topic));
        q.addBindValue(SqlValues::text(datesText(slot.declinedDates)));
        if (!q.exec())
            return SqlErrors::fromQuery(q, SeriesStore::tr("Could not save the speaker slots."));
    }
    return {};
}
} // namespace

Result<qint64> SeriesStore::insert(const Series &s)
{
    if (auto valid = validate(s); !valid)
        return valid.error();
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO series (title, kind, format, first_start, time_zone, all_day, "
                             "duration_minutes, rrule, holiday_policy, venue_id, online_url, host_member_id, "
                             "capacity, fee, description, notes, id, uid, sequence, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindSeries(q, s);
    const QString now = SqlValues::now();
    q.addBindValue(s.id > 0 ? QVariant(s.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(s.uid.isEmpty() ? EventStore::newUid() : s.uid);
    q.addBindValue(qMax(0, s.sequence));
    q.addBindValue(s.createdAt.isValid() ? s.createdAt.toUTC().toString(Qt::ISODate) : now);
    q.addBindValue(now);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not add the series."));
    const qint64 id = s.id > 0 ? s.id : q.lastInsertId().toLongLong();
    if (auto written = writeExceptions(m_database.connection(), id, s); !written)
        return written.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT seriesChanged(id);
    return id;
}

Result<void> SeriesStore::update(const Series &s)
{
    if (auto valid = validate(s); !valid)
        return valid.error();
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("UPDATE series SET title = ?, kind = ?, format = ?, first_start = ?, time_zone = ?, "
                       "all_day = ?, duration_minutes = ?, rrule = ?, holiday_policy = ?, venue_id = ?, "
                       "online_url = ?, host_member_id = ?, capacity = ?, fee = ?, description = ?, "
                       "notes = ?, updated_at = ?, sequence = max(sequence + 1, ?) WHERE id = ?"));
    bindSeries(q, s);
    q.addBindValue(SqlValues::now());
    q.addBindValue(s.sequence);
    q.addBindValue(s.id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not save the series."));
    if (q.numRowsAffected() == 0)
        return Error(Error::Code::NotFound, tr("The series no longer exists."),
                     QStringLiteral("series %1").arg(s.id));
    if (auto written = writeExceptions(m_database.connection(), s.id, s); !written)
        return written.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT seriesChanged(s.id);
    return {};
}

Result<void> SeriesStore::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM series WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not delete the series."));
    if (q.numRowsAffected() == 0)
        return Error(Error::Code::NotFound, tr("The series no longer exists."),
                     QStringLiteral("series %1").arg(id));
    Q_EMIT seriesRemoved(id);
    return {};
}

Result<QList<Occurrence>> SeriesStore::expand(const Series &s, const QDate &from, const QDate &to,
                                              bool includeHolidaySkipped) const
{
    // An occurrence moved off a holiday lands up to a few days later; start the rule a week early.
    auto starts = Recurrence::expand(s.rrule, s.firstStart, from.addDays(-7), to);
    if (!starts)
        return starts.error();
    const auto isWorkday = [&](const QDate &d) {
        return d.dayOfWeek() <= 5 && (!m_holidayName || m_holidayName(d).isEmpty());
    };
    QList<Occurrence> rows;
    for (const QDateTime &start : *starts) {
        const QDate date = start.date();
        if (s.exceptionFor(date))
            continue; // skipped, or moved (added below wherever it went)
        Occurrence o;
        o.seriesId = s.id;
        o.occurrenceDate = date;
        o.start = start;
        o.end = s.endFor(start);
        const QString holiday = m_holidayName ? m_holidayName(date) : QString();
        if (!holiday.isEmpty() && s.holidayPolicy != Series::HolidayPolicy::Keep) {
            o.holidayName = holiday;
            if (s.holidayPolicy == Series::HolidayPolicy::Skip) {
                if (!includeHolidaySkipped)
                    continue;
                o.state = Occurrence::State::HolidaySkipped;
            } else {
                QDate day = date.addDays(1);
                while (!isWorkday(day))
                    day = day.addDays(1);
                o.state = Occurrence::State::HolidayMoved;
                o.start = QDateTime(day, start.time(), s.timeZone);
                o.end = s.endFor(o.start);
            }
        }
        if (o.start.date() >= from && o.start.date() <= to)
            rows.append(o);
    }
    for (const SeriesException &e : s.exceptions) {
        if (e.kind != SeriesException::Kind::Moved || e.movedStart.date() < from || e.movedStart.date() > to)
            continue;
        Occurrence o;
        o.seriesId = s.id;
        o.occurrenceDate = e.occurrenceDate;
        o.start = e.movedStart;
        o.end = e.movedEnd;
        o.state = Occurrence::State::Moved;
        rows.append(o);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Occurrence &a, const Occurrence &b) { return a.start < b.start; });
    return rows;
}

namespace {
/// The occurrence dates of a series already confirmed as events, with the events' ids.
Result<QHash<QDate, qint64>> confirmedOf(QSqlDatabase db, qint64 seriesId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT occurrence_date, id FROM events WHERE series_id = ?"));
    q.addBindValue(seriesId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, SeriesStore::tr("Could not read the series."));
    QHash<QDate, qint64> dates;
    while (q.next())
        dates.insert(SqlValues::toDate(q.value(0)), q.value(1).toLongLong());
    return dates;
}
} // namespace

Result<QList<Occurrence>> SeriesStore::occurrences(const QDate &from, const QDate &to, qint64 seriesId) const
{
    QList<Series> list;
    if (seriesId > 0) {
        auto one = get(seriesId);
        if (!one)
            return one.error();
        list.append(std::move(one).value());
    } else {
        auto every = all();
        if (!every)
            return every.error();
        list = std::move(every).value();
    }
    return occurrences(list, from, to);
}

Result<QList<Occurrence>> SeriesStore::occurrences(const QList<Series> &list, const QDate &from,
                                                   const QDate &to) const
{
    QList<Occurrence> rows;
    for (const Series &s : list) {
        auto confirmed = confirmedOf(m_database.connection(), s.id);
        if (!confirmed)
            return confirmed.error();
        auto expanded = expand(s, from, to);
        if (!expanded)
            return expanded.error();
        for (const Occurrence &o : *expanded) {
            if (!confirmed->contains(o.occurrenceDate))
                rows.append(o);
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Occurrence &a, const Occurrence &b) { return a.start < b.start; });
    return rows;
}

Result<QList<EventSummary>> SeriesStore::plannedSummaries(const QDate &from, const QDate &to) const
{
    auto every = all();
    if (!every)
        return every.error();
    auto rows = occurrences(*every, from, to);
    if (!rows)
        return rows.error();
    QHash<qint64, Series> series;
    for (const Series &s : std::as_const(*every))
        series.insert(s.id, s);
    QHash<qint64, QString> venues;
    QList<EventSummary> lines;
    lines.reserve(rows->size());
    for (const Occurrence &o : std::as_const(*rows)) {
        const Series &s = *series.constFind(o.seriesId);
        if (s.venueId > 0 && !venues.contains(s.venueId)) {
            QSqlQuery q(m_database.connection());
            q.prepare(QStringLiteral("SELECT name FROM venues WHERE id = ?"));
            q.addBindValue(s.venueId);
            if (!q.exec())
                return SqlErrors::fromQuery(q, tr("Could not read the series."));
            venues.insert(s.venueId, q.next() ? q.value(0).toString() : QString());
        }
        EventSummary e;
        e.title = s.title;
        e.type = s.type;
        e.format = s.format;
        e.start = o.start;
        e.end = o.end;
        e.allDay = s.allDay;
        e.venueId = s.venueId;
        e.venueName = venues.value(s.venueId);
        e.capacity = s.capacity;
        e.seriesId = s.id;
        e.planned = true;
        e.occurrenceDate = o.occurrenceDate;
        lines.append(e);
    }
    return lines;
}

Result<QList<SpeakerSlot>> SeriesStore::speakerSlots(qint64 seriesId) const
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

Result<QList<Candidate>> SeriesStore::candidates(qint64 seriesId, const QDate &from, int count) const
{
    auto series = get(seriesId);
    if (!series)
        return series.error();
    auto slotList = speakerSlots(seriesId);
    if (!slotList)
        return slotList.error();
    auto confirmed = confirmedOf(m_database.connection(), seriesId);
    if (!confirmed)
        return confirmed.error();
    QList<Candidate> rows;
    // Look ahead a year at a time, so that a weekly rule does not expand decades to list five dates.
    const auto last = Recurrence::lastDate(series->rrule, series->firstStart);
    for (int year = 0; year < kCandidateYears && rows.size() < count; ++year) {
        const QDate windowFrom = from.addYears(year);
        auto expanded = expand(*series, windowFrom, from.addYears(year + 1).addDays(-1), true);
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

Result<QDate> SeriesStore::slotSpeaker(qint64 seriesId, qint64 memberId, const QString &topic,
                                       const QDate &from)
{
    return placeSpeaker(seriesId, SpeakerSlot{seriesId, {}, memberId, {}, topic, {}}, from, {});
}

Result<QDate> SeriesStore::placeSpeaker(qint64 seriesId, SpeakerSlot slot, const QDate &from,
                                        const QDate &vacated)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    auto list = candidates(seriesId, from, 500);
    if (!list)
        return list.error();
    const auto free = std::find_if(list->cbegin(), list->cend(), [&](const Candidate &c) {
        return c.occurrence.occurrenceDate != vacated && c.isFree() &&
               !slot.declinedDates.contains(c.occurrence.occurrenceDate);
    });
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
    q.prepare(QStringLiteral("INSERT INTO series_slots (series_id, occurrence_date, member_id, topic, "
                             "declined_dates) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(seriesId);
    q.addBindValue(slot.occurrenceDate.toString(Qt::ISODate));
    q.addBindValue(slot.memberId);
    q.addBindValue(SqlValues::text(slot.topic));
    q.addBindValue(SqlValues::text(datesText(slot.declinedDates)));
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not save the speaker slots."));
    if (free->eventId > 0) {
        if (auto added = addSpeaker(free->eventId, slot.memberId); !added)
            return added.error();
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT seriesChanged(seriesId);
    return slot.occurrenceDate;
}

Result<void> SeriesStore::addSpeaker(qint64 eventId, qint64 memberId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO participations (event_id, member_id, role, rsvp) "
                       "VALUES (?, ?, 'speaker', 'going') "
                       "ON CONFLICT (event_id, member_id) DO UPDATE SET role = 'speaker', rsvp = 'going'"));
    q.addBindValue(eventId);
    q.addBindValue(memberId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not add the speaker to the event."));
    return {};
}

Result<QDate> SeriesStore::declineSlot(qint64 seriesId, const QDate &occurrenceDate)
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

Result<void> SeriesStore::removeSlot(qint64 seriesId, const QDate &occurrenceDate)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM series_slots WHERE series_id = ? AND occurrence_date = ?"));
    q.addBindValue(seriesId);
    q.addBindValue(occurrenceDate.toString(Qt::ISODate));
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not save the speaker slots."));
    if (q.numRowsAffected() == 0)
        return Error(Error::Code::NotFound, tr("No speaker is slotted on this date."));
    Q_EMIT seriesChanged(seriesId);
    return {};
}

Result<qint64> SeriesStore::confirm(qint64 seriesId, const QDate &occurrenceDate)
{
    auto series = get(seriesId);
    if (!series)
        return series.error();
    auto existing = m_events.idForOccurrence(seriesId, occurrenceDate);
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error(Error::Code::Invalid, tr("This occurrence is already an event."));
    // The occurrence may have been moved up to a few weeks away from its rule date.
    auto around = expand(*series, occurrenceDate.addDays(-60), occurrenceDate.addDays(60));
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
    Q_EMIT seriesChanged(seriesId);
    return *id;
}

Result<qint64> SeriesStore::split(qint64 id, const QDate &occurrenceDate, Series tail)
{
    auto head = get(id);
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
    if (auto saved = update(before); !saved)
        return saved.error();
    auto tailId = insert(tail);
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
    Q_EMIT seriesChanged(id);
    Q_EMIT seriesChanged(*tailId);
    return *tailId;
}

Result<SeriesSnapshot> SeriesStore::snapshot(qint64 id) const
{
    auto series = get(id);
    if (!series)
        return series.error();
    auto slotList = speakerSlots(id);
    if (!slotList)
        return slotList.error();
    SeriesSnapshot snap{std::move(series).value(), std::move(slotList).value(), {}};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id FROM events WHERE series_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the series."));
    while (q.next())
        snap.confirmedEventIds.append(q.value(0).toLongLong());
    return snap;
}

Result<void> SeriesStore::restore(const SeriesSnapshot &snap)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    const qint64 id = snap.series.id;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT sequence FROM series WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not save the series."));
    if (q.next()) {
        // Undoing is a change too: other calendars must see a higher SEQUENCE.
        Series s = snap.series;
        s.sequence = q.value(0).toInt() + 1;
        if (auto saved = update(s); !saved)
            return saved.error();
    } else if (auto added = insert(snap.series); !added) {
        return added.error();
    }
    if (auto written = writeSlots(m_database.connection(), id, snap.speakerSlots); !written)
        return written.error();
    for (qint64 eventId : snap.confirmedEventIds) {
        q.prepare(QStringLiteral("UPDATE events SET series_id = ? WHERE id = ?"));
        q.addBindValue(id);
        q.addBindValue(eventId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, tr("Could not save the series."));
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT seriesChanged(id);
    return {};
}

} // namespace offkai
