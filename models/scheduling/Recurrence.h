#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

namespace offkai {

/// RFC 5545 recurrence rules, parsed and expanded by libical: no recurrence arithmetic of our own.
class Recurrence
{
    Q_DECLARE_TR_FUNCTIONS(offkai::Recurrence)
public:
    /// The years a calendar item may start in: far beyond any meetup, and within what libical expands.
    static constexpr int kFirstYear = 1900;
    static constexpr int kLastYear = 2999;

    /// Checks an RRULE value ("FREQ=MONTHLY;BYDAY=2TU", without "RRULE:"); the message says what is wrong.
    static Result<void> validate(const QString &rrule);
    /// Also checks that the rule can be expanded from `firstStart` (libical refuses rules such as
    /// "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30" only when asked for occurrences) and that it starts between
    /// kFirstYear and kLastYear: what a stored series must pass, so that export and candidates never fail.
    static Result<void> validate(const QString &rrule, const QDateTime &firstStart);

    /// The local start times the rule gives from `firstStart` (itself the first one, in its zone) whose
    /// local date lies in [from, to], at most `limit` of them. Each start keeps firstStart's local time of
    /// day in its zone, whatever the UTC offset that day.
    static Result<QList<QDateTime>> expand(const QString &rrule, const QDateTime &firstStart,
                                           const QDate &from, const QDate &to, int limit = 100000);

    /// The last date the rule can reach (its UNTIL, or the date of its COUNT-th occurrence), or an invalid
    /// date when it runs forever.
    static Result<QDate> lastDate(const QString &rrule, const QDateTime &firstStart);

    /// The rule ending on `until` (its COUNT or UNTIL replaced): "this and following" splits a series so.
    static QString withUntil(const QString &rrule, const QDate &until);

    /// Rules the editor offers, for a first occurrence on `day`.
    static QString weekly(int interval = 1);
    /// Every `nth` (1–4, or -1 for the last) weekday of the month, the weekday of `day`.
    static QString monthlyByWeekday(const QDate &day, int nth);
    /// Which nth weekday of its month `day` is (1–5).
    static int weekdayOrdinal(const QDate &day);

    /// "Every 2nd Tuesday", "毎月第2火曜日", "Every other week on Thursday", "until 2027-03-31", "12 times".
    static QString describe(const QString &rrule, const QLocale &locale);
};

} // namespace offkai
