#pragma once

#include "exchange/CsvReader.h"

#include <QList>
#include <QString>

namespace offkai {

/// The shapes of Zoom's reports that a plain CSV reader does not know: sections (a meeting summary
/// block before the participants, the webinar report's "Host Details", "Panelist Details" and
/// "Attendee Details", each with its own header row) and participants' names, which Zoom writes as
/// "current name (original name)" and which are often a device's label ("iPhone (佐藤 花子)").
class ZoomReport
{
public:
    struct Name
    {
        QString name;     ///< the person's name as shown in the meeting
        QString original; ///< the name before renaming; empty when the same or unknown
    };

    /// "佐藤 花子 (Hanako Sato)" → {佐藤 花子, Hanako Sato}; "iPhone (佐藤 花子)", "DESKTOP-ABC123 (田中)"
    /// → the person in the parentheses; "佐藤のiPhone" → 佐藤; a device label alone ("iPad") is kept.
    static Name splitName(const QString &text);
    /// True for a device's default name: "iPhone", "Galaxy S21", "DESKTOP-ABC123", "佐藤のiPad".
    static bool isDeviceLabel(const QString &text);

    /// True for a section title line: its first field filled ("Attendee Details"), every other one empty.
    static bool isTitle(const CsvReader::Record &record);
    /// The index of the title line reading `title` (case-insensitive), or -1.
    static qsizetype findTitle(const QList<CsvReader::Record> &records, const QString &title);
    /// The index after the last row of the section whose header row is at `header`: a title line followed
    /// by a header row, or a header row after a blank line, starts the next section; records.size() when
    /// the section runs to the end.
    static qsizetype sectionEnd(const QList<CsvReader::Record> &records, qsizetype header);
};

} // namespace offkai
