#include "Recurrence.h"

#include <cstdlib>
#include <libical/ical.h>

#include <QStringList>
#include <QTimeZone>

namespace offkai {

namespace {
// A bound on iterations, so that a rule which never reaches the range cannot spin forever.
constexpr int kMaxIterations = 200000;

struct Iterator
{
    icalrecur_iterator *it = nullptr;
    ~Iterator()
    {
        if (it)
            icalrecur_iterator_free(it);
    }
};

Result<icalrecurrencetype> parse(const QString &rrule)
{
    const QString text = rrule.trimmed();
    const QString shown = text.isEmpty() ? Recurrence::tr("(empty)") : text;
    if (text.isEmpty())
        return Error(Error::Code::Invalid, Recurrence::tr("The series needs a repeat rule."));
    if (text.startsWith(QLatin1String("RRULE"), Qt::CaseInsensitive))
        return Error(Error::Code::Invalid,
                     Recurrence::tr("Write the repeat rule without “RRULE:”: %1").arg(shown));
    icalerror_clear_errno();
    const QByteArray utf8 = text.toUtf8();
    icalrecurrencetype rule = icalrecurrencetype_from_string(utf8.constData());
    if (rule.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR) {
        icalerror_clear_errno();
        return Error(Error::Code::Invalid,
                     Recurrence::tr("The repeat rule “%1” is not valid iCalendar.").arg(shown),
                     QStringLiteral("libical rejected RRULE %1").arg(text));
    }
    if (rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE ||
        rule.freq == ICAL_HOURLY_RECURRENCE)
        return Error(Error::Code::Invalid,
                     Recurrence::tr("A series repeats daily at most; “%1” repeats within a day.").arg(shown));
    if (rule.interval < 1 || rule.interval > 1000)
        return Error(Error::Code::Invalid,
                     Recurrence::tr("The repeat interval in “%1” is out of range.").arg(shown));
    // An nth weekday no month (or year) has: libical would search for a first occurrence for seconds.
    const bool withinMonths =
        rule.freq == ICAL_MONTHLY_RECURRENCE ||
        (rule.freq == ICAL_YEARLY_RECURRENCE && rule.by_month[0] != ICAL_RECURRENCE_ARRAY_MAX);
    for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        const int nth = std::abs(icalrecurrencetype_day_position(rule.by_day[i]));
        if (nth > (withinMonths ? 5 : 53))
            return Error(Error::Code::Invalid,
                         Recurrence::tr("The repeat rule “%1” asks for a weekday that never occurs (such as "
                                        "a 6th Thursday of a month).")
                             .arg(shown));
    }
    return rule;
}

icaltimetype toIcal(const QDateTime &local, bool dateOnly)
{
    icaltimetype t = icaltime_null_time();
    const QDate d = local.date();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    if (dateOnly) {
        t.is_date = 1;
    } else {
        const QTime time = local.time();
        t.hour = time.hour();
        t.minute = time.minute();
        t.second = time.second();
    }
    return t;
}

QDate dateOf(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}
} // namespace

Result<void> Recurrence::validate(const QString &rrule)
{
    auto rule = parse(rrule);
    if (!rule)
        return rule.error();
    return {};
}

Result<void> Recurrence::validate(const QString &rrule, const QDateTime &firstStart)
{
    if (auto rule = validate(rrule); !rule)
        return rule;
    if (firstStart.isValid() &&
        (firstStart.date().year() < kFirstYear || firstStart.date().year() > kLastYear))
        return Error(Error::Code::Invalid,
                     tr("A series must start between the years %1 and %2.").arg(kFirstYear).arg(kLastYear));
    auto first = expand(rrule, firstStart, firstStart.date(), QDate(kLastYear, 12, 31), 1);
    if (!first)
        return first.error();
    return {};
}

Result<QList<QDateTime>> Recurrence::expand(const QString &rrule, const QDateTime &firstStart,
                                            const QDate &from, const QDate &to, int limit)
{
    auto rule = parse(rrule);
    if (!rule)
        return rule.error();
    if (!firstStart.isValid())
        return Error(Error::Code::Invalid, tr("The series needs the date and time of its first occurrence."));
    QList<QDateTime> starts;
    if (to < from || limit <= 0 || to < firstStart.date())
        return starts;
    // An UNTIL written as a date includes that whole day (RFC 5545 wants a date-time with a DATE-TIME
    // DTSTART; calendars and people write the date).
    icalrecurrencetype effective = *rule;
    if (!icaltime_is_null_time(effective.until) && effective.until.is_date) {
        effective.until.is_date = 0;
        effective.until.hour = 23;
        effective.until.minute = 59;
        effective.until.second = 59;
    }
    Iterator iterator;
    iterator.it = icalrecur_iterator_new(effective, toIcal(firstStart, false));
    if (!iterator.it) {
        icalerror_clear_errno();
        return Error(Error::Code::Invalid,
                     tr("The repeat rule “%1” cannot be expanded.").arg(rrule.trimmed()),
                     QStringLiteral("icalrecur_iterator_new failed"));
    }
    const QTime time = firstStart.time();
    const QTimeZone zone = firstStart.timeZone();
    for (int i = 0; i < kMaxIterations; ++i) {
        const icaltimetype next = icalrecur_iterator_next(iterator.it);
        if (icaltime_is_null_time(next))
            break;
        const QDate day = dateOf(next);
        if (day > to)
            break;
        if (day < from)
            continue;
        starts.append(QDateTime(day, time, zone));
        if (starts.size() >= limit)
            break;
    }
    return starts;
}

