#include "scheduling/JapaneseHolidays.h"
#include "TestSupport.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QTranslator>
#include <QtTest>

using namespace offkai;
using Kind = JapaneseHolidays::Kind;

Q_DECLARE_METATYPE(JapaneseHolidays::Kind)

/// The holidays computed from the law against the Cabinet Office's published list
/// (内閣府「国民の祝日・休日」, syukujitsu.csv), typed into tests/data/holidays: every date of every year
/// from 1955 to 2027, with names.
class TestJapaneseHolidays : public QObject
{
    Q_OBJECT

    struct Row
    {
        QDate date;
        QString name; ///< as the Cabinet Office writes it
    };

    /// The rows of a file in the format of syukujitsu.csv (header
    /// "国民の祝日・休日月日,国民の祝日・休日名称").
    static QList<Row> official(const QString &file)
    {
        QFile in(test::testData(QStringLiteral("holidays/") + file));
        if (!in.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(in.fileName()));
        const QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
        if (lines.value(0).trimmed() != QStringLiteral("国民の祝日・休日月日,国民の祝日・休日名称"))
            qFatal("%s: unexpected header", qPrintable(file));
        QList<Row> rows;
        for (const QString &line : lines.mid(1)) {
            if (line.trimmed().isEmpty())
                continue;
            const QStringList fields = line.trimmed().split(QLatin1Char(','));
            const QDate date = QDate::fromString(fields.value(0), QStringLiteral("yyyy/M/d"));
            if (fields.size() != 2 || !date.isValid())
                qFatal("%s: bad line %s", qPrintable(file), qPrintable(line));
            rows.append({date, fields.at(1)});
        }
        return rows;
    }

    static QList<Row> allOfficial()
    {
        return official(QStringLiteral("syukujitsu-1955-1999.csv")) +
               official(QStringLiteral("syukujitsu-2000-2027.csv"));
    }

    /// The kind of holiday the Cabinet Office's name stands for. "休日" is both a substitute holiday and a
    /// citizens' holiday: it is a substitute when a run of holidays leads back to a Sunday.
    static Kind expectedKind(const Row &row, const QSet<QDate> &officialDates)
    {
        static const QHash<QString, Kind> byName = {
            {QStringLiteral("元日"), Kind::NewYearsDay},
            {QStringLiteral("成人の日"), Kind::ComingOfAgeDay},
            {QStringLiteral("建国記念の日"), Kind::NationalFoundationDay},
            {QStringLiteral("天皇誕生日"), Kind::EmperorsBirthday},
            {QStringLiteral("春分の日"), Kind::VernalEquinoxDay},
            {QStringLiteral("昭和の日"), Kind::ShowaDay},
            {QStringLiteral("憲法記念日"), Kind::ConstitutionMemorialDay},
            {QStringLiteral("みどりの日"), Kind::GreeneryDay},
            {QStringLiteral("こどもの日"), Kind::ChildrensDay},
            {QStringLiteral("海の日"), Kind::MarineDay},
            {QStringLiteral("山の日"), Kind::MountainDay},
            {QStringLiteral("敬老の日"), Kind::RespectForTheAgedDay},
            {QStringLiteral("秋分の日"), Kind::AutumnalEquinoxDay},
            {QStringLiteral("体育の日"), Kind::HealthAndSportsDay},
            // 2019: the renaming was enacted in 2018 and took effect in 2020.
            {QStringLiteral("体育の日（スポーツの日）"), Kind::HealthAndSportsDay},
            {QStringLiteral("スポーツの日"), Kind::SportsDay},
            {QStringLiteral("文化の日"), Kind::CultureDay},
            {QStringLiteral("勤労感謝の日"), Kind::LaborThanksgivingDay},
            {QStringLiteral("大喪の礼"), Kind::EmperorShowaFuneral},
            {QStringLiteral("即位礼正殿の儀"), Kind::EnthronementCeremony},
        };
        if (const auto it = byName.constFind(row.name); it != byName.constEnd())
            return *it;
        if (row.name == QStringLiteral("結婚の儀"))
            return row.date.year() == 1959 ? Kind::CrownPrinceAkihitoWedding
                                           : Kind::CrownPrinceNaruhitoWedding;
        if (row.name == QStringLiteral("休日（祝日扱い）"))
            return row.date.month() == 5 ? Kind::EnthronementDay : Kind::EnthronementCeremony;
        if (row.name == QStringLiteral("休日")) {
            for (QDate d = row.date.addDays(-1); officialDates.contains(d); d = d.addDays(-1)) {
                if (d.dayOfWeek() == 7)
                    return Kind::SubstituteHoliday;
            }
            return Kind::CitizensHoliday;
        }
        qFatal("unknown official name %s", qPrintable(row.name));
    }

