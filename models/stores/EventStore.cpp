#include "EventStore.h"

#include "HeadcountQuery.h"
#include "LastChange.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace offkai {

namespace {
const QString kColumns = QStringLiteral(
    "id, title, kind, format, status, starts_at, ends_at, time_zone, all_day, tentative_from, tentative_to, "
    "tentative_note, venue_id, online_url, host_member_id, capacity, fee, staff_count, link_policy, "
    "what_to_bring, description, notes, created_at, updated_at, uid, sequence, series_id, occurrence_date, "
    "how_to_apply, apply_by, row_version");

const QString kSummaryEventColumns = QStringLiteral(
    "e.id, e.title, e.kind, e.format, e.status, e.starts_at, e.ends_at, e.time_zone, e.all_day, "
    "e.tentative_from, e.tentative_to, e.tentative_note, e.venue_id, coalesce(v.name, ''), e.series_id, ");
const QString kSummaryColumns = kSummaryEventColumns + HeadcountQuery::columns();
/// PostgreSQL groups by every column it reads outside an aggregate (`e` is a CTE, whose id decides
/// nothing for it).
const QString kSummaryColumnsPg = kSummaryEventColumns + HeadcountQuery::columns(true);
const QString kSummaryGroupPg = QStringLiteral(
    "e.id, e.title, e.kind, e.format, e.status, e.starts_at, e.ends_at, e.time_zone, e.all_day, "
    "e.tentative_from, e.tentative_to, e.tentative_note, e.venue_id, v.id, e.series_id, e.capacity, "
    "e.staff_count");

QTimeZone zoneFor(const QString &id)
{
    // Making a zone from its id reads the system's zone data: each id is made once per thread (a
    // community's events use one or two zones; a calendar of 10,000 events read them 10,000 times).
    thread_local QHash<QString, QTimeZone> zones;
    auto found = zones.constFind(id);
    if (found == zones.constEnd()) {
        const QTimeZone zone(id.toUtf8());
        found = zones.insert(id, zone.isValid() ? zone : QTimeZone::utc());
    }
    return *found;
}

/// A stored UTC time shown in the event's zone.
QDateTime localTime(const QVariant &utc, const QTimeZone &zone)
{
    const QDateTime when = SqlValues::toDateTime(utc);
    return when.isValid() ? when.toTimeZone(zone) : QDateTime();
}

QVariant utcText(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toUTC().toString(Qt::ISODate)) : QVariant();
}

QDate lastLocalDay(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid())
        return {};
    if (!end.isValid() || end <= start)
        return start.date();
    return qMax(start.date(), end.addMSecs(-1).date());
}

EventSummary readSummary(const QSqlQuery &q)
{
    EventSummary s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.type = q.value(2).toString();
    s.format = Event::formatFromKey(q.value(3).toString()).value_or(Event::Format::Offline);
    s.status = Event::statusFromKey(q.value(4).toString()).value_or(Event::Status::Scheduled);
    const QTimeZone zone = zoneFor(q.value(7).toString());
    s.start = localTime(q.value(5), zone);
    s.end = localTime(q.value(6), zone);
    s.allDay = q.value(8).toBool();
    s.tentativeFrom = SqlValues::toDate(q.value(9));
    s.tentativeTo = SqlValues::toDate(q.value(10));
    s.tentativeNote = q.value(11).toString();
    s.venueId = q.value(12).toLongLong();
    s.venueName = q.value(13).toString();
    s.seriesId = q.value(14).toLongLong();
    s.headcount = HeadcountQuery::read(q, 15);
    s.capacity = s.headcount.capacity;
    s.going = s.headcount.takingPlaces;
    s.attended = s.headcount.attended;
    return s;
}

