#pragma once

#include "core/Result.h"
#include "IcsCalendar.h"

#include <QByteArray>
#include <QCoreApplication>

namespace offkai {

/// Reads an iCalendar file (RFC 5545) as Google Calendar, Outlook, Thunderbird, event sites and Offkai
/// write it, through libical, into events and series.
///
/// The whole file is checked before anything is returned, and any of these refuses it with a translated
/// message: a file over kMaxBytes, binary data, no BEGIN:VCALENDAR, a line that is not a content line
/// (broken folding), text that is not UTF-8, BEGIN/END that do not match or a missing END:VCALENDAR, an
/// RRULE libical rejects, an unreadable date, a VEVENT without DTSTART, a TZID that is neither defined by a
/// VTIMEZONE in the file nor a known zone name.
class IcsReader
{
    Q_DECLARE_TR_FUNCTIONS(offkai::IcsReader)
public:
    static constexpr qint64 kMaxBytes = 32LL * 1024 * 1024;

    static Result<IcsCalendar> readFile(const QString &path);
    static Result<IcsCalendar> read(const QByteArray &bytes);
};

} // namespace offkai
