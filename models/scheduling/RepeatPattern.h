#pragma once

#include <optional>
#include <QDate>
#include <QString>

namespace offkai {

/// A repeat rule as an organizer picks it: monthly on the Nth weekday ("毎月 第2火曜日"), monthly on the last
/// weekday ("最終金曜日"), weekly or every other week on a weekday. It is written as an RFC 5545 RRULE value
/// (without its end: COUNT and UNTIL are added by who asks) and read back from one, so a series keeps its
/// rule through iCalendar export and import; Recurrence (libical) expands it.
///
/// The weekday is part of the rule ("FREQ=WEEKLY;BYDAY=TU"), not taken from the series' first date, so the
/// first date can be any day: the series starts on firstOnOrAfter() it.
struct RepeatPattern
{
    enum class Kind
    {
        MonthlyNth,
        MonthlyLast,
        Weekly,
        EveryOtherWeek
    };

    /// The highest Nth weekday offered: a 5th one is missing from most months ("last" says what is meant).
    static constexpr int kMaxNth = 4;

    Kind kind = Kind::MonthlyNth;
    int nth = 2;       ///< 1 to kMaxNth, for MonthlyNth
    int dayOfWeek = 2; ///< 1 = Monday … 7 = Sunday, as QDate::dayOfWeek()

    bool operator==(const RepeatPattern &) const = default;

    /// "FREQ=MONTHLY;BYDAY=2TU", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=WEEKLY;BYDAY=TU",
    /// "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU".
    QString rrule() const;
    /// The first day on or after `from` that the rule gives.
    QDate firstOnOrAfter(const QDate &from) const;

    /// The pattern an RRULE value (with or without COUNT or UNTIL, names in any case and order) describes,
    /// or nothing when it says more than the picker does (BYMONTH, several weekdays, another interval…).
    /// A weekly rule without BYDAY repeats on the weekday of `firstDate`, as iCalendar has it.
    static std::optional<RepeatPattern> fromRule(const QString &rrule, const QDate &firstDate);
    /// The pattern a first occurrence on `day` suggests: monthly on its Nth weekday, or the last one for a
    /// day in the month's 5th week.
    static RepeatPattern suggestedFor(const QDate &day);
    /// The `nth` (1–5, or -1 for the last) `dayOfWeek` of a month; invalid when that month has none.
    static QDate nthWeekdayOfMonth(int year, int month, int nth, int dayOfWeek);
};

} // namespace offkai