Event readEvent(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.title = q.value(1).toString();
    e.type = q.value(2).toString();
    e.format = Event::formatFromKey(q.value(3).toString()).value_or(Event::Format::Offline);
    e.status = Event::statusFromKey(q.value(4).toString()).value_or(Event::Status::Scheduled);
    e.timeZone = zoneFor(q.value(7).toString());
    e.start = localTime(q.value(5), e.timeZone);
    e.end = localTime(q.value(6), e.timeZone);
    e.allDay = q.value(8).toBool();
    e.tentativeFrom = SqlValues::toDate(q.value(9));
    e.tentativeTo = SqlValues::toDate(q.value(10));
    e.tentativeNote = q.value(11).toString();
    e.venueId = q.value(12).toLongLong();
    e.onlineUrl = q.value(13).toString();
    e.hostMemberId = q.value(14).toLongLong();
    e.capacity = SqlValues::toOptionalInt(q.value(15));
    e.fee = SqlValues::toOptionalInt(q.value(16));
    e.staffCount = q.value(17).toBool();
    e.linkPolicy = q.value(18).toString();
    e.whatToBring = q.value(19).toString();
    e.description = q.value(20).toString();
    e.notes = q.value(21).toString();
    e.createdAt = SqlValues::toDateTime(q.value(22));
    e.updatedAt = SqlValues::toDateTime(q.value(23));
    e.uid = q.value(24).toString();
    e.sequence = q.value(25).toInt();
    e.seriesId = q.value(26).toLongLong();
    e.occurrenceDate = SqlValues::toDate(q.value(27));
    e.howToApply = q.value(28).toString();
    e.applyBy = SqlValues::toDate(q.value(29));
    e.version = q.value(30).toLongLong();
    return e;
}
} // namespace

QDate EventSummary::firstDay() const
{
    return hasDay() ? start.date() : tentativeFrom;
}

QDate EventSummary::lastDay() const
{
    return hasDay() ? lastLocalDay(start, end) : (tentativeTo.isValid() ? tentativeTo : tentativeFrom);
}

EventStore::EventStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<Event> EventStore::get(qint64 id) const
{
    static const QString sql =
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM events WHERE id = ?");
    QSqlQuery &q = statement(sql);
    q.addBindValue(id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the event."));
    if (!q.next()) {
        q.finish();
        return Error(Error::Code::NotFound, tr("The event no longer exists."),
                     QStringLiteral("event %1").arg(id));
    }
    Event e = readEvent(q);
    q.finish();
    auto by = LastChange::organizer(m_database.connection(), QStringLiteral("events"), id,
                                    tr("Could not read the event."));
    if (!by)
        return by.error();
    e.updatedBy = *by;
    return e;
}

Result<QList<Event>> EventStore::ofSeries(qint64 seriesId) const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT ") + kColumns +
                             QStringLiteral(" FROM events WHERE series_id = ? "
                                            "ORDER BY coalesce(starts_at, tentative_from), id"));
    q.addBindValue(seriesId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the events."));
    QList<Event> rows;
    while (q.next())
        rows.append(readEvent(q));
    q.finish();
    return rows;
}

Result<QList<Event>> EventStore::allEvents() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + kColumns +
                QStringLiteral(" FROM events ORDER BY coalesce(starts_at, tentative_from), id")))
        return SqlErrors::fromQuery(q, tr("Could not read the events."));
    QList<Event> rows;
    while (q.next())
        rows.append(readEvent(q));
    return rows;
}

QSqlQuery &EventStore::statement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql)) {
            // Not kept: the next call prepares it again (and exec() reports the error).
            m_unprepared = std::make_unique<QSqlQuery>(query);
            return *m_unprepared;
        }
        it = m_statements.insert(sql, query);
    }
    return *it;
}

Result<QList<EventSummary>> EventStore::summaries(const QString &where, const QVariantList &values,
                                                  const QString &order) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // The events are chosen first (through their own indexes), then their participations are counted:
    // grouping the join directly would have SQLite walk every event in id order.
    const bool pg = SqlDialect::of(m_database.connection()).isPostgreSql();
    q.prepare(QStringLiteral("WITH e AS MATERIALIZED (SELECT * FROM events e ") + where +
              QStringLiteral(") SELECT ") + (pg ? kSummaryColumnsPg : kSummaryColumns) +
              QStringLiteral(" FROM e LEFT JOIN venues v ON v.id = e.venue_id "
                             "LEFT JOIN participations p ON p.event_id = e.id GROUP BY ") +
              (pg ? kSummaryGroupPg : QStringLiteral("e.id")) + QStringLiteral(" ORDER BY ") + order);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the events."));
    QList<EventSummary> rows;
    while (q.next())
        rows.append(readSummary(q));
    return rows;
}