    static QString describe(const QList<QDate> &dates)
    {
        QStringList text;
        for (const QDate &d : dates)
            text.append(d.toString(Qt::ISODate));
        return text.join(QLatin1Char(' '));
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void fixtureCoversEveryPublishedYear()
    {
        QMap<int, int> perYear;
        for (const Row &row : official(QStringLiteral("syukujitsu-2000-2027.csv")))
            ++perYear[row.date.year()];
        QCOMPARE(perYear.firstKey(), 2000);
        QCOMPARE(perYear.lastKey(), 2027);
        QCOMPARE(perYear.size(), 28);
        for (auto it = perYear.cbegin(); it != perYear.cend(); ++it)
            QVERIFY2(it.value() >= 15 && it.value() <= 22, qPrintable(QString::number(it.key())));
        QCOMPARE(official(QStringLiteral("syukujitsu-1955-1999.csv")).size(), 581);
    }

    void matchesTheCabinetOfficeList_data()
    {
        QTest::addColumn<int>("year");
        for (int year = 1955; year <= 2027; ++year)
            QTest::addRow("%d", year) << year;
    }

    void matchesTheCabinetOfficeList()
    {
        QFETCH(int, year);
        static const QList<Row> rows = allOfficial();
        static const QSet<QDate> dates = [] {
            QSet<QDate> set;
            for (const Row &row : rows)
                set.insert(row.date);
            return set;
        }();
        QList<QDate> expected;
        QList<Kind> expectedKinds;
        for (const Row &row : rows) {
            if (row.date.year() == year) {
                expected.append(row.date);
                expectedKinds.append(expectedKind(row, dates));
            }
        }
        QList<QDate> got;
        QList<Kind> gotKinds;
        for (const JapaneseHolidays::Holiday &h : JapaneseHolidays::forYear(year)) {
            got.append(h.date);
            gotKinds.append(h.kind);
        }
        QVERIFY2(
            got == expected,
            qPrintable(
                QStringLiteral("\n computed: %1\n official: %2").arg(describe(got), describe(expected))));
        for (qsizetype i = 0; i < got.size(); ++i) {
            QVERIFY2(gotKinds.at(i) == expectedKinds.at(i),
                     qPrintable(got.at(i).toString(Qt::ISODate) + QStringLiteral(": ") +
                                JapaneseHolidays::key(gotKinds.at(i)) + QStringLiteral(", expected ") +
                                JapaneseHolidays::key(expectedKinds.at(i))));
        }
    }

    void namesAreTheCabinetOfficesInJapanese()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/offkai_ja")));
        if (translator.translate("offkai::JapaneseHolidays", "New Year's Day").isEmpty())
            QSKIP("translations/offkai_ja.ts has no holiday names yet");
        QCoreApplication::installTranslator(&translator);
        const auto restore = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        for (const Row &row : official(QStringLiteral("syukujitsu-2000-2027.csv"))) {
            const QString name = JapaneseHolidays::nameOf(row.date);
            if (row.name == QStringLiteral("休日"))
                QVERIFY2(name == QStringLiteral("振替休日") || name == QStringLiteral("国民の休日"),
                         qPrintable(name));
            else if (row.name == QStringLiteral("休日（祝日扱い）"))
                QVERIFY2(name == QStringLiteral("天皇の即位の日") || name == QStringLiteral("即位礼正殿の儀"),
                         qPrintable(name));
            else if (row.name == QStringLiteral("体育の日（スポーツの日）"))
                QCOMPARE(name, QStringLiteral("体育の日"));
            else
                QCOMPARE(name, row.name);
        }
        QCOMPARE(JapaneseHolidays::nameOf(QDate(1989, 2, 24)), QStringLiteral("昭和天皇の大喪の礼"));
    }

