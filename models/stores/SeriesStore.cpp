#include "SeriesStore.h"

#include "LastChange.h"
#include "scheduling/Recurrence.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "stores/EventStore.h"

#include <algorithm>
#include <QSqlQuery>

namespace offkai {

namespace {
const QString kColumns = QStringLiteral(
    "id, uid, sequence, title, kind, format, first_start, time_zone, all_day, duration_minutes, rrule, "
    "holiday_policy, venue_id, online_url, host_member_id, capacity, fee, description, notes, created_at, "
    "updated_at, row_version");

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
    s.version = q.value(21).toLongLong();
    return s;
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
    auto by = LastChange::organizer(m_database.connection(), QStringLiteral("series"), id,
                                    tr("Could not read the series."));
    if (!by)
        return by.error();
    s.updatedBy = *by;
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

} // namespace

Result<qint64> SeriesStore::insert(const Series &s)
{
    if (auto valid = validate(s); !valid)
        return valid.error();
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_database.connection());
    const SqlDialect dialect = SqlDialect::of(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO series (title, kind, format, first_start, time_zone, all_day, "
                             "duration_minutes, rrule, holiday_policy, venue_id, online_url, host_member_id, "
                             "capacity, fee, description, notes, id, uid, sequence, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ") +
              dialect.idOrNext(QStringLiteral("series")) + QStringLiteral(", ?, ?, ?, ?)") +
              dialect.returningId());
    bindSeries(q, s);
    const QString now = SqlValues::now();
    q.addBindValue(s.id > 0 ? QVariant(s.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(s.uid.isEmpty() ? EventStore::newUid() : s.uid);
    q.addBindValue(qMax(0, s.sequence));
    q.addBindValue(s.createdAt.isValid() ? s.createdAt.toUTC().toString(Qt::ISODate) : now);
    q.addBindValue(now);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not add the series."));
    const qint64 returned = dialect.insertedId(q);
    const qint64 id = s.id > 0 ? s.id : returned;
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
                       "notes = ?, updated_at = ?, sequence = ") +
        SqlDialect::of(m_database.connection())
            .largerOf(QStringLiteral("sequence + 1"), QStringLiteral("?")) +
        QStringLiteral(", row_version = row_version + 1 WHERE id = ? AND (? = 0 OR row_version = ?)"));
    bindSeries(q, s);
    q.addBindValue(SqlValues::now());
    q.addBindValue(s.sequence);
    q.addBindValue(s.id);
    // With a version, the row is written only if nobody has changed it since it was read; the version
    // then goes up by one (the schema's trigger does the same for every other UPDATE of the row).
    q.addBindValue(s.version);
    q.addBindValue(s.version);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not save the series."));
    if (q.numRowsAffected() == 0) {
        if (s.version == 0)
            return Error(Error::Code::NotFound, tr("The series no longer exists."),
                         QStringLiteral("series %1").arg(s.id));
        return changedSince(s);
    }
    if (auto written = writeExceptions(m_database.connection(), s.id, s); !written)
        return written.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT seriesChanged(s.id);
    return {};
}

Result<void> SeriesStore::changedSince(const Series &s) const
{
    auto current = get(s.id);
    if (!current)
        return current.error();
    return Error(Error::Code::Conflict,
                 tr("The series “%1” was changed elsewhere (another window or organizer) after you opened "
                    "it.")
                     .arg(current->title),
                 QStringLiteral("series %1: read version %2, the database has version %3")
                     .arg(s.id)
                     .arg(s.version)
                     .arg(current->version));
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

Result<QHash<QDate, qint64>> SeriesStore::confirmedEvents(qint64 seriesId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT occurrence_date, id FROM events WHERE series_id = ?"));
    q.addBindValue(seriesId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the series."));
    QHash<QDate, qint64> dates;
    while (q.next())
        dates.insert(SqlValues::toDate(q.value(0)), q.value(1).toLongLong());
    return dates;
}

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
        auto confirmed = confirmedEvents(s.id);
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
        e.headcount.capacity = s.capacity;
        e.seriesId = s.id;
        e.planned = true;
        e.occurrenceDate = o.occurrenceDate;
        lines.append(e);
    }
    return lines;
}

} // namespace offkai