Result<QList<EventSummary>> EventStore::between(const QDate &from, const QDate &to) const
{
    // Local days depend on each event's zone (UTC−12 … UTC+14): select with a margin in UTC, then keep the
    // events whose local days overlap [from, to].
    const QString lower =
        QDateTime(from, QTime(0, 0), QTimeZone::utc()).addSecs(-14 * 3600).toString(Qt::ISODate);
    const QString upper =
        QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).addSecs(12 * 3600).toString(Qt::ISODate);
    auto rows = summaries(QStringLiteral("WHERE (e.starts_at < ? AND coalesce(e.ends_at, e.starts_at) >= ?) "
                                         "OR (e.starts_at IS NULL AND e.tentative_from <= ? "
                                         "AND coalesce(e.tentative_to, e.tentative_from) >= ?)"),
                          {upper, lower, to.toString(Qt::ISODate), from.toString(Qt::ISODate)},
                          QStringLiteral("coalesce(e.starts_at, e.tentative_from), e.id"));
    if (!rows)
        return rows;
    rows->removeIf([&](const EventSummary &s) { return s.lastDay() < from || s.firstDay() > to; });
    return rows;
}

Result<QList<EventSummary>> EventStore::all() const
{
    return summaries({}, {}, QStringLiteral("coalesce(e.starts_at, e.tentative_from), e.id"));
}

Result<EventSummary> EventStore::summary(qint64 id) const
{
    auto rows = summaries(QStringLiteral("WHERE e.id = ?"), {id}, QStringLiteral("e.id"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(Error::Code::NotFound, tr("The event no longer exists."),
                     QStringLiteral("event %1").arg(id));
    return rows->constFirst();
}

Result<QList<EventSummary>> EventStore::atVenue(qint64 venueId) const
{
    return summaries(QStringLiteral("WHERE e.venue_id = ?"), {venueId},
                     QStringLiteral("coalesce(e.starts_at, e.tentative_from) DESC, e.id DESC"));
}

Result<qint64> EventStore::idForUid(const QString &uid) const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT id FROM events WHERE uid = ?"));
    q.addBindValue(uid);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the events."));
    const qint64 id = q.next() ? q.value(0).toLongLong() : qint64(0);
    q.finish();
    return id;
}

Result<qint64> EventStore::idForOccurrence(qint64 seriesId, const QDate &occurrenceDate) const
{
    QSqlQuery &q =
        statement(QStringLiteral("SELECT id FROM events WHERE series_id = ? AND occurrence_date = ?"));
    q.addBindValue(seriesId);
    q.addBindValue(occurrenceDate.toString(Qt::ISODate));
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the events."));
    const qint64 id = q.next() ? q.value(0).toLongLong() : qint64(0);
    q.finish();
    return id;
}

QString EventStore::newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@offkai");
}

Result<int> EventStore::count() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM events")) || !q.next())
        return SqlErrors::fromQuery(q, tr("Could not read the events."));
    return q.value(0).toInt();
}

Result<void> EventStore::validate(const Event &e) const
{
    if (e.title.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("An event needs a title."));
    if (!e.timeZone.isValid())
        return Error(Error::Code::Invalid, tr("Choose the event's time zone."));
    if (e.hasDay()) {
        if (e.end.isValid() && e.end < e.start)
            return Error(Error::Code::Invalid, tr("The event cannot end before it starts."));
    } else {
        if (e.status != Event::Status::Tentative)
            return Error(
                Error::Code::Invalid,
                tr("Only a tentative event can be without a day. Choose its day, or mark it tentative."));
        if (!e.tentativeFrom.isValid())
            return Error(Error::Code::Invalid,
                         tr("An event without a fixed day needs at least the first day it could be on."));
        if (e.tentativeTo.isValid() && e.tentativeTo < e.tentativeFrom)
            return Error(Error::Code::Invalid, tr("The last possible day cannot be before the first."));
    }
    if (e.capacity && *e.capacity < 0)
        return Error(Error::Code::Invalid, tr("The capacity cannot be negative."));
    if (e.fee && *e.fee < 0)
        return Error(Error::Code::Invalid, tr("The fee cannot be negative."));
    if (!SqlValues::isWebUrlOrEmpty(e.onlineUrl.trimmed()))
        return Error(Error::Code::Invalid, tr("The online URL must be an http:// or https:// address."));
    auto known = type(e.type);
    if (!known)
        return Error(Error::Code::Invalid, tr("Choose the event's type."), known.error().detail());
    return {};
}

