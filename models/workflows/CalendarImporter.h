#pragma once

#include "core/Result.h"
#include "ical/IcsCalendar.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace offkai {

class Workspace;

/// One line of an import preview: what will be created or updated.
struct CalendarImportItem
{
    enum class Kind
    {
        Event,
        Series,
        Venue
    };
    enum class Action
    {
        Create,
        Update,
        Unchanged
    };
    Kind kind = Kind::Event;
    Action action = Action::Create;
    QString title;
    QString when; ///< the date and time, or the rule of a series; the address of a venue

    bool operator==(const CalendarImportItem &) const = default;
};

/// Imports an iCalendar file: events become events, recurring events series (with their skipped and moved
/// occurrences, and confirmed ones as events of the series), LOCATIONs venues.
///
/// A UID seen before updates that event or series (SEQUENCE then increases) instead of adding a copy. A
/// LOCATION matches a venue with that name, or "name, address"; otherwise a venue is made from it (name
/// before the first ", ", address after). Fields only Offkai writes (X-OFFKAI-*) are left as they are when
/// a file from another application updates an event, and notes are kept unless the file has them. The
/// whole import is one transaction: all of it is written, or nothing.
class CalendarImporter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::CalendarImporter)
public:
    struct Counts
    {
        int created = 0;   ///< events and series
        int updated = 0;   ///< events and series
        int unchanged = 0; ///< events and series seen before with nothing new
        int venuesCreated = 0;
    };
    struct Plan
    {
        IcsCalendar calendar;
        QList<CalendarImportItem> items;
        Counts counts; ///< what apply() will do, as far as known now
    };

    explicit CalendarImporter(Workspace &workspace);

    /// Reads a file (IcsReader) and lists what an import would do; writes nothing.
    Result<Plan> previewFile(const QString &path) const;
    Result<Plan> preview(const IcsCalendar &calendar) const;
    /// Writes the plan's calendar in one transaction (matching again against the database as it is now).
    Result<Counts> apply(const Plan &plan);

    static QString kindLabel(CalendarImportItem::Kind kind);
    static QString actionLabel(CalendarImportItem::Action action);

private:
    /// Matches the calendar against the database; lists the items (preview) or writes them (apply, which
    /// needs only the counts: event and series lines are not listed then).
    Result<Plan> run(const IcsCalendar &calendar, bool write) const;

    Workspace &m_workspace;
};

} // namespace offkai
