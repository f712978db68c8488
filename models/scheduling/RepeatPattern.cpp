#include "RepeatPattern.h"

#include <array>
#include <QStringList>

namespace offkai {

namespace {
constexpr std::array<const char *, 7> kDayCodes = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

QString dayCode(int dayOfWeek)
{
    return QLatin1String(kDayCodes.at(std::size_t(qBound(1, dayOfWeek, 7) - 1)));
}

/// 1–7 for "MO"–"SU", 0 for anything else.
int dayFromCode(const QString &code)
{
    for (std::size_t i = 0; i < kDayCodes.size(); ++i) {
        if (code == QLatin1String(kDayCodes.at(i)))
            return int(i) + 1;
    }
    return 0;
}
} // namespace

QString RepeatPattern::rrule() const
{
    const QString day = dayCode(dayOfWeek);
    switch (kind) {
    case Kind::MonthlyNth:
        return QStringLiteral("FREQ=MONTHLY;BYDAY=%1%2").arg(qBound(1, nth, kMaxNth)).arg(day);
    case Kind::MonthlyLast:
        return QStringLiteral("FREQ=MONTHLY;BYDAY=-1") + day;
    case Kind::Weekly:
        return QStringLiteral("FREQ=WEEKLY;BYDAY=") + day;
    case Kind::EveryOtherWeek:
        return QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=") + day;
    }
    return {};
}

QDate RepeatPattern::nthWeekdayOfMonth(int year, int month, int nth, int dayOfWeek)
{
    const QDate first(year, month, 1);
    if (!first.isValid() || dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    if (nth == -1) {
        const QDate last(year, month, first.daysInMonth());
        return last.addDays(-((last.dayOfWeek() - dayOfWeek + 7) % 7));
    }
    if (nth < 1 || nth > 5)
        return {};
    const QDate day = first.addDays((dayOfWeek - first.dayOfWeek() + 7) % 7 + 7 * (nth - 1));
    return day.month() == month ? day : QDate();
}

QDate RepeatPattern::firstOnOrAfter(const QDate &from) const
{
    if (!from.isValid())
        return {};
    if (kind == Kind::Weekly || kind == Kind::EveryOtherWeek)
        return from.addDays((dayOfWeek - from.dayOfWeek() + 7) % 7);
    const int position = kind == Kind::MonthlyLast ? -1 : qBound(1, nth, kMaxNth);
    for (QDate month(from.year(), from.month(), 1); month.isValid(); month = month.addMonths(1)) {
        const QDate day = nthWeekdayOfMonth(month.year(), month.month(), position, dayOfWeek);
        if (day.isValid() && day >= from)
            return day;
    }
    return {};
}

std::optional<RepeatPattern> RepeatPattern::fromRule(const QString &rrule, const QDate &firstDate)
{
    QString freq;
    QString byDay;
    int interval = 1;
    for (const QString &part : rrule.trimmed().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = part.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
        const QString value = part.section(QLatin1Char('='), 1).trimmed().toUpper();
        if (name == QLatin1String("FREQ")) {
            freq = value;
        } else if (name == QLatin1String("BYDAY")) {
            byDay = value;
        } else if (name == QLatin1String("INTERVAL")) {
            bool ok = false;
            interval = value.toInt(&ok);
            if (!ok)
                return std::nullopt;
        } else if (name == QLatin1String("WKST") && value == QLatin1String("MO")) {
            continue; // Monday is the default week start: it changes nothing
        } else if (name != QLatin1String("COUNT") && name != QLatin1String("UNTIL")) {
            return std::nullopt;
        }
    }
    RepeatPattern pattern;
    if (freq == QLatin1String("WEEKLY") && (interval == 1 || interval == 2)) {
        pattern.kind = interval == 1 ? Kind::Weekly : Kind::EveryOtherWeek;
        pattern.dayOfWeek =
            byDay.isEmpty() ? (firstDate.isValid() ? firstDate.dayOfWeek() : 0) : dayFromCode(byDay);
        if (pattern.dayOfWeek == 0)
            return std::nullopt;
        return pattern;
    }
    if (freq != QLatin1String("MONTHLY") || interval != 1 || byDay.size() < 3)
        return std::nullopt;
    pattern.dayOfWeek = dayFromCode(byDay.right(2));
    const QString position = byDay.chopped(2);
    bool ok = false;
    const int nth = (position.startsWith(QLatin1Char('+')) ? position.mid(1) : position).toInt(&ok);
    if (pattern.dayOfWeek == 0 || !ok)
        return std::nullopt;
    if (nth == -1) {
        pattern.kind = Kind::MonthlyLast;
        return pattern;
    }
    if (nth < 1 || nth > kMaxNth)
        return std::nullopt;
    pattern.kind = Kind::MonthlyNth;
    pattern.nth = nth;
    return pattern;
}

RepeatPattern RepeatPattern::suggestedFor(const QDate &day)
{
    RepeatPattern pattern;
    pattern.dayOfWeek = day.isValid() ? day.dayOfWeek() : 2;
    const int nth = day.isValid() ? (day.day() - 1) / 7 + 1 : 2;
    if (nth > kMaxNth) {
        pattern.kind = Kind::MonthlyLast;
    } else {
        pattern.kind = Kind::MonthlyNth;
        pattern.nth = nth;
    }
    return pattern;
}

} // namespace offkai
