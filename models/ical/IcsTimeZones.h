#pragma once

#include <QByteArray>
#include <QString>
#include <QTimeZone>

namespace offkai {

/// Time zone names in iCalendar files, and VTIMEZONE components for the zones Offkai writes.
///
/// Offkai writes the IANA name ("Asia/Tokyo") as TZID, with a VTIMEZONE made by libical from the system's
/// tzdata (libical calls it "/freeassociation.sourceforge.net/Asia/Tokyo"; that prefix is removed). On
/// import it understands IANA names, libical's and Mozilla's prefixed names, and the Windows names Outlook
/// writes ("Tokyo Standard Time").
class IcsTimeZones
{
public:
    /// The VTIMEZONE component for an IANA zone, with TZID set to the IANA name and CRLF line ends; empty
    /// when libical does not know the zone (then times are written in UTC).
    static QByteArray vtimezone(const QByteArray &ianaId);
    /// True when times in `zone` can be written with a TZID (an IANA zone libical knows, not UTC).
    static bool canWrite(const QTimeZone &zone);
    /// The IANA zone a TZID names (IANA, prefixed IANA, or a Windows name), or an invalid zone.
    static QTimeZone fromTzid(const QString &tzid);
};

} // namespace offkai
