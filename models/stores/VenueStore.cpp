#include "VenueStore.h"

#include "core/Log.h"
#include "LastChange.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlQuery>
#include <QUrl>

namespace offkai {

namespace {
const QString kColumns = QStringLiteral(
    "id, name, kind, address, map_url, bus, parking, nearby, capacity, price_range, phone, web_url, "
    "meeting_url, notes, created_at, updated_at, short_map_url, row_version");

QString likePattern(const QString &search)
{
    QString escaped = search;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QString kSearchCondition = QStringLiteral(
    "(name LIKE :p ESCAPE '\\' OR address LIKE :p ESCAPE '\\' OR notes LIKE :p ESCAPE '\\' "
    "OR nearby LIKE :p ESCAPE '\\' OR EXISTS (SELECT 1 FROM venue_stations s WHERE s.venue_id = venues.id "
    "AND (s.station LIKE :p ESCAPE '\\' OR s.line LIKE :p ESCAPE '\\')))");

/// The search condition for `dialect`: LIKE ignores ASCII case on SQLite, ILIKE does on PostgreSQL.
QString searchCondition(const SqlDialect &dialect)
{
    if (!dialect.isPostgreSql())
        return kSearchCondition;
    return QString(kSearchCondition).replace(QStringLiteral(" LIKE "), QStringLiteral(" ILIKE "));
}

} // namespace

VenueStore::VenueStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<void> VenueStore::validate(const Venue &v)
{
    if (v.name.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("A venue needs a name."));
    if (v.capacity && *v.capacity < 0)
        return Error(Error::Code::Invalid, tr("The capacity cannot be negative."));
    for (const VenueStation &s : v.stations) {
        if (s.station.trimmed().isEmpty())
            return Error(Error::Code::Invalid, tr("Each nearest station needs a name."));
        if (s.walkMinutes && *s.walkMinutes < 0)
            return Error(Error::Code::Invalid, tr("Walking minutes cannot be negative."));
    }
    if (!SqlValues::isWebUrlOrEmpty(v.webUrl))
        return Error(Error::Code::Invalid, tr("The web page must be an http:// or https:// address."));
    if (!SqlValues::isWebUrlOrEmpty(v.mapUrl))
        return Error(Error::Code::Invalid, tr("The map link must be an http:// or https:// address."));
    if (!SqlValues::isWebUrlOrEmpty(v.shortMapUrl.trimmed()))
        return Error(Error::Code::Invalid, tr("The short map link must be an http:// or https:// address."));
    if (!SqlValues::isWebUrlOrEmpty(v.meetingUrl))
        return Error(Error::Code::Invalid,
                     tr("The online meeting URL must be an http:// or https:// address."));
    return {};
}

Result<QList<Venue>> VenueStore::select(const QString &where, const QVariantList &values) const
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM venues ") + where +
                  QStringLiteral(" ORDER BY id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the venues."));
    QList<Venue> venues;
    QHash<qint64, qsizetype> rowOf;
    while (query.next()) {
        Venue v;
        v.id = query.value(0).toLongLong();
        v.name = query.value(1).toString();
        v.kind = Venue::kindFromKey(query.value(2).toString()).value_or(Venue::Kind::Other);
        v.address = query.value(3).toString();
        v.mapUrl = query.value(4).toString();
        v.bus = query.value(5).toString();
        v.parking = query.value(6).toString();
        v.nearby = query.value(7).toString();
        v.capacity = SqlValues::toOptionalInt(query.value(8));
        v.priceRange = query.value(9).toString();
        v.phone = query.value(10).toString();
        v.webUrl = query.value(11).toString();
        v.meetingUrl = query.value(12).toString();
        v.notes = query.value(13).toString();
        v.createdAt = QDateTime::fromString(query.value(14).toString(), Qt::ISODate);
        v.updatedAt = QDateTime::fromString(query.value(15).toString(), Qt::ISODate);
        v.shortMapUrl = query.value(16).toString();
        v.version = query.value(17).toLongLong();
        rowOf.insert(v.id, venues.size());
        venues.append(v);
    }
    if (venues.isEmpty())
        return venues;

    QSqlQuery stations(db);
    stations.setForwardOnly(true);
    QString sql =
        QStringLiteral("SELECT venue_id, station, line, exit_name, walk_minutes FROM venue_stations");
    if (venues.size() == 1)
        sql += QStringLiteral(" WHERE venue_id = ?");
    sql += QStringLiteral(" ORDER BY venue_id, position");
    stations.prepare(sql);
    if (venues.size() == 1)
        stations.addBindValue(venues.constFirst().id);
    if (!stations.exec())
        return SqlErrors::fromQuery(stations, tr("Could not read the venues."));
    while (stations.next()) {
        const auto row = rowOf.constFind(stations.value(0).toLongLong());
        if (row == rowOf.cend())
            continue;
        venues[*row].stations.append({stations.value(1).toString(), stations.value(2).toString(),
                                      stations.value(3).toString(),
                                      SqlValues::toOptionalInt(stations.value(4))});
    }
    return venues;
}