    void namesInEnglishWithoutTranslation()
    {
        QCOMPARE(JapaneseHolidays::nameOf(QDate(2026, 1, 1)), QStringLiteral("New Year's Day"));
        QCOMPARE(JapaneseHolidays::nameOf(QDate(2026, 1, 12)), QStringLiteral("Coming of Age Day"));
        QCOMPARE(JapaneseHolidays::nameOf(QDate(2026, 5, 6)), QStringLiteral("Substitute Holiday"));
        QCOMPARE(JapaneseHolidays::nameOf(QDate(2026, 9, 22)), QStringLiteral("Citizens' Holiday"));
        QCOMPARE(JapaneseHolidays::nameOf(QDate(2026, 10, 12)), QStringLiteral("Sports Day"));
        QCOMPARE(JapaneseHolidays::nameOf(QDate(2019, 10, 14)), QStringLiteral("Health and Sports Day"));
        QCOMPARE(JapaneseHolidays::nameOf(QDate(2026, 1, 2)), QString());
        QCOMPARE(JapaneseHolidays::nameOf(QDate()), QString());
        QVERIFY(JapaneseHolidays::isHoliday(QDate(2026, 2, 23)));
        QVERIFY(!JapaneseHolidays::isHoliday(QDate(2026, 2, 24)));
        const QList<JapaneseHolidays::Holiday> year = JapaneseHolidays::forYear(2026);
        QCOMPARE(year.size(), 18);
        QCOMPARE(year.constFirst(), (JapaneseHolidays::Holiday{QDate(2026, 1, 1), Kind::NewYearsDay,
                                                               QStringLiteral("New Year's Day")}));
    }

    /// The law took effect on 1948-07-20: the first holiday under it was the autumnal equinox day.
    void startsWhenTheLawTookEffect()
    {
        const QList<JapaneseHolidays::Holiday> year = JapaneseHolidays::forYear(1948);
        QCOMPARE(year.size(), 3);
        QCOMPARE(year.at(0).date, QDate(1948, 9, 23));
        QCOMPARE(year.at(0).kind, Kind::AutumnalEquinoxDay);
        QCOMPARE(year.at(1).date, QDate(1948, 11, 3));
        QCOMPARE(year.at(2).date, QDate(1948, 11, 23));
        QCOMPARE(JapaneseHolidays::kindOf(QDate(1948, 5, 3)), Kind::None);
        QCOMPARE(JapaneseHolidays::kindOf(QDate(1949, 1, 1)), Kind::NewYearsDay);
        QCOMPARE(JapaneseHolidays::kindOf(QDate(1949, 4, 29)), Kind::EmperorsBirthday);
        QVERIFY(JapaneseHolidays::forYear(1947).isEmpty());
        QVERIFY(JapaneseHolidays::forYear(2151).isEmpty());
        QCOMPARE(JapaneseHolidays::kindOf(QDate(1947, 1, 1)), Kind::None);
        QCOMPARE(JapaneseHolidays::kindOf(QDate(2151, 1, 1)), Kind::None);
        QCOMPARE(JapaneseHolidays::lawInForce(), QDate(1948, 7, 20));
    }