namespace {
void bindEvent(QSqlQuery &q, const Event &e)
{
    const bool dated = e.hasDay();
    q.addBindValue(SqlValues::text(e.title.trimmed()));
    q.addBindValue(SqlValues::text(e.type));
    q.addBindValue(Event::formatKey(e.format));
    q.addBindValue(Event::statusKey(e.status));
    q.addBindValue(dated ? utcText(e.start) : QVariant());
    q.addBindValue(dated ? utcText(e.end) : QVariant());
    q.addBindValue(QString::fromUtf8(e.timeZone.id()));
    q.addBindValue(e.allDay ? 1 : 0);
    q.addBindValue(dated ? QVariant() : SqlValues::dateOrNull(e.tentativeFrom));
    q.addBindValue(dated ? QVariant() : SqlValues::dateOrNull(e.tentativeTo));
    q.addBindValue(SqlValues::text(e.tentativeNote.trimmed()));
    q.addBindValue(SqlValues::idOrNull(e.venueId));
    q.addBindValue(SqlValues::text(e.onlineUrl.trimmed()));
    q.addBindValue(SqlValues::idOrNull(e.hostMemberId));
    q.addBindValue(SqlValues::optionalInt(e.capacity));
    q.addBindValue(SqlValues::optionalInt(e.fee));
    q.addBindValue(e.staffCount ? 1 : 0);
    q.addBindValue(SqlValues::text(e.linkPolicy));
    q.addBindValue(SqlValues::text(e.whatToBring));
    q.addBindValue(SqlValues::text(e.description));
    q.addBindValue(SqlValues::text(e.notes));
    q.addBindValue(SqlValues::text(e.howToApply.trimmed()));
    q.addBindValue(SqlValues::dateOrNull(e.applyBy));
}
} // namespace

