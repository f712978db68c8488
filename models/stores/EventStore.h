#pragma once

#include "core/Result.h"
#include "records/Event.h"
#include "records/Headcount.h"

#include <memory>
#include <QHash>
#include <QObject>
#include <QSqlQuery>

namespace offkai {

class Database;

/// A light line of the calendar and the agenda: what a chip or an agenda row shows.
struct EventSummary
{
    qint64 id = 0;
    QString title;
    QString type;
    Event::Format format = Event::Format::Offline;
    Event::Status status = Event::Status::Scheduled;
    QDateTime start; ///< in the event's zone; invalid without a day
    QDateTime end;
    bool allDay = false;
    QDate tentativeFrom;
    QDate tentativeTo;
    QString tentativeNote;
    qint64 venueId = 0;
    QString venueName;
    std::optional<int> capacity;
    Headcount headcount; ///< who registered, came and takes a place (none for a planned occurrence)
    int going = 0;       ///< headcount.takingPlaces: participants who take a place
    int attended = 0;    ///< headcount.attended: participants who came, staff included
    qint64 seriesId = 0; ///< the series it was confirmed from (or, when planned, belongs to); 0 for none
    /// A series occurrence not confirmed yet: id is 0, seriesId and occurrenceDate say which it is.
    bool planned = false;
    QDate occurrenceDate;

    QDate firstDay() const;
    QDate lastDay() const;
    bool hasDay() const { return start.isValid(); }
};

/// All SQL for events and the event type catalogue. Every write runs in a transaction and announces
/// what changed.
class EventStore : public QObject
{
    Q_OBJECT
public:
    explicit EventStore(Database &database, QObject *parent = nullptr);

    Result<Event> get(qint64 id) const;
    /// Every event in full, in the order of all().
    Result<QList<Event>> allEvents() const;
    /// The events of a series (confirmed from its occurrences), in full, in the order of all().
    Result<QList<Event>> ofSeries(qint64 seriesId) const;
    /// Events that show on any local day in [from, to]: dated events overlapping it (in their own zone) and
    /// tentative events without a day whose range overlaps it; ordered by first day, then start.
    Result<QList<EventSummary>> between(const QDate &from, const QDate &to) const;
    /// Every event, ordered by first day (the first possible day for one without a day), then start.
    Result<QList<EventSummary>> all() const;
    Result<EventSummary> summary(qint64 id) const;
    /// Events held at a venue, newest first.
    Result<QList<EventSummary>> atVenue(qint64 venueId) const;
    Result<int> count() const;
    /// The event with an iCalendar UID, or 0.
    Result<qint64> idForUid(const QString &uid) const;
    /// The event confirmed from a series occurrence, or 0.
    Result<qint64> idForOccurrence(qint64 seriesId, const QDate &occurrenceDate) const;
    /// A fresh iCalendar UID ("<uuid>@offkai").
    static QString newUid();

    /// Checks an event before it is written; the message names the field.
    Result<void> validate(const Event &event) const;

    /// Adds an event. An event with a non-zero id is re-created with that id and its updatedAt (undo of a
    /// delete). An empty uid gets a fresh one.
    Result<qint64> insert(const Event &event);
    /// Saves an event; its SEQUENCE becomes one more than stored, or event.sequence when that is higher
    /// (an import of a newer revision). uid, seriesId and occurrenceDate are not changed. Written only over
    /// the version the event was read with (Event::version; 0 writes without that check): when the row has
    /// been changed since, nothing is written and the error is Error::Code::Conflict.
    Result<void> update(const Event &event);
    /// Drops the kept statements before the connection is opened again (see ConnectionWatch).
    void forgetPrepared() { m_statements.clear(); }
    /// Deletes an event and its participations (the caller keeps them for undo).
    Result<void> remove(qint64 id);

    Result<QList<EventType>> types() const;
    Result<EventType> type(const QString &key) const;
    /// Adds or changes a catalogue entry.
    Result<void> saveType(const EventType &type);
    /// Removes a catalogue entry; refused while events use it, naming how many.
    Result<void> removeType(const QString &key);
    /// A fresh key ("custom_N") for an organizer's own type.
    Result<QString> newTypeKey() const;

Q_SIGNALS:
    void eventInserted(qint64 id);
    void eventUpdated(qint64 id);
    void eventRemoved(qint64 id);
    void typesChanged();

private:
    /// A prepared statement for `sql`, kept for the next call (reset with finish() after reading).
    QSqlQuery &statement(const QString &sql) const;
    /// The conflict error for an event whose row has moved on from `event.version`.
    Result<void> changedSince(const Event &event) const;
    Result<QList<EventSummary>> summaries(const QString &where, const QVariantList &values,
                                          const QString &order) const;

    Database &m_database;
    mutable QHash<QString, QSqlQuery> m_statements;
    mutable std::unique_ptr<QSqlQuery> m_unprepared; ///< a statement whose prepare() failed, returned once
};

} // namespace offkai