Result<QDate> Recurrence::lastDate(const QString &rrule, const QDateTime &firstStart)
{
    auto rule = parse(rrule);
    if (!rule)
        return rule.error();
    if (!icaltime_is_null_time(rule->until))
        return dateOf(rule->until);
    if (rule->count <= 0)
        return QDate();
    auto starts = expand(rrule, firstStart, firstStart.date(), QDate(9999, 12, 31), rule->count);
    if (!starts)
        return starts.error();
    return starts->isEmpty() ? firstStart.date() : starts->constLast().date();
}

QString Recurrence::withUntil(const QString &rrule, const QDate &until)
{
    QStringList parts;
    for (const QString &part : rrule.trimmed().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = part.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
        if (name != QLatin1String("COUNT") && name != QLatin1String("UNTIL"))
            parts.append(part.trimmed());
    }
    parts.append(QStringLiteral("UNTIL=") + until.toString(QStringLiteral("yyyyMMdd")));
    return parts.join(QLatin1Char(';'));
}

QString Recurrence::weekly(int interval)
{
    return interval <= 1 ? QStringLiteral("FREQ=WEEKLY")
                         : QStringLiteral("FREQ=WEEKLY;INTERVAL=%1").arg(interval);
}

namespace {
const char *const kDayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
}

QString Recurrence::monthlyByWeekday(const QDate &day, int nth)
{
    return QStringLiteral("FREQ=MONTHLY;BYDAY=%1%2")
        .arg(nth)
        .arg(QLatin1String(kDayCodes[day.dayOfWeek() - 1]));
}

int Recurrence::weekdayOrdinal(const QDate &day)
{
    return (day.day() - 1) / 7 + 1;
}

namespace {
QString ordinal(int position)
{
    switch (position) {
    case 1:
        return Recurrence::tr("1st");
    case 2:
        return Recurrence::tr("2nd");
    case 3:
        return Recurrence::tr("3rd");
    case 4:
        return Recurrence::tr("4th");
    case 5:
        return Recurrence::tr("5th");
    case -1:
        return Recurrence::tr("last");
    default:
        return QString::number(position);
    }
}

QString dayName(short encoded, const QLocale &locale)
{
    const int dow = icalrecurrencetype_day_day_of_week(encoded); // 1 = Sunday … 7 = Saturday
    const int qtDay = dow == 1 ? 7 : dow - 1;
    return locale.dayName(qtDay, QLocale::LongFormat);
}

QStringList weekdays(const icalrecurrencetype &rule, const QLocale &locale, bool withPosition)
{
    QStringList days;
    for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        const int position = icalrecurrencetype_day_position(rule.by_day[i]);
        const QString name = dayName(rule.by_day[i], locale);
        days.append(withPosition && position != 0
                        //: "2nd Tuesday": %1 the ordinal ("2nd", "last"), %2 the weekday
                        ? Recurrence::tr("%1 %2", "ordinal weekday").arg(ordinal(position), name)
                        : name);
    }
    return days;
}
} // namespace

QString Recurrence::describe(const QString &rrule, const QLocale &locale)
{
    auto parsed = parse(rrule);
    if (!parsed)
        return rrule.trimmed();
    const icalrecurrencetype &rule = *parsed;
    const int n = rule.interval;
    const QString list = locale.createSeparatedList(weekdays(rule, locale, true));
    QString text;
    switch (rule.freq) {
    case ICAL_DAILY_RECURRENCE:
        text = n == 1 ? tr("Every day") : tr("Every %1 days").arg(n);
        break;
    case ICAL_WEEKLY_RECURRENCE:
        if (list.isEmpty())
            text = n == 1 ? tr("Every week") : tr("Every %1 weeks").arg(n);
        else
            text = n == 1 ? tr("Every week on %1").arg(list) : tr("Every %1 weeks on %2").arg(n).arg(list);
        break;
    case ICAL_MONTHLY_RECURRENCE:
        if (!list.isEmpty())
            text = n == 1 ? tr("Every month on the %1").arg(list)
                          : tr("Every %1 months on the %2").arg(n).arg(list);
        else if (rule.by_month_day[0] != ICAL_RECURRENCE_ARRAY_MAX)
            text = n == 1 ? tr("Every month on day %1").arg(rule.by_month_day[0])
                          : tr("Every %1 months on day %2").arg(n).arg(rule.by_month_day[0]);
        else
            text = n == 1 ? tr("Every month") : tr("Every %1 months").arg(n);
        break;
    case ICAL_YEARLY_RECURRENCE:
        text = n == 1 ? tr("Every year") : tr("Every %1 years").arg(n);
        break;
    default:
        return rrule.trimmed();
    }
    if (rule.count > 0)
        text += rule.count == 1 ? tr(", once") : tr(", %1 times").arg(rule.count);
    else if (!icaltime_is_null_time(rule.until))
        text += tr(", until %1").arg(locale.toString(dateOf(rule.until), QLocale::ShortFormat));
    return text;
}

} // namespace offkai
