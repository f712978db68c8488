#include "SeriesStoreFixture.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace offkai;

/// Series, their exceptions, holiday policy and the expansion of their occurrences.
class TestSeriesStore : public test::SeriesStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init() { openStores(); }
    void cleanupTestCase() { closeStores(); }

    void insertAndReadBack()
    {
        QSignalSpy changed(m_store.get(), &SeriesStore::seriesChanged);
        Series s = lunch();
        s.capacity = 8;
        s.fee = 1500;
        s.holidayPolicy = Series::HolidayPolicy::NextWorkday;
        s.exceptions = {SeriesException{QDate(2026, 3, 19), SeriesException::Kind::Skipped, {}, {}},
                        SeriesException{QDate(2026, 4, 16), SeriesException::Kind::Moved,
                                        QDateTime(QDate(2026, 4, 17), QTime(12, 30), tokyo()),
                                        QDateTime(QDate(2026, 4, 17), QTime(13, 30), tokyo())}};
        auto id = m_store->insert(s);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(changed.size(), 1);
        auto back = m_store->get(*id);
        QVERIFY(back.ok());
        QVERIFY(back->sameContent(s));
        QVERIFY(back->uid.endsWith(QLatin1String("@offkai")));
        QCOMPARE(back->sequence, 0);
        QCOMPARE(*m_store->idForUid(back->uid), *id);

        Series edited = *back;
        edited.title = QStringLiteral("ランチ会（新）");
        QVERIFY(m_store->update(edited).ok());
        QCOMPARE(m_store->get(*id)->sequence, 1);
        QCOMPARE(m_store->get(*id)->uid, back->uid);
    }

    void refusesInvalidSeries_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("title") << QStringLiteral("title");
        QTest::newRow("rule") << QStringLiteral("rrule");
        QTest::newRow("start") << QStringLiteral("start");
        QTest::newRow("type") << QStringLiteral("type");
        QTest::newRow("url") << QStringLiteral("url");
    }
    void refusesInvalidSeries()
    {
        QFETCH(QString, field);
        Series s = talks();
        if (field == QLatin1String("title"))
            s.title = QStringLiteral("  ");
        else if (field == QLatin1String("rrule"))
            s.rrule = QStringLiteral("FREQ=SOMETIMES");
        else if (field == QLatin1String("start"))
            s.firstStart = QDateTime();
        else if (field == QLatin1String("type"))
            s.type = QStringLiteral("no_such_type");
        else
            s.onlineUrl = QStringLiteral("javascript:alert(1)");
        auto id = m_store->insert(s);
        QVERIFY(!id.ok());
        QVERIFY(!id.error().message().isEmpty());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM series")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void holidayPolicies()
    {
        Series s = talks();
        auto kept = m_store->expand(s, QDate(2026, 1, 1), QDate(2026, 3, 31));
        QCOMPARE(datesOf(*kept), (QList<QDate>{QDate(2026, 1, 13), QDate(2026, 2, 10), QDate(2026, 3, 10)}));

        s.holidayPolicy = Series::HolidayPolicy::Skip;
        auto skipped = m_store->expand(s, QDate(2026, 1, 1), QDate(2026, 3, 31));
        QCOMPARE(datesOf(*skipped), (QList<QDate>{QDate(2026, 1, 13), QDate(2026, 3, 10)}));
        auto listed = m_store->expand(s, QDate(2026, 1, 1), QDate(2026, 3, 31), true);
        QCOMPARE(listed->size(), 3);
        QCOMPARE(listed->at(1).state, Occurrence::State::HolidaySkipped);
        QCOMPARE(listed->at(1).holidayName, QStringLiteral("Test Day"));

        // 2/10 is a holiday and so is 2/11: the talk moves to Thursday 2/12, still at 20:00.
        s.holidayPolicy = Series::HolidayPolicy::NextWorkday;
        auto moved = m_store->expand(s, QDate(2026, 1, 1), QDate(2026, 3, 31));
        QCOMPARE(datesOf(*moved), (QList<QDate>{QDate(2026, 1, 13), QDate(2026, 2, 12), QDate(2026, 3, 10)}));
        QCOMPARE(moved->at(1).state, Occurrence::State::HolidayMoved);
        QCOMPARE(moved->at(1).occurrenceDate, QDate(2026, 2, 10));
        QCOMPARE(moved->at(1).start.time(), QTime(20, 0));
        // A window starting after the rule date still sees the moved occurrence.
        auto late = m_store->expand(s, QDate(2026, 2, 12), QDate(2026, 2, 12));
        QCOMPARE(datesOf(*late), QList<QDate>{QDate(2026, 2, 12)});
    }

    void exceptionsSkipAndMove()
    {
        Series s = lunch();
        s.exceptions = {SeriesException{QDate(2026, 2, 19), SeriesException::Kind::Skipped, {}, {}},
                        SeriesException{QDate(2026, 3, 19), SeriesException::Kind::Moved,
                                        QDateTime(QDate(2026, 3, 26), QTime(12, 30), tokyo()),
                                        QDateTime(QDate(2026, 3, 26), QTime(13, 30), tokyo())}};
        auto rows = m_store->expand(s, QDate(2026, 2, 1), QDate(2026, 4, 30));
        QCOMPARE(datesOf(*rows), (QList<QDate>{QDate(2026, 3, 26), QDate(2026, 4, 16)}));
        QCOMPARE(rows->at(0).state, Occurrence::State::Moved);
        QCOMPARE(rows->at(0).occurrenceDate, QDate(2026, 3, 19));
        QCOMPARE(rows->at(0).start.time(), QTime(12, 30));
        QCOMPARE(rows->at(1).end, QDateTime(QDate(2026, 4, 16), QTime(13, 0), tokyo()));
    }

    void seed003Rules()
    {
        // The three series of seed 003 over a year, as the calendar computes them.
        Series mokumoku = lunch();
        mokumoku.title = QStringLiteral("もくもく会");
        mokumoku.type = QStringLiteral("mokumoku");
        mokumoku.format = Event::Format::Online;
        mokumoku.firstStart = QDateTime(QDate(2026, 1, 15), QTime(10, 0), tokyo());
        mokumoku.durationMinutes = 120;
        for (const Series &s : {talks(), lunch(), mokumoku})
            QVERIFY(m_store->insert(s).ok());
        auto rows = m_store->occurrences(QDate(2026, 1, 1), QDate(2026, 12, 31));
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 36);
        // On a 3rd Thursday, mokumoku 10:00–12:00 comes before lunch 12:00–13:00.
        const auto onDay = [&](const QDate &d) {
            QStringList titles;
            for (const Occurrence &o : *rows) {
                if (o.start.date() == d)
                    titles.append(m_store->get(o.seriesId)->title);
            }
            return titles;
        };
        QCOMPARE(onDay(QDate(2026, 11, 19)),
                 (QStringList{QStringLiteral("もくもく会"), QStringLiteral("ランチ会")}));
        QCOMPARE(onDay(QDate(2026, 11, 10)), QStringList{QStringLiteral("OB会 勉強会")});
    }
};

QTEST_GUILESS_MAIN(TestSeriesStore)
#include "tst_seriesstore.moc"
