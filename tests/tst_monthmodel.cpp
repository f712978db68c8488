#include "items/MonthModel.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// The calendar's month grid: weeks by locale, events on the days they cover, one query per month.
class TestMonthModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_store;
    int m_file = 0;

    qint64 add(const QString &title, const QDateTime &start, const QDateTime &end, bool allDay = false)
    {
        Event e;
        e.title = title;
        e.timeZone = start.timeZone();
        e.start = start;
        e.end = end;
        e.allDay = allDay;
        auto id = m_store->insert(e);
        if (!id)
            qFatal("insert failed: %s", qPrintable(id.error().toString()));
        return *id;
    }
    qint64 addTentative(const QString &title, const QDate &from, const QDate &to, const QString &note)
    {
        Event e;
        e.title = title;
        e.status = Event::Status::Tentative;
        e.tentativeFrom = from;
        e.tentativeTo = to;
        e.tentativeNote = note;
        auto id = m_store->insert(e);
        if (!id)
            qFatal("insert failed: %s", qPrintable(id.error().toString()));
        return *id;
    }
    static QDateTime tokyo(int y, int m, int d, int h, int min)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    }
    static QList<qint64> idsOn(const MonthModel &model, const QDate &date)
    {
        return model.indexOf(date).data(MonthModel::EventsRole).value<QList<qint64>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init()
    {
        m_store.reset();
        m_db.reset();
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_file)), options);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_store = std::make_unique<EventStore>(*m_db);
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    void firstWeekdayFollowsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QDate>("firstCell");
        QTest::addColumn<int>("firstWeekday");
        // August 2013 begins on a Thursday.
        QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan) << QDate(2013, 7, 28) << 7;
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QDate(2013, 7, 28) << 7;
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QDate(2013, 7, 29)
                               << 1;
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << QDate(2013, 7, 29) << 1;
    }
    void firstWeekdayFollowsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QDate, firstCell);
        QFETCH(int, firstWeekday);
        MonthModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(locale);
        model.setMonth(2013, 8);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), 7);
        QCOMPARE(model.firstDay(), firstCell);
        QCOMPARE(model.index(0, 0).data(MonthModel::DateRole).toDate(), firstCell);
        QCOMPARE(model.index(5, 6).data(MonthModel::DateRole).toDate(), firstCell.addDays(41));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(),
                 locale.dayName(firstWeekday, QLocale::ShortFormat));
        QCOMPARE(model.index(0, 0).data(MonthModel::InMonthRole).toBool(), false);
        QCOMPARE(model.indexOf(QDate(2013, 8, 1)).data(MonthModel::InMonthRole).toBool(), true);
        QCOMPARE(model.indexOf(QDate(2013, 8, 31)).data(MonthModel::InMonthRole).toBool(), true);
        QCOMPARE(model.indexOf(QDate(2013, 9, 1)).data(MonthModel::InMonthRole).toBool(), false);
        if (locale.language() == QLocale::Japanese)
            QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("日"));
    }

    void eventsShowOnTheirDays()
    {
        const qint64 meetup =
            add(QStringLiteral("第2回オフ会"), tokyo(2013, 8, 29, 19, 30), tokyo(2013, 8, 29, 22, 30));
        const qint64 late = add(QStringLiteral("Late"), tokyo(2013, 8, 30, 22, 0), tokyo(2013, 8, 31, 2, 0));
        const qint64 camp =
            add(QStringLiteral("Camp"), tokyo(2013, 8, 10, 0, 0), tokyo(2013, 8, 13, 0, 0), true);
        const qint64 early =
            add(QStringLiteral("Early"), tokyo(2013, 8, 29, 12, 0), tokyo(2013, 8, 29, 13, 0));
        MonthModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::Japanese, QLocale::Japan));
        model.setMonth(2013, 8);

        QCOMPARE(idsOn(model, QDate(2013, 8, 29)), (QList<qint64>{early, meetup})); // by start time
        QCOMPARE(idsOn(model, QDate(2013, 8, 28)), QList<qint64>{});
        // Across midnight: on both days, one chip continuing into the next.
        QCOMPARE(idsOn(model, QDate(2013, 8, 30)), QList<qint64>{late});
        QCOMPARE(idsOn(model, QDate(2013, 8, 31)), QList<qint64>{late});
        auto friday = model.chipsOn(QDate(2013, 8, 30));
        QVERIFY(friday.constFirst().continuesAfter);
        QVERIFY(!friday.constFirst().continuesBefore);
        auto saturday = model.chipsOn(QDate(2013, 8, 31));
        QVERIFY(saturday.constFirst().continuesBefore);
        QVERIFY(!saturday.constFirst().continuesAfter); // Saturday ends the week's line
        // An all-day event over three days ends at midnight after its last day: 10, 11, 12 only.
        QCOMPARE(idsOn(model, QDate(2013, 8, 9)), QList<qint64>{});
        QCOMPARE(idsOn(model, QDate(2013, 8, 10)), QList<qint64>{camp});
        QCOMPARE(idsOn(model, QDate(2013, 8, 12)), QList<qint64>{camp});
        QCOMPARE(idsOn(model, QDate(2013, 8, 13)), QList<qint64>{});
        // The chip carries the type's colour from the catalogue.
        QCOMPARE(model.chipsOn(QDate(2013, 8, 29)).constFirst().color, QStringLiteral("#ef6c00"));
        QVERIFY(model.indexOf(QDate(2013, 8, 29))
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("19:30")));
    }

    void spanningEventsComeFirst()
    {
        const qint64 timed =
            add(QStringLiteral("Lunch"), tokyo(2013, 8, 11, 12, 0), tokyo(2013, 8, 11, 13, 0));
        const qint64 camp =
            add(QStringLiteral("Camp"), tokyo(2013, 8, 10, 0, 0), tokyo(2013, 8, 13, 0, 0), true);
        MonthModel model(*m_store);
        model.setMonth(2013, 8);
        QCOMPARE(idsOn(model, QDate(2013, 8, 11)), (QList<qint64>{camp, timed}));
    }

    void eventsUseTheirOwnTimeZone()
    {
        // 23:30 in Berlin is already the next morning in Tokyo; the calendar shows the event's own day.
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        const qint64 id = add(QStringLiteral("Berlin"), QDateTime(QDate(2013, 10, 26), QTime(23, 30), berlin),
                              QDateTime(QDate(2013, 10, 27), QTime(0, 30), berlin));
        MonthModel model(*m_store);
        model.setMonth(2013, 10);
        QCOMPARE(idsOn(model, QDate(2013, 10, 26)), QList<qint64>{id});
        QCOMPARE(idsOn(model, QDate(2013, 10, 27)), QList<qint64>{id});
        QCOMPARE(idsOn(model, QDate(2013, 10, 28)), QList<qint64>{});
    }

    void tentativeEventsShowOverTheirRange()
    {
        const qint64 baba = addTentative(QStringLiteral("第3回オフ会"), QDate(2013, 9, 23),
                                         QDate(2013, 9, 30), QStringLiteral("月末の平日"));
        const qint64 online = addTentative(QStringLiteral("9月のオン会"), QDate(2013, 9, 1),
                                           QDate(2013, 9, 30), QStringLiteral("9月中"));
        MonthModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::Japanese, QLocale::Japan));
        model.setMonth(2013, 9);
        QCOMPARE(idsOn(model, QDate(2013, 9, 22)), QList<qint64>{online});
        QCOMPARE(idsOn(model, QDate(2013, 9, 23)), (QList<qint64>{online, baba}));
        QCOMPARE(idsOn(model, QDate(2013, 9, 30)), (QList<qint64>{online, baba}));
        QCOMPARE(idsOn(model, QDate(2013, 10, 1)), QList<qint64>{});
        const auto chips = model.chipsOn(QDate(2013, 9, 23));
        QVERIFY(chips.at(1).tentativeRange);
        QCOMPARE(chips.at(1).event.tentativeNote, QStringLiteral("月末の平日"));
        QVERIFY(!chips.at(1).continuesBefore); // 23 September 2013 is a Monday: the range starts here
        QVERIFY(chips.at(0).continuesBefore);
        // Its line runs Monday to Saturday: Wednesday is the third of six days.
        const auto wednesday = model.chipsOn(QDate(2013, 9, 25));
        QCOMPARE(wednesday.at(1).segmentDay, 2);
        QCOMPARE(wednesday.at(1).segmentDays, 6);
        QCOMPARE(wednesday.at(0).segmentDays, 7);
        // The August grid shows the first days of September too.
        model.setMonth(2013, 8);
        QCOMPARE(idsOn(model, QDate(2013, 9, 1)), QList<qint64>{online});
        QVERIFY(!model.indexOf(QDate(2013, 9, 1)).data(MonthModel::InMonthRole).toBool());
    }

    void todayIsMarked()
    {
        MonthModel model(*m_store);
        model.setToday(QDate(2013, 8, 29));
        model.setMonth(2013, 8);
        QVERIFY(model.indexOf(QDate(2013, 8, 29)).data(MonthModel::IsTodayRole).toBool());
        QVERIFY(!model.indexOf(QDate(2013, 8, 28)).data(MonthModel::IsTodayRole).toBool());
        model.stepMonth(1);
        QCOMPARE(model.month(), 9);
        model.stepMonth(-2);
        QCOMPARE(model.month(), 7);
        model.setHolidayLookup([](const QDate &date) {
            return date == QDate(2013, 7, 15) ? QStringLiteral("海の日") : QString();
        });
        QCOMPARE(model.indexOf(QDate(2013, 7, 15)).data(MonthModel::HolidayRole).toString(),
                 QStringLiteral("海の日"));
    }

    void reloadsWhenTheStoreChanges()
    {
        MonthModel model(*m_store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMonth(2013, 8);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const qint64 id =
            add(QStringLiteral("Meetup"), tokyo(2013, 8, 29, 19, 30), tokyo(2013, 8, 29, 22, 30));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(idsOn(model, QDate(2013, 8, 29)), QList<qint64>{id});

        Event moved = *m_store->get(id);
        moved.moveToDay(QDate(2013, 8, 22));
        QVERIFY(m_store->update(moved).ok());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(idsOn(model, QDate(2013, 8, 29)), QList<qint64>{});
        QCOMPARE(idsOn(model, QDate(2013, 8, 22)), QList<qint64>{id});
        QCOMPARE(model.chipsOn(QDate(2013, 8, 22)).constFirst().event.start.time(), QTime(19, 30));

        QVERIFY(m_store->remove(id).ok());
        QCOMPARE(changed.size(), 3);
        QCOMPARE(idsOn(model, QDate(2013, 8, 22)), QList<qint64>{});
        QCOMPARE(reset.size(), 0); // the grid stays put; the view keeps its selection

        EventType type = *m_store->type(QStringLiteral("offline_meetup"));
        type.color = QStringLiteral("#123456");
        add(QStringLiteral("Again"), tokyo(2013, 8, 1, 19, 0), tokyo(2013, 8, 1, 21, 0));
        QVERIFY(m_store->saveType(type).ok());
        QCOMPARE(model.chipsOn(QDate(2013, 8, 1)).constFirst().color, QStringLiteral("#123456"));
    }

    void monthSwitchIsFastWithTenThousandEvents()
    {
        // 10,000 events over two years, written straight to the table (the store would commit each).
        QSqlDatabase db = m_db->connection();
        QVERIFY(db.transaction());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO events (title, kind, starts_at, ends_at, time_zone) "
                                         "VALUES (?, 'offline_meetup', ?, ?, 'Asia/Tokyo')")));
        const QDateTime base = tokyo(2024, 1, 1, 19, 0).toUTC();
        for (int i = 0; i < 10000; ++i) {
            const QDateTime start = base.addSecs(qint64(i) * 6311); // about 14 a day
            q.addBindValue(QStringLiteral("Event %1").arg(i));
            q.addBindValue(start.toString(Qt::ISODate));
            q.addBindValue(start.addSecs(7200).toString(Qt::ISODate));
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());
        MonthModel model(*m_store);
        model.setMonth(2024, 1);
        int shown = 0;
        QElapsedTimer timer;
        timer.start();
        for (int month = 2; month <= 13; ++month)
            model.setMonth(2024 + (month - 1) / 12, (month - 1) % 12 + 1);
        const double perSwitch = double(timer.nsecsElapsed()) / 12 / 1e6;
        for (int day = 0; day < 42; ++day)
            shown += int(idsOn(model, model.firstDay().addDays(day)).size());
        qInfo("month switch: %.2f ms with %d chips in the grid (debug build)", perSwitch, shown);
        QVERIFY(shown > 400);
        QVERIFY2(perSwitch < 100, "a month switch should take about a frame");
    }
};

QTEST_GUILESS_MAIN(TestMonthModel)
#include "tst_monthmodel.moc"
