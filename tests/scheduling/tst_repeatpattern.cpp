#include "ical/IcsReader.h"
#include "ical/IcsWriter.h"
#include "scheduling/Recurrence.h"
#include "scheduling/RepeatPattern.h"
#include "TestSupport.h"

#include <QtTest>

using namespace offkai;

Q_DECLARE_METATYPE(offkai::RepeatPattern)

/// The repeat rule the series editor's picker makes: its RRULE, its first day from any date, and that it
/// comes back the same from libical's expansion and from an iCalendar file.
class TestRepeatPattern : public QObject
{
    Q_OBJECT

    using Kind = RepeatPattern::Kind;

    static RepeatPattern make(Kind kind, int dayOfWeek, int nth = 2)
    {
        RepeatPattern p;
        p.kind = kind;
        p.dayOfWeek = dayOfWeek;
        p.nth = nth;
        return p;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void rules_data()
    {
        QTest::addColumn<RepeatPattern>("pattern");
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QList<QDate>>("dates");
        // Seed 003: talks every 2nd Tuesday, lunch every 3rd Thursday.
        QTest::newRow("2nd Tuesday") << make(Kind::MonthlyNth, 2, 2)
                                     << QStringLiteral("FREQ=MONTHLY;BYDAY=2TU") << QDate(2026, 1, 1)
                                     << QList<QDate>{QDate(2026, 1, 13), QDate(2026, 2, 10),
                                                     QDate(2026, 3, 10)};
        QTest::newRow("3rd Thursday, from after it")
            << make(Kind::MonthlyNth, 4, 3) << QStringLiteral("FREQ=MONTHLY;BYDAY=3TH") << QDate(2026, 1, 16)
            << QList<QDate>{QDate(2026, 2, 19), QDate(2026, 3, 19), QDate(2026, 4, 16)};
        QTest::newRow("last Friday") << make(Kind::MonthlyLast, 5)
                                     << QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR") << QDate(2026, 1, 1)
                                     << QList<QDate>{QDate(2026, 1, 30), QDate(2026, 2, 27),
                                                     QDate(2026, 3, 27)};
        QTest::newRow("weekly on Wednesday")
            << make(Kind::Weekly, 3) << QStringLiteral("FREQ=WEEKLY;BYDAY=WE") << QDate(2026, 1, 1)
            << QList<QDate>{QDate(2026, 1, 7), QDate(2026, 1, 14), QDate(2026, 1, 21)};
        QTest::newRow("every other Sunday")
            << make(Kind::EveryOtherWeek, 7) << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=SU")
            << QDate(2026, 1, 4) << QList<QDate>{QDate(2026, 1, 4), QDate(2026, 1, 18), QDate(2026, 2, 1)};
    }

    void rules()
    {
        QFETCH(RepeatPattern, pattern);
        QFETCH(QString, rrule);
        QFETCH(QDate, from);
        QFETCH(QList<QDate>, dates);
        QCOMPARE(pattern.rrule(), rrule);
        QVERIFY(Recurrence::validate(rrule).ok());
        const QDate first = pattern.firstOnOrAfter(from);
        QCOMPARE(first, dates.constFirst());
        // libical gives the same days from that first one.
        const QTimeZone tokyo(QByteArrayLiteral("Asia/Tokyo"));
        auto starts = Recurrence::expand(rrule, QDateTime(first, QTime(20, 0), tokyo), from, from.addYears(1),
                                         int(dates.size()));
        QVERIFY(starts.ok());
        QList<QDate> days;
        for (const QDateTime &s : std::as_const(*starts))
            days.append(s.date());
        QCOMPARE(days, dates);
        // Read back, with an end and in any case.
        QCOMPARE(RepeatPattern::fromRule(rrule, QDate()), pattern);
        QCOMPARE(RepeatPattern::fromRule(rrule.toLower() + QStringLiteral(";COUNT=5"), QDate()), pattern);
        QCOMPARE(RepeatPattern::fromRule(rrule + QStringLiteral(";UNTIL=20261231"), QDate()), pattern);

        // Through an iCalendar file (libical writes and reads the RRULE).
        Series series;
        series.uid = QStringLiteral("pattern@offkai.test");
        series.title = QStringLiteral("定例会");
        series.firstStart = QDateTime(first, QTime(20, 0), tokyo);
        series.durationMinutes = 60;
        series.rrule = rrule;
        IcsSeries exported;
        exported.series = series;
        IcsWriter writer;
        writer.addSeries(exported);
        auto calendar = IcsReader::read(writer.toBytes());
        QVERIFY2(calendar.ok(), calendar ? "" : qPrintable(calendar.error().toString()));
        QCOMPARE(calendar->series.size(), 1);
        const Series &read = calendar->series.constFirst().series;
        QCOMPARE(RepeatPattern::fromRule(read.rrule, read.firstStart.date()), pattern);
        QCOMPARE(read.firstStart.date(), first);
    }

    void rulesThePickerCannotSay()
    {
        for (const char *rule :
             {"FREQ=MONTHLY;BYDAY=2TU,4TU", "FREQ=MONTHLY;BYDAY=5TU", "FREQ=MONTHLY;BYMONTHDAY=10",
              "FREQ=WEEKLY;INTERVAL=3", "FREQ=WEEKLY;BYDAY=TU,TH", "FREQ=YEARLY",
              "FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU", "FREQ=MONTHLY;BYDAY=2XX",
              "FREQ=MONTHLY;BYDAY=2TU;BYMONTH=1", "", "nonsense"})
            QVERIFY2(!RepeatPattern::fromRule(QString::fromLatin1(rule), QDate(2026, 1, 13)), rule);
        // A weekly rule without a weekday repeats on the first date's, as iCalendar says.
        QCOMPARE(RepeatPattern::fromRule(QStringLiteral("FREQ=WEEKLY"), QDate(2026, 1, 15)),
                 make(Kind::Weekly, 4));
        QVERIFY(!RepeatPattern::fromRule(QStringLiteral("FREQ=WEEKLY"), QDate()));
        QCOMPARE(RepeatPattern::fromRule(QStringLiteral("FREQ=MONTHLY;BYDAY=+1MO;WKST=MO"), QDate()),
                 make(Kind::MonthlyNth, 1, 1));
    }

    void nthWeekdays()
    {
        QCOMPARE(RepeatPattern::nthWeekdayOfMonth(2026, 1, 1, 4), QDate(2026, 1, 1));
        QCOMPARE(RepeatPattern::nthWeekdayOfMonth(2026, 1, 5, 4), QDate(2026, 1, 29));
        QCOMPARE(RepeatPattern::nthWeekdayOfMonth(2026, 2, 5, 4), QDate()); // February 2026 has four
        QCOMPARE(RepeatPattern::nthWeekdayOfMonth(2026, 2, -1, 6), QDate(2026, 2, 28));
        QCOMPARE(RepeatPattern::nthWeekdayOfMonth(2026, 3, -1, 2), QDate(2026, 3, 31));
        QCOMPARE(RepeatPattern::nthWeekdayOfMonth(2026, 13, 1, 2), QDate());
        QCOMPARE(RepeatPattern::nthWeekdayOfMonth(2026, 1, 1, 0), QDate());
        // Suggested from a day: its week, or the last for the 5th.
        QCOMPARE(RepeatPattern::suggestedFor(QDate(2026, 1, 13)), make(Kind::MonthlyNth, 2, 2));
        QCOMPARE(RepeatPattern::suggestedFor(QDate(2026, 1, 29)).kind, Kind::MonthlyLast);
        QCOMPARE(RepeatPattern::suggestedFor(QDate(2026, 1, 29)).dayOfWeek, 4);
        // The day itself when it matches; across a year end.
        QCOMPARE(make(Kind::MonthlyNth, 2, 2).firstOnOrAfter(QDate(2026, 1, 13)), QDate(2026, 1, 13));
        QCOMPARE(make(Kind::MonthlyNth, 2, 2).firstOnOrAfter(QDate(2025, 12, 10)), QDate(2026, 1, 13));
        QCOMPARE(make(Kind::Weekly, 2).firstOnOrAfter(QDate()), QDate());
    }
};

QTEST_GUILESS_MAIN(TestRepeatPattern)
#include "tst_repeatpattern.moc"
