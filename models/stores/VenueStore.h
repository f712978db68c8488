#pragma once

#include "core/Result.h"
#include "records/Venue.h"

#include <QObject>

namespace offkai {

class Database;

/// All SQL for venues and their stations. Every write runs in a transaction and announces what changed.
class VenueStore : public QObject
{
    Q_OBJECT
public:
    explicit VenueStore(Database &database, QObject *parent = nullptr);

    /// Venues whose name, address, stations, notes or nearby text contain `search` (case-insensitive for
    /// Latin letters), in id order; the item model sorts them for display.
    Result<QList<Venue>> list(const QString &search = {}) const;
    Result<Venue> get(qint64 id) const;
    /// True when venue `id` exists and matches `search`.
    Result<bool> matches(qint64 id, const QString &search) const;
    Result<int> count() const;

    /// Checks a venue before it is written; the message names the field.
    static Result<void> validate(const Venue &venue);

    /// Adds a venue. A venue with a non-zero id is re-created with that id (undo of a delete).
    Result<qint64> insert(const Venue &venue);
    /// Saves a venue over the version it was read with (Venue::version; 0 writes without that check). When
    /// the row has been changed since, nothing is written and the error is Error::Code::Conflict.
    Result<void> update(const Venue &venue);
    /// Deletes a venue; refused while events use it, naming them.
    Result<void> remove(qint64 id);
    /// Titles and dates of the events held at a venue, for messages.
    Result<QStringList> eventsAt(qint64 id) const;

Q_SIGNALS:
    void venueInserted(qint64 id);
    void venueUpdated(qint64 id);
    void venueRemoved(qint64 id);

private:
    /// The conflict error for a venue whose row has moved on from `venue.version`.
    Result<void> changedSince(const Venue &venue) const;
    Result<void> writeStations(qint64 id, const QList<VenueStation> &stations);
    Result<QList<Venue>> select(const QString &where, const QVariantList &values) const;

    Database &m_database;
};

} // namespace offkai