Result<QList<Venue>> VenueStore::list(const QString &search) const
{
    const QString term = search.trimmed();
    if (term.isEmpty())
        return select({}, {});
    QString where = QStringLiteral("WHERE ") + searchCondition(SqlDialect::of(m_database.connection()));
    const QString pattern = likePattern(term);
    // Named placeholders repeat; QSqlQuery binds positional values in order, so expand them.
    const qsizetype uses = where.count(QStringLiteral(":p"));
    where.replace(QStringLiteral(":p"), QStringLiteral("?"));
    return select(where, QVariantList(uses, pattern));
}

Result<Venue> VenueStore::get(qint64 id) const
{
    auto venues = select(QStringLiteral("WHERE id = ?"), {id});
    if (!venues)
        return venues.error();
    if (venues->isEmpty())
        return Error(Error::Code::NotFound, tr("The venue no longer exists."),
                     QStringLiteral("venue %1").arg(id));
    Venue venue = venues->constFirst();
    auto by = LastChange::organizer(m_database.connection(), QStringLiteral("venues"), id,
                                    tr("Could not read the venues."));
    if (!by)
        return by.error();
    venue.updatedBy = *by;
    return venue;
}

Result<bool> VenueStore::matches(qint64 id, const QString &search) const
{
    QSqlQuery query(m_database.connection());
    QString sql = QStringLiteral("SELECT 1 FROM venues WHERE id = ?");
    const QString term = search.trimmed();
    if (!term.isEmpty())
        sql += QStringLiteral(" AND ") + searchCondition(SqlDialect::of(m_database.connection()))
                                             .replace(QStringLiteral(":p"), QStringLiteral("?"));
    query.prepare(sql);
    query.addBindValue(id);
    if (!term.isEmpty()) {
        const QString pattern = likePattern(term);
        for (qsizetype i = 0, n = kSearchCondition.count(QStringLiteral(":p")); i < n; ++i)
            query.addBindValue(pattern);
    }
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the venues."));
    return query.next();
}

Result<int> VenueStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM venues")) || !query.next())
        return SqlErrors::fromQuery(query, tr("Could not read the venues."));
    return query.value(0).toInt();
}

