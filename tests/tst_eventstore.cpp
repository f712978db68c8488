#include "records/Member.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/ParticipationStore.h"
#include "stores/SeriesStore.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestEventStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_store;

    static QTimeZone tokyo() { return QTimeZone(QByteArrayLiteral("Asia/Tokyo")); }

    static Event meetup(const QDate &day = QDate(2013, 8, 29))
    {
        Event e;
        e.title = QStringLiteral("第2回オフ会");
        e.type = QStringLiteral("offline_meetup");
        e.timeZone = tokyo();
        e.start = QDateTime(day, QTime(19, 30), tokyo());
        e.end = QDateTime(day, QTime(22, 30), tokyo());
        e.capacity = 14;
        e.fee = 4000;
        e.description = QStringLiteral("月末の平日・木曜日");
        e.notes = QStringLiteral("幹事メモ");
        e.linkPolicy = QStringLiteral("前日にお送りします");
        e.whatToBring = QStringLiteral("名刺");
        return e;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_store.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("e.sqlite")));
        Database::Options options;
        options.dailyBackup = false;
        auto db = test::openDatabase(m_dir.filePath(QStringLiteral("e.sqlite")), options);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_store = std::make_unique<EventStore>(*m_db);
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    void insertAndReadBackEveryField()
    {
        Event e = meetup();
        e.format = Event::Format::Hybrid;
        e.onlineUrl = QStringLiteral("https://zoom.example/j/1");
        e.staffCount = true;
        QSignalSpy inserted(m_store.get(), &EventStore::eventInserted);
        auto id = m_store->insert(e);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
        QCOMPARE(inserted.count(), 1);
        auto back = m_store->get(*id);
        QVERIFY(back.ok());
        e.id = *id;
        QVERIFY(back->sameContent(e));
        QCOMPARE(back->start.timeZone(), tokyo());
        QCOMPARE(back->start.time(), QTime(19, 30));
        // Stored as UTC text.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT starts_at, time_zone FROM events")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2013-08-29T10:30:00Z"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Asia/Tokyo"));
    }

    void refusesBadInputAndSavesNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("end before start") << 0 << QStringLiteral("end before");
        QTest::newRow("negative capacity") << 1 << QStringLiteral("capacity");
        QTest::newRow("negative fee") << 2 << QStringLiteral("fee");
        QTest::newRow("no title") << 3 << QStringLiteral("title");
        QTest::newRow("unknown type") << 4 << QStringLiteral("type");
        QTest::newRow("no day, not tentative") << 5 << QStringLiteral("tentative");
        QTest::newRow("bad url") << 6 << QStringLiteral("URL");
        QTest::newRow("tentative range reversed") << 7 << QStringLiteral("last possible day");
    }
    void refusesBadInputAndSavesNothing()
    {
        QFETCH(int, which);
        QFETCH(QString, fragment);
        Event e = meetup();
        switch (which) {
        case 0:
            e.end = e.start.addSecs(-60);
            break;
        case 1:
            e.capacity = -1;
            break;
        case 2:
            e.fee = -100;
            break;
        case 3:
            e.title = QStringLiteral("  ");
            break;
        case 4:
            e.type = QStringLiteral("nope");
            break;
        case 5:
            e.start = {};
            e.end = {};
            e.tentativeFrom = QDate(2013, 9, 1);
            break;
        case 6:
            e.onlineUrl = QStringLiteral("javascript:alert(1)");
            break;
        case 7:
            e.start = {};
            e.end = {};
            e.status = Event::Status::Tentative;
            e.tentativeFrom = QDate(2013, 9, 30);
            e.tentativeTo = QDate(2013, 9, 1);
            break;
        }
        auto id = m_store->insert(e);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code(), Error::Code::Invalid);
        QVERIFY2(id.error().message().contains(fragment, Qt::CaseInsensitive),
                 qPrintable(id.error().message()));
        QCOMPARE(*m_store->count(), 0);
    }

    void tentativeEventWithoutDayCanBeFixedLater()
    {
        Event e;
        e.title = QStringLiteral("第3回オフ会");
        e.status = Event::Status::Tentative;
        e.tentativeFrom = QDate(2013, 9, 23);
        e.tentativeTo = QDate(2013, 9, 30);
        e.tentativeNote = QStringLiteral("月末の平日");
        auto id = m_store->insert(e);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
        auto back = m_store->get(*id);
        QVERIFY(!back->hasDay());
        QCOMPARE(back->firstDay(), QDate(2013, 9, 23));
        QCOMPARE(back->lastDay(), QDate(2013, 9, 30));
        QVERIFY(back->coversDay(QDate(2013, 9, 25)));
        QVERIFY(!back->coversDay(QDate(2013, 10, 1)));

        // Shows in September, not in October.
        QCOMPARE(m_store->between(QDate(2013, 9, 1), QDate(2013, 9, 30))->size(), 1);
        QCOMPARE(m_store->between(QDate(2013, 10, 1), QDate(2013, 10, 31))->size(), 0);

        Event fixed = *back;
        fixed.moveToDay(QDate(2013, 9, 26));
        QCOMPARE(fixed.status, Event::Status::Scheduled);
        QVERIFY(fixed.hasDay());
        QVERIFY(!fixed.tentativeFrom.isValid());
        QVERIFY(m_store->update(fixed).ok());
        back = m_store->get(*id);
        QCOMPARE(back->firstDay(), QDate(2013, 9, 26));
        QCOMPARE(back->start.time(), QTime(19, 0));
    }

    void betweenUsesEachEventsLocalDays()
    {
        // 23:30 in Tokyo on Aug 31 is 14:30 UTC: it belongs to August in Tokyo.
        Event late = meetup(QDate(2013, 8, 31));
        late.start = QDateTime(QDate(2013, 8, 31), QTime(23, 30), tokyo());
        late.end = QDateTime(QDate(2013, 9, 1), QTime(1, 0), tokyo());
        QVERIFY(m_store->insert(late).ok());
        // 01:00 on Sep 1 in Los Angeles is Sep 1 08:00 UTC.
        Event la = meetup();
        la.timeZone = QTimeZone(QByteArrayLiteral("America/Los_Angeles"));
        la.start = QDateTime(QDate(2013, 9, 1), QTime(1, 0), la.timeZone);
        la.end = QDateTime(QDate(2013, 9, 1), QTime(2, 0), la.timeZone);
        QVERIFY(m_store->insert(la).ok());
        // Multi-day all-day event from Aug 30 to Sep 2.
        Event camp = meetup();
        camp.allDay = true;
        camp.start = QDateTime(QDate(2013, 8, 30), QTime(0, 0), tokyo());
        camp.end = QDateTime(QDate(2013, 9, 3), QTime(0, 0), tokyo());
        QVERIFY(m_store->insert(camp).ok());

        const auto august = m_store->between(QDate(2013, 8, 31), QDate(2013, 8, 31));
        QVERIFY(august.ok());
        QCOMPARE(august->size(), 2); // late (Tokyo Aug 31) and the camp
        const auto sep1 = m_store->between(QDate(2013, 9, 1), QDate(2013, 9, 1));
        QCOMPARE(sep1->size(), 3); // late ends after midnight, LA, camp
        const auto sep3 = m_store->between(QDate(2013, 9, 3), QDate(2013, 9, 3));
        QCOMPARE(sep3->size(), 0); // the camp ends at midnight starting Sep 3
        QCOMPARE(m_store->get(3)->lastDay(), QDate(2013, 9, 2));
    }

    void daylightSavingTimeKeepsLocalTimes()
    {
        // Europe/Berlin leaves summer time on 2013-10-27 at 03:00 CEST.
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        QVERIFY(berlin.isValid());
        Event e = meetup(QDate(2013, 10, 24));
        e.timeZone = berlin;
        e.start = QDateTime(QDate(2013, 10, 24), QTime(19, 0), berlin);
        e.end = QDateTime(QDate(2013, 10, 24), QTime(21, 0), berlin);
        auto id = m_store->insert(e);
        QVERIFY(id.ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT starts_at FROM events")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2013-10-24T17:00:00Z")); // CEST, UTC+2
        // Moved a week on, across the change: still 19:00 local, now UTC+1.
        Event moved = *m_store->get(*id);
        moved.moveToDay(QDate(2013, 10, 31));
        QVERIFY(m_store->update(moved).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT starts_at, ends_at FROM events")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2013-10-31T18:00:00Z"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2013-10-31T20:00:00Z"));
        const Event back = *m_store->get(*id);
        QCOMPARE(back.start.time(), QTime(19, 0));
        QCOMPARE(back.end.time(), QTime(21, 0));
        QVERIFY(
            back.whenText(QLocale(QLocale::English, QLocale::UnitedStates)).contains(QStringLiteral("7:00")));
        // Tokyo has no daylight saving time: the same local hour maps to the same UTC hour all year.
        Event winter = meetup(QDate(2013, 12, 19));
        Event summer = meetup(QDate(2013, 7, 18));
        QCOMPARE(winter.start.toUTC().time(), summer.start.toUTC().time());
    }

    void japaneseDatesLookLikeJapaneseCalendars()
    {
        const QLocale ja(QLocale::Japanese, QLocale::Japan);
        QCOMPARE(Event::dateText(QDate(2013, 8, 29), ja), QStringLiteral("2013年8月29日(木)"));
        QCOMPARE(meetup().whenText(ja), QStringLiteral("2013年8月29日(木) 19:30〜22:30"));
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QString english = meetup().whenText(en);
        QVERIFY2(english.startsWith(QStringLiteral("Thursday, August 29, 2013 7:30")), qPrintable(english));
        QVERIFY2(english.contains(QStringLiteral(" – 10:30")), qPrintable(english));
        // The system zone (TZ=Asia/Tokyo in tests) is not named; another zone is.
        QVERIFY(!english.contains(QLatin1Char('(')));
    }

    void deleteRemovesParticipationsAndUndoRestoresThem()
    {
        MemberTables members(*m_db);
        Member m;
        m.displayName = QStringLiteral("田村 浩之");
        auto memberId = members.records().insert(m);
        QVERIFY(memberId.ok());
        auto id = m_store->insert(meetup());
        QVERIFY(id.ok());
        ParticipationStore participations(*m_db);
        QVERIFY(participations.add(*id, *memberId).ok());
        const Event before = *m_store->get(*id);
        const auto rows = *participations.forEvent(*id);
        QVERIFY(m_store->remove(*id).ok());
        QCOMPARE(participations.forEvent(*id)->size(), 0);
        QVERIFY(m_store->insert(before).ok());
        QVERIFY(participations.replaceEvent(*id, rows).ok());
        QCOMPARE(*participations.forEvent(*id), rows);
        QVERIFY(m_store->get(*id)->sameContent(before));
    }

    void allEventsAndASeriesEventsComeInFullInTheOrderOfAll()
    {
        SeriesStore series(*m_db, *m_store);
        Series lunch;
        lunch.title = QStringLiteral("ランチ会");
        lunch.type = QStringLiteral("lunch");
        lunch.firstStart = QDateTime(QDate(2013, 8, 15), QTime(12, 0), tokyo());
        lunch.durationMinutes = 60;
        lunch.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=3TH");
        auto seriesId = series.insert(lunch);
        QVERIFY2(seriesId.ok(), seriesId.ok() ? "" : qPrintable(seriesId.error().toString()));
        auto other = series.insert(lunch);
        QVERIFY(other.ok());

        QList<qint64> ids;
        for (const QDate &day : {QDate(2013, 10, 17), QDate(2013, 8, 29), QDate(2013, 9, 19)}) {
            Event e = meetup(day);
            if (day != QDate(2013, 8, 29)) {
                e.seriesId = *seriesId;
                e.occurrenceDate = day;
            }
            auto id = m_store->insert(e);
            QVERIFY(id.ok());
            ids.append(*id);
        }
        Event undated = meetup();
        undated.status = Event::Status::Tentative;
        undated.start = undated.end = QDateTime();
        undated.tentativeFrom = QDate(2013, 9, 1);
        undated.seriesId = *seriesId;
        auto undatedId = m_store->insert(undated);
        QVERIFY(undatedId.ok());

        auto all = m_store->all();
        auto events = m_store->allEvents();
        QVERIFY(all.ok() && events.ok());
        QCOMPARE(events->size(), all->size());
        for (qsizetype i = 0; i < all->size(); ++i) {
            auto one = m_store->get(all->at(i).id);
            QVERIFY(one.ok());
            QVERIFY(events->at(i).sameContent(*one));
            QCOMPARE(events->at(i).id, one->id);
            QCOMPARE(events->at(i).uid, one->uid);
            QCOMPARE(events->at(i).createdAt, one->createdAt);
            QCOMPARE(events->at(i).occurrenceDate, one->occurrenceDate);
        }

        auto ofSeries = m_store->ofSeries(*seriesId);
        QVERIFY(ofSeries.ok());
        QList<qint64> seriesIds;
        for (const Event &e : std::as_const(*ofSeries)) {
            QCOMPARE(e.seriesId, *seriesId);
            seriesIds.append(e.id);
        }
        // By first day: the undated one's first possible day (1 September) comes before 19 September.
        QCOMPARE(seriesIds, (QList<qint64>{*undatedId, ids.at(2), ids.at(0)}));
        QCOMPARE(ofSeries->at(1).notes, QStringLiteral("幹事メモ"));
        QVERIFY(m_store->ofSeries(*other)->isEmpty());
        // The statements are reset after reading: a write transaction can follow at once.
        QVERIFY(m_store->remove(ids.at(1)).ok());
        QCOMPARE(m_store->allEvents()->size(), 3);
    }

    void typeCatalogueIsEditableAndRefusesRemovingATypeInUse()
    {
        auto types = m_store->types();
        QVERIFY(types.ok());
        QVERIFY(types->size() >= 8);
        QCOMPARE(types->constFirst().key, QStringLiteral("offline_meetup"));
        QVERIFY(!types->constFirst().displayName().isEmpty());
        auto key = m_store->newTypeKey();
        QCOMPARE(*key, QStringLiteral("custom_1"));
        QSignalSpy changed(m_store.get(), &EventStore::typesChanged);
        QVERIFY(m_store->saveType({*key, QStringLiteral("読書会"), QStringLiteral("#123456"), 50}).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(*m_store->newTypeKey(), QStringLiteral("custom_2"));
        QCOMPARE(m_store->type(*key)->displayName(), QStringLiteral("読書会"));
        QVERIFY(
            !m_store->saveType({QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("red"), 1}).ok());

        Event e = meetup();
        e.type = *key;
        QVERIFY(m_store->insert(e).ok());
        auto refused = m_store->removeType(*key);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), Error::Code::InUse);
        QVERIFY(m_store->type(*key).ok());
        QVERIFY(m_store->removeType(QStringLiteral("panel")).ok());
        QVERIFY(!m_store->type(QStringLiteral("panel")).ok());
    }

    void summariesCountThePlacesTaken()
    {
        MemberTables members(*m_db);
        ParticipationStore participations(*m_db);
        auto id = m_store->insert(meetup());
        for (int i = 0; i < 3; ++i) {
            Member m;
            m.displayName = QStringLiteral("M%1").arg(i);
            const qint64 memberId = *members.records().insert(m);
            QVERIFY(
                participations
                    .add(*id, memberId, i == 0 ? Participation::Role::Staff : Participation::Role::Attendee)
                    .ok());
        }
        auto summary = m_store->summary(*id);
        QVERIFY(summary.ok());
        QCOMPARE(summary->going, 2); // staff do not take places by default
        QCOMPARE(summary->capacity, std::optional<int>(14));
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
