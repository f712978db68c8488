#include "JapaneseHolidays.h"

#include <array>
#include <cmath>
#include <QHash>
#include <QMutex>

namespace offkai {

namespace {
using Kind = JapaneseHolidays::Kind;

/// One year: the kind of each day, indexed by QDate::dayOfYear() (1…366).
struct YearTable
{
    std::array<Kind, 367> kinds{};
};

/// The `n`th `weekday` (1 = Monday) of a month.
QDate nthWeekday(int year, int month, int n, int weekday)
{
    const QDate first(year, month, 1);
    return first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

constexpr int Monday = 1;
constexpr int Sunday = 7;

/// Day of March (vernal) or September (autumnal) of the equinox in JST, by the approximation used by the
/// Cabinet Office's calendar tables: floor(base + 0.242194 (Y − 1980) − leap days), where the leap-day term
/// counts from 1983 before 1980 (C++ division truncates, as the published formula does) and from 1980 after.
int equinoxDay(int year, double before1980, double until2099, double after2099)
{
    const double drift = 0.242194 * (year - 1980);
    if (year < 1980)
        return int(std::floor(before1980 + drift - (year - 1983) / 4));
    const double base = year <= 2099 ? until2099 : after2099;
    return int(std::floor(base + drift - (year - 1980) / 4));
}

/// The named holidays (国民の祝日) and the days special laws made holidays, before the rules that derive
/// substitute and citizens' holidays from them. `national` marks the days that count as 国民の祝日 for
/// those rules (the 2019 days by their special law; the older special days did not and never needed to).
struct Named
{
    QDate date;
    Kind kind;
    bool national = true;
};

QList<Named> namedHolidays(int year)
{
    QList<Named> list;
    auto add = [&](const QDate &date, Kind kind, bool national = true) {
        list.append({date, kind, national});
    };
    auto day = [year](int month, int d) {
        return QDate(year, month, d);
    };

    add(day(1, 1), Kind::NewYearsDay);
    add(year <= 1999 ? day(1, 15) : nthWeekday(year, 1, 2, Monday), Kind::ComingOfAgeDay);
    if (year >= 1967)
        add(day(2, 11), Kind::NationalFoundationDay);
    if (year >= 2020)
        add(day(2, 23), Kind::EmperorsBirthday);
    add(JapaneseHolidays::vernalEquinox(year), Kind::VernalEquinoxDay);
    if (year <= 1988)
        add(day(4, 29), Kind::EmperorsBirthday);
    else if (year <= 2006)
        add(day(4, 29), Kind::GreeneryDay);
    else
        add(day(4, 29), Kind::ShowaDay);
    add(day(5, 3), Kind::ConstitutionMemorialDay);
    if (year >= 2007)
        add(day(5, 4), Kind::GreeneryDay);
    add(day(5, 5), Kind::ChildrensDay);

    // 海の日, 山の日 and スポーツの日 moved around the opening and closing of the Tokyo Olympics.
    if (year == 2020)
        add(day(7, 23), Kind::MarineDay);
    else if (year == 2021)
        add(day(7, 22), Kind::MarineDay);
    else if (year >= 2003)
        add(nthWeekday(year, 7, 3, Monday), Kind::MarineDay);
    else if (year >= 1996)
        add(day(7, 20), Kind::MarineDay);
    if (year == 2020)
        add(day(7, 24), Kind::SportsDay);
    else if (year == 2021)
        add(day(7, 23), Kind::SportsDay);
    if (year == 2020)
        add(day(8, 10), Kind::MountainDay);
    else if (year == 2021)
        add(day(8, 8), Kind::MountainDay);
    else if (year >= 2016)
        add(day(8, 11), Kind::MountainDay);

    if (year >= 2003)
        add(nthWeekday(year, 9, 3, Monday), Kind::RespectForTheAgedDay);
    else if (year >= 1966)
        add(day(9, 15), Kind::RespectForTheAgedDay);
    add(JapaneseHolidays::autumnalEquinox(year), Kind::AutumnalEquinoxDay);
    if (year >= 2022)
        add(nthWeekday(year, 10, 2, Monday), Kind::SportsDay);
    else if (year >= 2000 && year <= 2019)
        add(nthWeekday(year, 10, 2, Monday), Kind::HealthAndSportsDay);
    else if (year >= 1966 && year <= 1999)
        add(day(10, 10), Kind::HealthAndSportsDay);
    add(day(11, 3), Kind::CultureDay);
    add(day(11, 23), Kind::LaborThanksgivingDay);
    if (year >= 1989 && year <= 2018)
        add(day(12, 23), Kind::EmperorsBirthday);

    switch (year) {
    case 1959:
        add(day(4, 10), Kind::CrownPrinceAkihitoWedding, false);
        break;
    case 1989:
        add(day(2, 24), Kind::EmperorShowaFuneral, false);
        break;
    case 1990:
        add(day(11, 12), Kind::EnthronementCeremony, false);
        break;
    case 1993:
        add(day(6, 9), Kind::CrownPrinceNaruhitoWedding, false);
        break;
    case 2019: // 天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律: treated as national holidays
        add(day(5, 1), Kind::EnthronementDay);
        add(day(10, 22), Kind::EnthronementCeremony);
        break;
    default:
        break;
    }
    return list;
}

YearTable compute(int year)
{
    YearTable table;
    std::array<bool, 368> national{}; // by day of year, with room for the day after 12/31
    const QDate lawInForce = JapaneseHolidays::lawInForce();
    for (const Named &n : namedHolidays(year)) {
        if (n.date < lawInForce)
            continue;
        table.kinds[n.date.dayOfYear()] = n.kind;
        national[n.date.dayOfYear()] = n.national;
    }
    const int days = QDate(year, 12, 31).dayOfYear();
    auto isNational = [&](int d) {
        return d >= 1 && d <= days && national[d];
    };

    // 振替休日. From 1973-04-12 (the amendment of that day): a national holiday on a Sunday makes the next
    // day a holiday. From 2007: the first day after it that is not a national holiday. No holiday falls on
    // 12/31, so the substitute never leaves the year.
    const QDate substitutesFrom(1973, 4, 12);
    for (int d = 1; d <= days; ++d) {
        const QDate date = QDate(year, 1, 1).addDays(d - 1);
        if (!national[d] || date.dayOfWeek() != Sunday || date < substitutesFrom)
            continue;
        int next = d + 1;
        if (year >= 2007) {
            while (isNational(next))
                ++next;
        }
        if (next <= days && table.kinds[next] == Kind::None)
            table.kinds[next] = Kind::SubstituteHoliday;
    }

    // 国民の休日. From 1985-12-27: a day whose day before and day after are both national holidays. Until
    // 2006 the law excluded Sundays and substitute holidays; from 2007 only the national holidays
    // themselves (no Sunday can fall between two national holidays in the calendar since then).
    if (year >= 1986) {
        for (int d = 2; d < days; ++d) {
            if (national[d] || table.kinds[d] != Kind::None || !isNational(d - 1) || !isNational(d + 1))
                continue;
            if (year <= 2006 && QDate(year, 1, 1).addDays(d - 1).dayOfWeek() == Sunday)
                continue;
            table.kinds[d] = Kind::CitizensHoliday;
        }
    }
    return table;
}

/// Runs `f` on the table of `year` (FirstYear…LastYear), computed once and kept.
template<typename F> auto withTable(int year, F f)
{
    static QMutex mutex;
    static QHash<int, YearTable> cache;
    QMutexLocker locker(&mutex);
    auto it = cache.constFind(year);
    if (it == cache.constEnd())
        it = cache.insert(year, compute(year));
    return f(*it);
}

bool inRange(int year)
{
    return year >= JapaneseHolidays::FirstYear && year <= JapaneseHolidays::LastYear;
}
} // namespace

QDate JapaneseHolidays::lawInForce()
{
    return QDate(1948, 7, 20);
}

QList<JapaneseHolidays::Holiday> JapaneseHolidays::forYear(int year)
{
    QList<Holiday> holidays;
    if (!inRange(year))
        return holidays;
    const YearTable table = withTable(year, [](const YearTable &t) { return t; });
    const QDate first(year, 1, 1);
    for (int d = 1; d <= first.daysInYear(); ++d) {
        if (const Kind kind = table.kinds[d]; kind != Kind::None)
            holidays.append({first.addDays(d - 1), kind, name(kind)});
    }
    return holidays;
}

JapaneseHolidays::Kind JapaneseHolidays::kindOf(const QDate &date)
{
    if (!date.isValid() || !inRange(date.year()))
        return Kind::None;
    return withTable(date.year(), [&date](const YearTable &t) { return t.kinds[date.dayOfYear()]; });
}

QString JapaneseHolidays::nameOf(const QDate &date)
{
    return name(kindOf(date));
}

bool JapaneseHolidays::isHoliday(const QDate &date)
{
    return kindOf(date) != Kind::None;
}

QDate JapaneseHolidays::nextWorkday(const QDate &date)
{
    if (!date.isValid())
        return {};
    QDate next = date.addDays(1);
    while (next.dayOfWeek() > 5 || isHoliday(next))
        next = next.addDays(1);
    return next;
}

QString JapaneseHolidays::name(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NewYearsDay:
        //: 元日
        return tr("New Year's Day");
    case Kind::ComingOfAgeDay:
        //: 成人の日
        return tr("Coming of Age Day");
    case Kind::NationalFoundationDay:
        //: 建国記念の日
        return tr("National Foundation Day");
    case Kind::EmperorsBirthday:
        //: 天皇誕生日
        return tr("Emperor's Birthday");
    case Kind::VernalEquinoxDay:
        //: 春分の日
        return tr("Vernal Equinox Day");
    case Kind::ShowaDay:
        //: 昭和の日
        return tr("Showa Day");
    case Kind::ConstitutionMemorialDay:
        //: 憲法記念日
        return tr("Constitution Memorial Day");
    case Kind::GreeneryDay:
        //: みどりの日
        return tr("Greenery Day");
    case Kind::ChildrensDay:
        //: こどもの日
        return tr("Children's Day");
    case Kind::MarineDay:
        //: 海の日
        return tr("Marine Day");
    case Kind::MountainDay:
        //: 山の日
        return tr("Mountain Day");
    case Kind::RespectForTheAgedDay:
        //: 敬老の日
        return tr("Respect for the Aged Day");
    case Kind::AutumnalEquinoxDay:
        //: 秋分の日
        return tr("Autumnal Equinox Day");
    case Kind::HealthAndSportsDay:
        //: 体育の日 (until 2019)
        return tr("Health and Sports Day");
    case Kind::SportsDay:
        //: スポーツの日 (from 2020)
        return tr("Sports Day");
    case Kind::CultureDay:
        //: 文化の日
        return tr("Culture Day");
    case Kind::LaborThanksgivingDay:
        //: 勤労感謝の日
        return tr("Labor Thanksgiving Day");
    case Kind::SubstituteHoliday:
        //: 振替休日: the day off after a public holiday that fell on a Sunday
        return tr("Substitute Holiday");
    case Kind::CitizensHoliday:
        //: 国民の休日: a day off between two public holidays
        return tr("Citizens' Holiday");
    case Kind::CrownPrinceAkihitoWedding:
        //: 皇太子明仁親王の結婚の儀 (1959-04-10)
        return tr("Wedding Ceremony of Crown Prince Akihito");
    case Kind::EmperorShowaFuneral:
        //: 昭和天皇の大喪の礼 (1989-02-24)
        return tr("Funeral Ceremony of Emperor Showa");
    case Kind::EnthronementCeremony:
        //: 即位礼正殿の儀 (1990-11-12 and 2019-10-22)
        return tr("Enthronement Ceremony");
    case Kind::CrownPrinceNaruhitoWedding:
        //: 皇太子徳仁親王の結婚の儀 (1993-06-09)
        return tr("Wedding Ceremony of Crown Prince Naruhito");
    case Kind::EnthronementDay:
        //: 天皇の即位の日 (2019-05-01)
        return tr("Enthronement Day");
    }
    return {};
}

QString JapaneseHolidays::key(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NewYearsDay:
        return QStringLiteral("new_years_day");
    case Kind::ComingOfAgeDay:
        return QStringLiteral("coming_of_age_day");
    case Kind::NationalFoundationDay:
        return QStringLiteral("national_foundation_day");
    case Kind::EmperorsBirthday:
        return QStringLiteral("emperors_birthday");
    case Kind::VernalEquinoxDay:
        return QStringLiteral("vernal_equinox_day");
    case Kind::ShowaDay:
        return QStringLiteral("showa_day");
    case Kind::ConstitutionMemorialDay:
        return QStringLiteral("constitution_memorial_day");
    case Kind::GreeneryDay:
        return QStringLiteral("greenery_day");
    case Kind::ChildrensDay:
        return QStringLiteral("childrens_day");
    case Kind::MarineDay:
        return QStringLiteral("marine_day");
    case Kind::MountainDay:
        return QStringLiteral("mountain_day");
    case Kind::RespectForTheAgedDay:
        return QStringLiteral("respect_for_the_aged_day");
    case Kind::AutumnalEquinoxDay:
        return QStringLiteral("autumnal_equinox_day");
    case Kind::HealthAndSportsDay:
        return QStringLiteral("health_and_sports_day");
    case Kind::SportsDay:
        return QStringLiteral("sports_day");
    case Kind::CultureDay:
        return QStringLiteral("culture_day");
    case Kind::LaborThanksgivingDay:
        return QStringLiteral("labor_thanksgiving_day");
    case Kind::SubstituteHoliday:
        return QStringLiteral("substitute_holiday");
    case Kind::CitizensHoliday:
        return QStringLiteral("citizens_holiday");
    case Kind::CrownPrinceAkihitoWedding:
        return QStringLiteral("crown_prince_akihito_wedding");
    case Kind::EmperorShowaFuneral:
        return QStringLiteral("emperor_showa_funeral");
    case Kind::EnthronementCeremony:
        return QStringLiteral("enthronement_ceremony");
    case Kind::CrownPrinceNaruhitoWedding:
        return QStringLiteral("crown_prince_naruhito_wedding");
    case Kind::EnthronementDay:
        return QStringLiteral("enthronement_day");
    }
    return {};
}

QDate JapaneseHolidays::vernalEquinox(int year)
{
    if (year < 1900 || year > 2150)
        return {};
    return QDate(year, 3, equinoxDay(year, 20.8357, 20.8431, 21.8510));
}

QDate JapaneseHolidays::autumnalEquinox(int year)
{
    if (year < 1900 || year > 2150)
        return {};
    return QDate(year, 9, equinoxDay(year, 23.2588, 23.2488, 24.2488));
}

} // namespace offkai
