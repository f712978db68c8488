#include "scheduling/Recurrence.h"
#include "TestSupport.h"

#include <QtTest>

using namespace offkai;

/// RRULE parsing and expansion through libical, for the rules of seed 003 and the ones the editor offers.
class TestRecurrence : public QObject
{
    Q_OBJECT

    static QTimeZone tokyo() { return QTimeZone(QByteArrayLiteral("Asia/Tokyo")); }

    static QList<QDate> dates(const Result<QList<QDateTime>> &starts)
    {
        QList<QDate> days;
        for (const QDateTime &s : *starts)
            days.append(s.date());
        return days;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void secondTuesdayTalks()
    {
        // Seed 003: a talk every 2nd Tuesday at 20:00.
        const QDateTime first(QDate(2026, 1, 13), QTime(20, 0), tokyo());
        auto starts = Recurrence::expand(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"), first, QDate(2026, 1, 1),
                                         QDate(2026, 5, 31));
        QVERIFY(starts.ok());
        QCOMPARE(dates(starts), (QList<QDate>{QDate(2026, 1, 13), QDate(2026, 2, 10), QDate(2026, 3, 10),
                                              QDate(2026, 4, 14), QDate(2026, 5, 12)}));
        for (const QDateTime &s : *starts) {
            QCOMPARE(s.time(), QTime(20, 0));
            QCOMPARE(s.timeZone(), tokyo());
        }
    }

    void thirdThursdayLunchInAWindow()
    {
        const QDateTime first(QDate(2026, 1, 15), QTime(12, 0), tokyo());
        auto starts = Recurrence::expand(QStringLiteral("FREQ=MONTHLY;BYDAY=3TH"), first, QDate(2026, 11, 1),
                                         QDate(2027, 2, 28));
        QVERIFY(starts.ok());
        QCOMPARE(dates(starts), (QList<QDate>{QDate(2026, 11, 19), QDate(2026, 12, 17), QDate(2027, 1, 21),
                                              QDate(2027, 2, 18)}));
    }

    void lastFridayEveryOtherWeekAndCount()
    {
        const QDateTime lastFriday(QDate(2026, 1, 30), QTime(19, 0), tokyo());
        auto last = Recurrence::expand(QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR"), lastFriday,
                                       QDate(2026, 1, 1), QDate(2026, 4, 30));
        QVERIFY(last.ok());
        QCOMPARE(dates(last), (QList<QDate>{QDate(2026, 1, 30), QDate(2026, 2, 27), QDate(2026, 3, 27),
                                            QDate(2026, 4, 24)}));

        const QDateTime thursday(QDate(2026, 3, 5), QTime(10, 0), tokyo());
        auto biweekly = Recurrence::expand(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;COUNT=3"), thursday,
                                           QDate(2026, 1, 1), QDate(2026, 12, 31));
        QVERIFY(biweekly.ok());
        QCOMPARE(dates(biweekly), (QList<QDate>{QDate(2026, 3, 5), QDate(2026, 3, 19), QDate(2026, 4, 2)}));
        QCOMPARE(*Recurrence::lastDate(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;COUNT=3"), thursday),
                 QDate(2026, 4, 2));

        auto until = Recurrence::expand(QStringLiteral("FREQ=WEEKLY;UNTIL=20260319"), thursday,
                                        QDate(2026, 1, 1), QDate(2026, 12, 31));
        QCOMPARE(dates(until), (QList<QDate>{QDate(2026, 3, 5), QDate(2026, 3, 12), QDate(2026, 3, 19)}));
        QVERIFY(!Recurrence::lastDate(QStringLiteral("FREQ=WEEKLY"), thursday)->isValid());
    }

    void localTimeSurvivesDaylightSaving()
    {
        // A Berlin meetup at 19:00 stays at 19:00 local across the March change.
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        const QDateTime first(QDate(2026, 3, 19), QTime(19, 0), berlin);
        auto starts =
            Recurrence::expand(QStringLiteral("FREQ=WEEKLY"), first, QDate(2026, 3, 19), QDate(2026, 4, 2));
        QCOMPARE(starts->size(), 3);
        QCOMPARE(starts->at(0).toUTC().time(), QTime(18, 0));
        QCOMPARE(starts->at(2).toUTC().time(), QTime(17, 0));
        QCOMPARE(starts->at(2).time(), QTime(19, 0));
    }

    void withUntilReplacesCountAndUntil()
    {
        QCOMPARE(Recurrence::withUntil(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;COUNT=10"), QDate(2026, 6, 30)),
                 QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260630"));
        QCOMPARE(Recurrence::withUntil(QStringLiteral("FREQ=WEEKLY;UNTIL=20300101"), QDate(2026, 6, 30)),
                 QStringLiteral("FREQ=WEEKLY;UNTIL=20260630"));
    }

    void editorRules()
    {
        QCOMPARE(Recurrence::weekdayOrdinal(QDate(2026, 1, 13)), 2);
        QCOMPARE(Recurrence::weekdayOrdinal(QDate(2026, 1, 29)), 5);
        QCOMPARE(Recurrence::monthlyByWeekday(QDate(2026, 1, 15), 3),
                 QStringLiteral("FREQ=MONTHLY;BYDAY=3TH"));
        QCOMPARE(Recurrence::monthlyByWeekday(QDate(2026, 1, 30), -1),
                 QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR"));
        QCOMPARE(Recurrence::weekly(2), QStringLiteral("FREQ=WEEKLY;INTERVAL=2"));
        for (const QString &rule :
             {Recurrence::weekly(), Recurrence::monthlyByWeekday(QDate(2026, 1, 13), 2)})
            QVERIFY2(Recurrence::validate(rule).ok(), qPrintable(rule));
    }

    void rejectedRules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("empty") << QString();
        QTest::newRow("garbage") << QStringLiteral("EVERY TUESDAY");
        QTest::newRow("no FREQ") << QStringLiteral("BYDAY=2TU");
        QTest::newRow("bad FREQ") << QStringLiteral("FREQ=FORTNIGHTLY");
        QTest::newRow("with name") << QStringLiteral("RRULE:FREQ=WEEKLY");
        QTest::newRow("hourly") << QStringLiteral("FREQ=HOURLY");
        QTest::newRow("zero interval") << QStringLiteral("FREQ=WEEKLY;INTERVAL=0");
    }
    void rejectedRules()
    {
        QFETCH(QString, rule);
        auto valid = Recurrence::validate(rule);
        QVERIFY(!valid.ok());
        QVERIFY(!valid.error().message().isEmpty());
        QVERIFY(!Recurrence::expand(rule, QDateTime(QDate(2026, 1, 1), QTime(10, 0), tokyo()),
                                    QDate(2026, 1, 1), QDate(2026, 12, 31))
                     .ok());
    }

    void describesRules()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"), en),
                 QStringLiteral("Every month on the 2nd Tuesday"));
        QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"), en),
                 QStringLiteral("Every 2 weeks on Thursday"));
        QCOMPARE(Recurrence::describe(QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR;COUNT=6"), en),
                 QStringLiteral("Every month on the last Friday, 6 times"));
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
