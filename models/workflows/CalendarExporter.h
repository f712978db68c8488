#pragma once

#include "core/Result.h"
#include "ical/IcsWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace offkai {

class Workspace;

/// Exports the calendar as iCalendar: one event, one series, or every event and series in a date range.
///
/// A series is one VEVENT with its RRULE and EXDATEs (skipped occurrences, and those its holiday policy
/// skips), with RECURRENCE-ID overrides for moved occurrences, those the holiday policy moves, and the
/// occurrences confirmed as events — so that other calendars show the dates Offkai shows. LOCATION is the
/// venue's "name, address"; URL the online link. Organizers' notes are left out unless asked for. A
/// tentative event without a day cannot be a VEVENT: it is left out and counted.
class CalendarExporter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::CalendarExporter)
public:
    using Options = IcsWriter::Options;

    struct Exported
    {
        QByteArray bytes;
        int events = 0;  ///< single events written (not counting confirmed occurrences)
        int series = 0;  ///< series written
        int leftOut = 0; ///< tentative events without a day, not written
    };

    explicit CalendarExporter(Workspace &workspace);

    /// Events with a day in [from, to] (either may be invalid: open) and the series with an occurrence in
    /// it, each whole.
    Result<Exported> exportRange(const QDate &from, const QDate &to, const Options &options = {}) const;
    Result<Exported> exportEvent(qint64 eventId, const Options &options = {}) const;
    Result<Exported> exportSeries(qint64 seriesId, const Options &options = {}) const;

    /// The UID written for an event that has none: "offkai-event-<id>-<created, UTC>@offkai".
    static QString fallbackUid(const Event &event);
    /// Writes the bytes to `path` atomically.
    static Result<void> writeFile(const QString &path, const QByteArray &bytes);

private:
    Result<QString> locationOf(qint64 venueId) const;
    Result<IcsSeries> seriesItem(const Series &series, const QList<Event> &confirmed,
                                 const QDate &until) const;

    Workspace &m_workspace;
    mutable QHash<qint64, QString> m_locations; ///< venue id → LOCATION, for one exporter's life
};

} // namespace offkai