Result<qint64> EventStore::insert(const Event &e)
{
    if (auto valid = validate(e); !valid)
        return valid.error();
    const QString what = tr("Could not add the event.");
    const SqlDialect dialect = SqlDialect::of(m_database.connection());
    QSqlQuery &q = statement(
        QStringLiteral(
            "INSERT INTO events (title, kind, format, status, starts_at, ends_at, time_zone, "
            "all_day, tentative_from, tentative_to, tentative_note, venue_id, online_url, "
            "host_member_id, capacity, fee, staff_count, link_policy, what_to_bring, "
            "description, notes, how_to_apply, apply_by, id, created_at, updated_at, uid, sequence, "
            "series_id, occurrence_date, row_version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ") +
        dialect.idOrNext(QStringLiteral("events")) + QStringLiteral(", ?, ?, ?, ?, ?, ?, ?)") +
        dialect.returningId());
    bindEvent(q, e);
    const QString now = SqlValues::now();
    q.addBindValue(e.id > 0 ? QVariant(e.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(e.createdAt.isValid() ? e.createdAt.toUTC().toString(Qt::ISODate) : now);
    // An event re-created with its id (the undo of a delete) comes back exactly as it was, as members do.
    q.addBindValue(e.updatedAt.isValid() && e.id > 0 ? e.updatedAt.toUTC().toString(Qt::ISODate) : now);
    q.addBindValue(e.uid.isEmpty() ? newUid() : e.uid);
    q.addBindValue(qMax(0, e.sequence));
    q.addBindValue(SqlValues::idOrNull(e.seriesId));
    q.addBindValue(e.seriesId > 0 ? SqlValues::dateOrNull(e.occurrenceDate) : QVariant());
    // Put back with its id (undo of a delete), an event keeps its version, so that the steps before the
    // delete still find the version they expect.
    q.addBindValue(e.id > 0 && e.version > 0 ? e.version : 1);
    if (!q.exec())
        return SqlErrors::fromQuery(q, what);
    const qint64 returned = dialect.insertedId(q);
    const qint64 id = e.id > 0 ? e.id : returned;
    Q_EMIT eventInserted(id);
    return id;
}

Result<void> EventStore::update(const Event &e)
{
    if (auto valid = validate(e); !valid)
        return valid.error();
    QSqlQuery &q = statement(
        QStringLiteral("UPDATE events SET title = ?, kind = ?, format = ?, status = ?, starts_at = ?, "
                       "ends_at = ?, time_zone = ?, all_day = ?, tentative_from = ?, tentative_to = ?, "
                       "tentative_note = ?, venue_id = ?, online_url = ?, host_member_id = ?, "
                       "capacity = ?, fee = ?, staff_count = ?, link_policy = ?, what_to_bring = ?, "
                       "description = ?, notes = ?, how_to_apply = ?, apply_by = ?, updated_at = ?, sequence "
                       "= ") +
        SqlDialect::of(m_database.connection())
            .largerOf(QStringLiteral("sequence + 1"), QStringLiteral("?")) +
        QStringLiteral(", row_version = row_version + 1 WHERE id = ? AND (? = 0 OR row_version = ?)"));
    bindEvent(q, e);
    q.addBindValue(SqlValues::now());
    q.addBindValue(e.sequence);
    q.addBindValue(e.id);
    // With a version, the row is written only if nobody has changed it since it was read; the version
    // then goes up by one (the schema's trigger does the same for every other UPDATE of the row).
    q.addBindValue(e.version);
    q.addBindValue(e.version);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not save the event."));
    if (q.numRowsAffected() == 0) {
        if (e.version == 0)
            return Error(Error::Code::NotFound, tr("The event no longer exists."),
                         QStringLiteral("event %1").arg(e.id));
        return changedSince(e);
    }
    Q_EMIT eventUpdated(e.id);
    return {};
}

Result<void> EventStore::changedSince(const Event &e) const
{
    auto current = get(e.id);
    if (!current)
        return current.error();
    return Error(Error::Code::Conflict,
                 tr("The event “%1” was changed elsewhere (another window or organizer) after you opened it.")
                     .arg(current->title),
                 QStringLiteral("event %1: read version %2, the database has version %3")
                     .arg(e.id)
                     .arg(e.version)
                     .arg(current->version));
}

Result<void> EventStore::remove(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM events WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not delete the event."));
    if (q.numRowsAffected() == 0)
        return Error(Error::Code::NotFound, tr("The event no longer exists."),
                     QStringLiteral("event %1").arg(id));
    Q_EMIT eventRemoved(id);
    return {};
}

Result<QList<EventType>> EventStore::types() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, label, color, position FROM event_types ORDER BY position, key")))
        return SqlErrors::fromQuery(q, tr("Could not read the event types."));
    QList<EventType> rows;
    while (q.next())
        rows.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return rows;
}

Result<EventType> EventStore::type(const QString &key) const
{
    QSqlQuery &q =
        statement(QStringLiteral("SELECT key, label, color, position FROM event_types WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not read the event types."));
    if (!q.next()) {
        q.finish();
        return Error(Error::Code::NotFound, tr("This event type no longer exists."),
                     QStringLiteral("type %1").arg(key));
    }
    EventType type{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
    q.finish();
    return type;
}

Result<void> EventStore::saveType(const EventType &t)
{
    static const QRegularExpression color(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (t.key.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("An event type needs a key."));
    if (!color.match(t.color).hasMatch())
        return Error(Error::Code::Invalid, tr("Choose a colour for the event type."));
    if (t.displayName().trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("An event type needs a name."));
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO event_types (key, label, color, position) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET label = excluded.label, color = excluded.color, "
                       "position = excluded.position"));
    q.addBindValue(t.key);
    q.addBindValue(SqlValues::text(t.label.trimmed()));
    q.addBindValue(t.color);
    q.addBindValue(t.position);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not save the event type."));
    Q_EMIT typesChanged();
    return {};
}

Result<void> EventStore::removeType(const QString &key)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE kind = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return SqlErrors::fromQuery(q, tr("Could not delete the event type."));
    if (const int used = q.value(0).toInt(); used > 0)
        return Error(Error::Code::InUse,
                     tr("This type is used by %n event(s). Change their type first.", nullptr, used));
    q.prepare(QStringLiteral("DELETE FROM event_types WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Could not delete the event type."));
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT typesChanged();
    return {};
}

Result<QString> EventStore::newTypeKey() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT key FROM event_types WHERE key LIKE 'custom\\_%' ESCAPE '\\'")))
        return SqlErrors::fromQuery(q, tr("Could not read the event types."));
    int highest = 0;
    while (q.next())
        highest = qMax(highest, q.value(0).toString().mid(7).toInt());
    return QStringLiteral("custom_%1").arg(highest + 1);
}

} // namespace offkai
