#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace offkai {

/// Reads the date and time spellings of event services' downloads, without depending on the locale:
/// connpass "2019年7月13日 13時02分", Zoom "2026/05/20 06:50:02 PM" and "05/20/2026 06:50:02 PM", Zoom
/// webinars "May 20, 2026 06:50 PM", Google Forms "2026/05/20 9:05:02", "2026-05-20 18:50:02", ISO 8601
/// (with or without an offset), 午前/午後 for AM/PM, and a date alone (midnight). Full-width digits are
/// read as digits.
class ServiceDateTime
{
public:
    /// The moment `text` names, in UTC; a time without an offset (or JST, UTC, GMT after it) is a local
    /// time in `zone`. Invalid when `text` is empty or not a date.
    static QDateTime parse(const QString &text, const QTimeZone &zone);
};

} // namespace offkai
