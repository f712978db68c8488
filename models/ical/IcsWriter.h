#pragma once

#include "IcsCalendar.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace offkai {

/// Writes events and series as an RFC 5545 calendar, byte for byte as libical's serialiser writes them
/// (tst_icswriter holds it to that): CRLF line ends, lines folded at 75 octets without splitting a UTF-8
/// sequence, TEXT escaped, a VTIMEZONE (from libical) for every TZID used, DTSTAMP. Events are written
/// directly as text; the calendar's own properties through libical.
///
/// Standard properties carry what they can (UID, SEQUENCE, SUMMARY, DESCRIPTION, LOCATION, URL, STATUS,
/// DTSTART/DTEND, RRULE, EXDATE, RECURRENCE-ID, CREATED, LAST-MODIFIED); X-OFFKAI-* properties carry the
/// rest so that Offkai reads back every field: TYPE, FORMAT, STATUS (done), TENTATIVE-NOTE, HOST,
/// CAPACITY, FEE, STAFF-COUNT, LINK-POLICY, WHAT-TO-BRING, HOLIDAY-POLICY, TIMEZONE (of an all-day
/// event), EVENT-UID (a confirmed occurrence), MOVED, HOLIDAY and — only when asked — NOTES.
class IcsWriter
{
    Q_DECLARE_TR_FUNCTIONS(offkai::IcsWriter)
public:
    struct Options
    {
        bool includeNotes = false; ///< organizers' notes are private: off unless asked
        QDateTime stamp;           ///< DTSTAMP; now when invalid
        QString calendarName;      ///< X-WR-CALNAME, when not empty
    };

    explicit IcsWriter(const Options &options);
    IcsWriter();

    /// Adds one VEVENT. An event without a day cannot be written: returns false.
    bool addEvent(const IcsEvent &event);
    /// Adds a series: one VEVENT with RRULE and EXDATEs (skipped and holiday-skipped occurrences), then a
    /// RECURRENCE-ID override for each moved or holiday-moved occurrence and each confirmed event.
    void addSeries(const IcsSeries &series);

    int componentCount() const { return m_components; }
    /// The whole calendar.
    QByteArray toBytes() const;

private:
    Options m_options;
    QByteArray m_body;
    QSet<QByteArray> m_zones;
    QHash<QByteArray, bool> m_writableZones; ///< zone id → IcsTimeZones::canWrite
    int m_components = 0;
};

} // namespace offkai