Result<void> VenueStore::writeStations(qint64 id, const QList<VenueStation> &stations)
{
    const QString what = tr("Could not save the venue.");
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM venue_stations WHERE venue_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    query.prepare(QStringLiteral("INSERT INTO venue_stations (venue_id, position, station, line, exit_name, "
                                 "walk_minutes) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < stations.size(); ++i) {
        const VenueStation &s = stations.at(i);
        query.addBindValue(id);
        query.addBindValue(int(i));
        query.addBindValue(SqlValues::text(s.station.trimmed()));
        query.addBindValue(SqlValues::text(s.line.trimmed()));
        query.addBindValue(SqlValues::text(s.exit.trimmed()));
        query.addBindValue(SqlValues::optionalInt(s.walkMinutes));
        if (!query.exec())
            return SqlErrors::fromQuery(query, what);
    }
    return {};
}

Result<qint64> VenueStore::insert(const Venue &v)
{
    if (auto valid = validate(v); !valid)
        return valid.error();
    const QString what = tr("Could not add the venue.");
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery query(m_database.connection());
    const SqlDialect dialect = SqlDialect::of(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO venues (id, name, kind, address, map_url, bus, parking, nearby, "
                       "capacity, price_range, phone, web_url, meeting_url, notes, created_at, "
                       "updated_at, short_map_url, row_version) VALUES (") +
        dialect.idOrNext(QStringLiteral("venues")) +
        QStringLiteral(", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") + dialect.returningId());
    const QString now = SqlValues::now();
    query.addBindValue(v.id > 0 ? QVariant(v.id) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(SqlValues::text(v.name.trimmed()));
    query.addBindValue(Venue::kindKey(v.kind));
    query.addBindValue(SqlValues::text(v.address));
    query.addBindValue(SqlValues::text(v.mapUrl.trimmed()));
    query.addBindValue(SqlValues::text(v.bus));
    query.addBindValue(SqlValues::text(v.parking));
    query.addBindValue(SqlValues::text(v.nearby));
    query.addBindValue(SqlValues::optionalInt(v.capacity));
    query.addBindValue(SqlValues::text(v.priceRange));
    query.addBindValue(SqlValues::text(v.phone));
    query.addBindValue(SqlValues::text(v.webUrl.trimmed()));
    query.addBindValue(SqlValues::text(v.meetingUrl.trimmed()));
    query.addBindValue(SqlValues::text(v.notes));
    query.addBindValue(v.createdAt.isValid() ? v.createdAt.toUTC().toString(Qt::ISODate) : now);
    query.addBindValue(now);
    query.addBindValue(SqlValues::text(v.shortMapUrl.trimmed()));
    // Put back with its id (undo of a delete), a venue keeps its version, so that the steps before the
    // delete still find the version they expect.
    query.addBindValue(v.id > 0 && v.version > 0 ? v.version : 1);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    const qint64 returned = dialect.insertedId(query);
    const qint64 id = v.id > 0 ? v.id : returned;
    if (auto written = writeStations(id, v.stations); !written)
        return written.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    Q_EMIT venueInserted(id);
    return id;
}

Result<void> VenueStore::update(const Venue &v)
{
    if (auto valid = validate(v); !valid)
        return valid;
    const QString what = tr("Could not save the venue.");
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE venues SET name = ?, kind = ?, address = ?, map_url = ?, bus = ?, "
                       "parking = ?, nearby = ?, capacity = ?, price_range = ?, phone = ?, web_url = ?, "
                       "meeting_url = ?, notes = ?, updated_at = ?, short_map_url = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND (? = 0 OR row_version = ?)"));
    query.addBindValue(SqlValues::text(v.name.trimmed()));
    query.addBindValue(Venue::kindKey(v.kind));
    query.addBindValue(SqlValues::text(v.address));
    query.addBindValue(SqlValues::text(v.mapUrl.trimmed()));
    query.addBindValue(SqlValues::text(v.bus));
    query.addBindValue(SqlValues::text(v.parking));
    query.addBindValue(SqlValues::text(v.nearby));
    query.addBindValue(SqlValues::optionalInt(v.capacity));
    query.addBindValue(SqlValues::text(v.priceRange));
    query.addBindValue(SqlValues::text(v.phone));
    query.addBindValue(SqlValues::text(v.webUrl.trimmed()));
    query.addBindValue(SqlValues::text(v.meetingUrl.trimmed()));
    query.addBindValue(SqlValues::text(v.notes));
    query.addBindValue(SqlValues::now());
    query.addBindValue(SqlValues::text(v.shortMapUrl.trimmed()));
    query.addBindValue(v.id);
    // With a version, the row is written only if nobody has changed it since it was read; the version
    // then goes up by one (the schema's trigger does the same for every other UPDATE of the row).
    query.addBindValue(v.version);
    query.addBindValue(v.version);
    if (!query.exec())
        return SqlErrors::fromQuery(query, what);
    if (query.numRowsAffected() != 1) {
        if (v.version == 0)
            return Error(Error::Code::NotFound, tr("The venue no longer exists."),
                         QStringLiteral("venue %1").arg(v.id));
        return changedSince(v);
    }
    if (auto written = writeStations(v.id, v.stations); !written)
        return written;
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT venueUpdated(v.id);
    return {};
}

Result<void> VenueStore::changedSince(const Venue &v) const
{
    auto current = get(v.id);
    if (!current)
        return current.error();
    return Error(Error::Code::Conflict,
                 tr("The venue “%1” was changed elsewhere (another window or organizer) after you opened it.")
                     .arg(current->name),
                 QStringLiteral("venue %1: read version %2, the database has version %3")
                     .arg(v.id)
                     .arg(v.version)
                     .arg(current->version));
}

Result<QStringList> VenueStore::eventsAt(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT title, coalesce(starts_at, tentative_from, '') FROM events "
                                 "WHERE venue_id = ? ORDER BY coalesce(starts_at, tentative_from)"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the venue's events."));
    QStringList events;
    while (query.next()) {
        const QString when = query.value(1).toString().left(10);
        events.append(when.isEmpty()
                          ? query.value(0).toString()
                          : query.value(0).toString() + QStringLiteral(" (") + when + QLatin1Char(')'));
    }
    return events;
}

Result<void> VenueStore::remove(qint64 id)
{
    auto events = eventsAt(id);
    if (!events)
        return events.error();
    if (!events->isEmpty()) {
        const int shown = 5;
        QString list = events->mid(0, shown).join(QStringLiteral("\n• "));
        if (events->size() > shown)
            list += QLatin1Char('\n') + tr("…and %n more", nullptr, int(events->size() - shown));
        return Error(
            Error::Code::InUse,
            tr("This venue cannot be deleted because %n event(s) use it:", nullptr, int(events->size())) +
                QStringLiteral("\n• ") + list,
            QStringLiteral("venue %1 used by events").arg(id));
    }
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM venues WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not delete the venue."));
    if (query.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, tr("The venue no longer exists."),
                     QStringLiteral("venue %1").arg(id));
    if (auto done = tx.commit(); !done)
        return done;
    Q_EMIT venueRemoved(id);
    return {};
}

} // namespace offkai
