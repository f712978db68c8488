#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace offkai {

/// Japan's public holidays, computed from the rules of the National Holidays Act (国民の祝日に関する法律)
/// as amended over the years, not read from a table of dates:
/// - the named holidays (国民の祝日), each on the day the law gave it in that year (成人の日 on 1/15 until
///   1999 and on the 2nd Monday of January since 2000, 天皇誕生日 on 4/29, 12/23 or 2/23, none in 2019…),
///   with the Olympic moves of 2020 and 2021;
/// - the vernal and autumnal equinox days from the usual approximation of the equinoxes (the National
///   Astronomical Observatory announces them each February for the next year; the approximation gives
///   every published day from 1955 to 2027, see tests/scheduling/tst_japaneseholidays.cpp);
/// - substitute holidays (振替休日): from 1973-04-12 the Monday after a named holiday on a Sunday, from 2007
///   the first day after it that is not a named holiday;
/// - citizens' holidays (国民の休日): from 1985-12-27 a day between two named holidays;
/// - the days that a special law made holidays (1959-04-10, 1989-02-24, 1990-11-12, 1993-06-09,
///   2019-05-01, 2019-10-22).
///
/// Limits: nothing before the law took effect (1948-07-20) and nothing after 2150, the last year for which
/// the equinox approximation is defined. A future change of the law is not known here until it is coded.
///
/// Lookups are cached per year, so nameOf() is cheap enough for every cell of a month grid. The functions
/// may be called from any thread.
class JapaneseHolidays
{
    Q_DECLARE_TR_FUNCTIONS(offkai::JapaneseHolidays)
public:
    /// What a day is. Stable values: they name holidays in JSON output through key().
    enum class Kind : quint8
    {
        None,
        NewYearsDay,                ///< 元日
        ComingOfAgeDay,             ///< 成人の日
        NationalFoundationDay,      ///< 建国記念の日
        EmperorsBirthday,           ///< 天皇誕生日
        VernalEquinoxDay,           ///< 春分の日
        ShowaDay,                   ///< 昭和の日
        ConstitutionMemorialDay,    ///< 憲法記念日
        GreeneryDay,                ///< みどりの日
        ChildrensDay,               ///< こどもの日
        MarineDay,                  ///< 海の日
        MountainDay,                ///< 山の日
        RespectForTheAgedDay,       ///< 敬老の日
        AutumnalEquinoxDay,         ///< 秋分の日
        HealthAndSportsDay,         ///< 体育の日 (until 2019)
        SportsDay,                  ///< スポーツの日 (from 2020)
        CultureDay,                 ///< 文化の日
        LaborThanksgivingDay,       ///< 勤労感謝の日
        SubstituteHoliday,          ///< 振替休日
        CitizensHoliday,            ///< 国民の休日
        CrownPrinceAkihitoWedding,  ///< 1959-04-10 皇太子明仁親王の結婚の儀
        EmperorShowaFuneral,        ///< 1989-02-24 昭和天皇の大喪の礼
        EnthronementCeremony,       ///< 1990-11-12 and 2019-10-22 即位礼正殿の儀
        CrownPrinceNaruhitoWedding, ///< 1993-06-09 皇太子徳仁親王の結婚の儀
        EnthronementDay,            ///< 2019-05-01 天皇の即位の日
    };

    struct Holiday
    {
        QDate date;
        Kind kind = Kind::None;
        QString name; ///< in the UI language (through tr())

        bool operator==(const Holiday &) const = default;
    };

    /// The first and last years with holidays; the first holiday is 1948-09-23.
    static constexpr int FirstYear = 1948;
    static constexpr int LastYear = 2150;
    /// The day the National Holidays Act took effect, 1948-07-20.
    static QDate lawInForce();

    /// The holidays of `year` in date order; empty outside FirstYear…LastYear.
    static QList<Holiday> forYear(int year);
    /// What `date` is; Kind::None for a day that is not a holiday or is out of range.
    static Kind kindOf(const QDate &date);
    /// The holiday's name in the UI language, or an empty string when `date` is not a holiday.
    static QString nameOf(const QDate &date);
    static bool isHoliday(const QDate &date);
    /// The first day after `date` that is Monday to Friday and not a holiday (to move a series occurrence
    /// off a holiday; note that it is always later than `date`, even when `date` is a working day).
    static QDate nextWorkday(const QDate &date);

    /// The name of a kind of holiday in the UI language; empty for Kind::None.
    static QString name(Kind kind);
    /// A language-independent key for scripts: "new_years_day", "substitute_holiday"…; empty for None.
    static QString key(Kind kind);

    /// The day of the vernal / autumnal equinox in Japan (JST) by the approximation formula, for 1900…2150;
    /// an invalid date outside that range.
    static QDate vernalEquinox(int year);
    static QDate autumnalEquinox(int year);
};

} // namespace offkai
