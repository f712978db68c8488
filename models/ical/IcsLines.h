#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace offkai {

/// The content lines of an iCalendar file, checked before libical sees them: folded lines joined
/// (RFC 5545 §3.1, so a UTF-8 sequence split across a fold is whole again), CR LF or bare LF accepted, a
/// UTF-8 BOM dropped. Refused with a translated message naming the line: a file that does not start with
/// BEGIN:VCALENDAR, a line that is not "NAME[;PARAM…]:VALUE" (broken folding), text that is not UTF-8,
/// BEGIN/END that do not match, an event nested in an event, a missing END:VCALENDAR, an RRULE libical
/// rejects.
class IcsLines
{
    Q_DECLARE_TR_FUNCTIONS(offkai::IcsLines)
public:
    struct Unfolded
    {
        QByteArray text;          ///< one content line per CRLF-ended line
        QList<QByteArray> rrules; ///< the RRULE values as written, in order
        QList<int> rruleLines;    ///< the line of the file each of them is on
    };
    static Result<Unfolded> unfold(const QByteArray &input);
};

} // namespace offkai