    void spotChecks_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("1959 wedding of Crown Prince Akihito")
            << QDate(1959, 4, 10) << Kind::CrownPrinceAkihitoWedding;
        QTest::newRow("1973-02-11 Sunday, before substitutes") << QDate(1973, 2, 12) << Kind::None;
        QTest::newRow("1973 first substitute holiday") << QDate(1973, 4, 30) << Kind::SubstituteHoliday;
        QTest::newRow("1986-05-04 Sunday, not a citizens' holiday") << QDate(1986, 5, 4) << Kind::None;
        QTest::newRow("1987-05-04 substitute for 5/3") << QDate(1987, 5, 4) << Kind::SubstituteHoliday;
        QTest::newRow("1988 first citizens' holiday") << QDate(1988, 5, 4) << Kind::CitizensHoliday;
        QTest::newRow("1989 funeral of Emperor Showa") << QDate(1989, 2, 24) << Kind::EmperorShowaFuneral;
        QTest::newRow("1989 Greenery Day") << QDate(1989, 4, 29) << Kind::GreeneryDay;
        QTest::newRow("1989 Emperor's Birthday") << QDate(1989, 12, 23) << Kind::EmperorsBirthday;
        QTest::newRow("1990 enthronement ceremony") << QDate(1990, 11, 12) << Kind::EnthronementCeremony;
        QTest::newRow("1993 wedding of Crown Prince Naruhito")
            << QDate(1993, 6, 9) << Kind::CrownPrinceNaruhitoWedding;
        QTest::newRow("1996 first Marine Day") << QDate(1996, 7, 20) << Kind::MarineDay;
        QTest::newRow("2006-05-04 citizens' holiday") << QDate(2006, 5, 4) << Kind::CitizensHoliday;
        QTest::newRow("2007-05-04 Greenery Day") << QDate(2007, 5, 4) << Kind::GreeneryDay;
        QTest::newRow("2008-05-06 substitute after two holidays")
            << QDate(2008, 5, 6) << Kind::SubstituteHoliday;
        QTest::newRow("2019-04-30") << QDate(2019, 4, 30) << Kind::CitizensHoliday;
        QTest::newRow("2019-05-01 enthronement") << QDate(2019, 5, 1) << Kind::EnthronementDay;
        QTest::newRow("2019-05-02") << QDate(2019, 5, 2) << Kind::CitizensHoliday;
        QTest::newRow("2019-10-22 enthronement ceremony")
            << QDate(2019, 10, 22) << Kind::EnthronementCeremony;
        QTest::newRow("2019-12-23 no Emperor's Birthday") << QDate(2019, 12, 23) << Kind::None;
        QTest::newRow("2021-08-09 substitute for Mountain Day")
            << QDate(2021, 8, 9) << Kind::SubstituteHoliday;
        QTest::newRow("2021-10-11 no Sports Day in October") << QDate(2021, 10, 11) << Kind::None;
        QTest::newRow("2032-09-21 between Respect for the Aged and the equinox")
            << QDate(2032, 9, 21) << Kind::CitizensHoliday;
        QTest::newRow("2037-09-22") << QDate(2037, 9, 22) << Kind::CitizensHoliday;
    }

    void spotChecks()
    {
        QFETCH(QDate, date);
        QFETCH(Kind, kind);
        QCOMPARE(JapaneseHolidays::key(JapaneseHolidays::kindOf(date)), JapaneseHolidays::key(kind));
    }

    void equinoxes_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("vernal");
        QTest::addColumn<QDate>("autumnal");
        // Published days (1948, 1979, 2012) and later ones as the approximation tabulates them, e.g. the
        // vernal equinox on 3/19 in 2092 and 2096.
        QTest::newRow("1948") << 1948 << QDate(1948, 3, 21) << QDate(1948, 9, 23);
        QTest::newRow("1979") << 1979 << QDate(1979, 3, 21) << QDate(1979, 9, 24);
        QTest::newRow("2012") << 2012 << QDate(2012, 3, 20) << QDate(2012, 9, 22);
        QTest::newRow("2030") << 2030 << QDate(2030, 3, 20) << QDate(2030, 9, 23);
        QTest::newRow("2044") << 2044 << QDate(2044, 3, 20) << QDate(2044, 9, 22);
        QTest::newRow("2092") << 2092 << QDate(2092, 3, 19) << QDate(2092, 9, 22);
        QTest::newRow("2096") << 2096 << QDate(2096, 3, 19) << QDate(2096, 9, 22);
        QTest::newRow("2099") << 2099 << QDate(2099, 3, 20) << QDate(2099, 9, 23);
    }

    void equinoxes()
    {
        QFETCH(int, year);
        QFETCH(QDate, vernal);
        QFETCH(QDate, autumnal);
        QCOMPARE(JapaneseHolidays::vernalEquinox(year), vernal);
        QCOMPARE(JapaneseHolidays::autumnalEquinox(year), autumnal);
        if (year >= 1949) {
            QCOMPARE(JapaneseHolidays::kindOf(vernal), Kind::VernalEquinoxDay);
            QCOMPARE(JapaneseHolidays::kindOf(autumnal), Kind::AutumnalEquinoxDay);
        }
    }

    void equinoxesOutsideTheFormula()
    {
        QVERIFY(!JapaneseHolidays::vernalEquinox(1899).isValid());
        QVERIFY(!JapaneseHolidays::autumnalEquinox(2151).isValid());
        QVERIFY(JapaneseHolidays::vernalEquinox(2150).isValid());
    }

    /// Invariants of every supported year: sorted, consistent with kindOf(), substitutes follow a Sunday.
    void everyYearIsConsistent()
    {
        for (int year = JapaneseHolidays::FirstYear; year <= JapaneseHolidays::LastYear; ++year) {
            const QList<JapaneseHolidays::Holiday> holidays = JapaneseHolidays::forYear(year);
            QVERIFY2(holidays.size() >= (year == 1948 ? 3 : 9) && holidays.size() <= 24,
                     qPrintable(QString::number(year)));
            QDate previous;
            for (const JapaneseHolidays::Holiday &h : holidays) {
                const QString where = h.date.toString(Qt::ISODate);
                QVERIFY2(h.date > previous && h.date.year() == year, qPrintable(where));
                QVERIFY2(h.date >= JapaneseHolidays::lawInForce(), qPrintable(where));
                QCOMPARE(JapaneseHolidays::kindOf(h.date), h.kind);
                QVERIFY2(!h.name.isEmpty() && !JapaneseHolidays::key(h.kind).isEmpty(), qPrintable(where));
                if (h.kind == Kind::SubstituteHoliday) {
                    QDate d = h.date.addDays(-1);
                    while (d.dayOfWeek() != 7 && JapaneseHolidays::isHoliday(d))
                        d = d.addDays(-1);
                    QVERIFY2(d.dayOfWeek() == 7 && JapaneseHolidays::isHoliday(d), qPrintable(where));
                }
                if (h.kind == Kind::CitizensHoliday) {
                    QVERIFY2(JapaneseHolidays::isHoliday(h.date.addDays(-1)) &&
                                 JapaneseHolidays::isHoliday(h.date.addDays(1)),
                             qPrintable(where));
                }
                previous = h.date;
            }
        }
    }

    void nextWorkday_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("Friday before Golden Week") << QDate(2026, 5, 1) << QDate(2026, 5, 7);
        QTest::newRow("inside Golden Week") << QDate(2026, 5, 4) << QDate(2026, 5, 7);
        QTest::newRow("2019's ten days") << QDate(2019, 4, 26) << QDate(2019, 5, 7);
        QTest::newRow("silver week") << QDate(2026, 9, 21) << QDate(2026, 9, 24);
        QTest::newRow("over New Year") << QDate(2026, 12, 31) << QDate(2027, 1, 4);
        QTest::newRow("a working Monday") << QDate(2026, 6, 1) << QDate(2026, 6, 2);
        QTest::newRow("Coming of Age Day") << QDate(2026, 1, 12) << QDate(2026, 1, 13);
    }

    void nextWorkday()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, expected);
        QCOMPARE(JapaneseHolidays::nextWorkday(from), expected);
    }

    /// What the month grid does for each cell it paints.
    void nameOfForAMonthGrid()
    {
        const QDate first(2026, 4, 27);
        int named = 0;
        QBENCHMARK
        {
            named = 0;
            for (int i = 0; i < 42; ++i)
                named += JapaneseHolidays::nameOf(first.addDays(i)).isEmpty() ? 0 : 1;
        }
        QCOMPARE(named, 5); // 4/29, 5/3, 5/4, 5/5, 5/6
    }
};

QTEST_GUILESS_MAIN(TestJapaneseHolidays)
#include "tst_japaneseholidays.moc"
