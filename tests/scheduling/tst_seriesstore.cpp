#include "records/Member.h"
#include "scheduling/Recurrence.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/SeriesStore.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// Series, their exceptions, holiday policy, candidates, speaker slotting, confirmation, split and undo.
class TestSeriesStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<MemberTables> m_members;
    std::unique_ptr<SeriesStore> m_store;

    static QTimeZone tokyo() { return QTimeZone(QByteArrayLiteral("Asia/Tokyo")); }

    /// Seed 003: a talk every 2nd Tuesday at 20:00, open end.
    static Series talks()
    {
        Series s;
        s.title = QStringLiteral("OB会 勉強会");
        s.type = QStringLiteral("talk");
        s.format = Event::Format::Online;
        s.firstStart = QDateTime(QDate(2026, 1, 13), QTime(20, 0), tokyo());
        s.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU");
        s.onlineUrl = QStringLiteral("https://meet.example.com/ob");
        s.description = QStringLiteral("毎月第2火曜日 20:00〜");
        return s;
    }
    /// Seed 003: lunch every 3rd Thursday 12:00–13:00.
    static Series lunch()
    {
        Series s;
        s.title = QStringLiteral("ランチ会");
        s.type = QStringLiteral("lunch");
        s.firstStart = QDateTime(QDate(2026, 1, 15), QTime(12, 0), tokyo());
        s.durationMinutes = 60;
        s.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=3TH");
        return s;
    }

    qint64 member(const QString &name)
    {
        Member m;
        m.displayName = name;
        auto id = m_members->records().insert(m);
        return id.ok() ? *id : 0;
    }

    static QList<QDate> datesOf(const QList<Occurrence> &rows)
    {
        QList<QDate> days;
        for (const Occurrence &o : rows)
            days.append(o.start.date());
        return days;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_store.reset();
        m_members.reset();
        m_events.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("s.sqlite")));
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("s.sqlite")), options);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_events = std::make_unique<EventStore>(*m_db);
        m_members = std::make_unique<MemberTables>(*m_db);
        m_store = std::make_unique<SeriesStore>(*m_db, *m_events);
        // 2026-02-10 (a 2nd Tuesday) and 2026-02-11 stand in for public holidays.
        m_store->setHolidayLookup([](const QDate &d) {
            if (d == QDate(2026, 2, 10))
                return QStringLiteral("Test Day");
            if (d == QDate(2026, 2, 11))
                return QStringLiteral("National Foundation Day");
            return QString();
        });
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_members.reset();
        m_events.reset();
        m_db.reset();
    }

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

    void confirmMakesAnEventWithTheSpeaker()
    {
        const qint64 id = *m_store->insert(talks());
        const qint64 speaker = member(QStringLiteral("佐藤 花子"));
        auto slotted = m_store->slotSpeaker(id, speaker, QStringLiteral("Qt 6 入門"), QDate(2026, 3, 1));
        QVERIFY2(slotted.ok(), qPrintable(slotted.ok() ? QString() : slotted.error().toString()));
        QCOMPARE(*slotted, QDate(2026, 3, 10));
        auto eventId = m_store->confirm(id, QDate(2026, 3, 10));
        QVERIFY2(eventId.ok(), qPrintable(eventId.ok() ? QString() : eventId.error().toString()));
        auto event = m_events->get(*eventId);
        QCOMPARE(event->title, QStringLiteral("OB会 勉強会"));
        QCOMPARE(event->start, QDateTime(QDate(2026, 3, 10), QTime(20, 0), tokyo()));
        QVERIFY(!event->end.isValid());
        QCOMPARE(event->seriesId, id);
        QCOMPARE(event->occurrenceDate, QDate(2026, 3, 10));
        QCOMPARE(event->format, Event::Format::Online);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT member_id, role FROM participations WHERE event_id = %1").arg(*eventId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), speaker);
        QCOMPARE(q.value(1).toString(), QStringLiteral("speaker"));

        // A confirmed occurrence is an event now: the calendar no longer computes it.
        auto occurrences = m_store->occurrences(QDate(2026, 3, 1), QDate(2026, 4, 30));
        QCOMPARE(datesOf(*occurrences), QList<QDate>{QDate(2026, 4, 14)});
        QVERIFY(!m_store->confirm(id, QDate(2026, 3, 10)).ok());
        QVERIFY(!m_store->confirm(id, QDate(2026, 3, 11)).ok());
    }

    void candidatesAndSlotting()
    {
        const qint64 id = *m_store->insert(talks());
        const qint64 sato = member(QStringLiteral("佐藤"));
        const qint64 tanaka = member(QStringLiteral("田中"));
        const qint64 suzuki = member(QStringLiteral("鈴木"));
        QCOMPARE(*m_store->slotSpeaker(id, sato, QStringLiteral("A"), QDate(2026, 4, 1)), QDate(2026, 4, 14));
        QCOMPARE(*m_store->slotSpeaker(id, tanaka, QStringLiteral("B"), QDate(2026, 4, 1)),
                 QDate(2026, 5, 12));

        auto list = m_store->candidates(id, QDate(2026, 4, 1), 4);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 4);
        QCOMPARE(list->at(0).slot->memberName, QStringLiteral("佐藤"));
        QCOMPARE(list->at(1).slot->memberId, tanaka);
        QVERIFY(list->at(2).isFree());
        QCOMPARE(list->at(3).occurrence.occurrenceDate, QDate(2026, 7, 14));

        // Sato cannot make April: the next free candidate is June, and April is remembered as declined.
        QCOMPARE(*m_store->declineSlot(id, QDate(2026, 4, 14)), QDate(2026, 6, 9));
        auto found = m_store->speakerSlots(id);
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(1).memberId, sato);
        QCOMPARE(found->at(1).declinedDates, QList<QDate>{QDate(2026, 4, 14)});
        QCOMPARE(found->at(1).topic, QStringLiteral("A"));
        // Suzuki takes the freed April date; Sato declines June too and goes to July.
        QCOMPARE(*m_store->slotSpeaker(id, suzuki, QString(), QDate(2026, 4, 1)), QDate(2026, 4, 14));
        QCOMPARE(*m_store->declineSlot(id, QDate(2026, 6, 9)), QDate(2026, 7, 14));
        QCOMPARE(m_store->speakerSlots(id)->constLast().declinedDates,
                 (QList<QDate>{QDate(2026, 4, 14), QDate(2026, 6, 9)}));
        QVERIFY(!m_store->declineSlot(id, QDate(2026, 6, 9)).ok());
        QVERIFY(m_store->removeSlot(id, QDate(2026, 7, 14)).ok());
        QCOMPARE(m_store->speakerSlots(id)->size(), 2);
    }

    void slottingSkipsHolidaysAndStopsAtTheEnd()
    {
        Series s = talks();
        s.holidayPolicy = Series::HolidayPolicy::Skip;
        s.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;COUNT=3");
        const qint64 id = *m_store->insert(s);
        auto list = m_store->candidates(id, QDate(2026, 1, 1), 10);
        QCOMPARE(list->size(), 3);
        QVERIFY(!list->at(1).isFree());
        const qint64 a = member(QStringLiteral("A"));
        QCOMPARE(*m_store->slotSpeaker(id, a, QString(), QDate(2026, 1, 1)), QDate(2026, 1, 13));
        QCOMPARE(*m_store->slotSpeaker(id, member(QStringLiteral("B")), QString(), QDate(2026, 1, 1)),
                 QDate(2026, 3, 10));
        auto full = m_store->slotSpeaker(id, member(QStringLiteral("C")), QString(), QDate(2026, 1, 1));
        QVERIFY(!full.ok());
        QCOMPARE(full.error().code(), Error::Code::NotFound);
    }

    void splitThisAndFollowing()
    {
        const qint64 id = *m_store->insert(talks());
        const qint64 speaker = member(QStringLiteral("佐藤"));
        QVERIFY(m_store->slotSpeaker(id, speaker, QString(), QDate(2026, 9, 1)).ok()); // 9/8
        const qint64 before = *m_store->confirm(id, QDate(2026, 2, 10));
        auto snapshot = m_store->snapshot(id);
        QVERIFY(snapshot.ok());

        Series tail = *m_store->get(id);
        tail.firstStart = QDateTime(QDate(2026, 6, 9), QTime(19, 30), tokyo());
        tail.durationMinutes = 90;
        auto tailId = m_store->split(id, QDate(2026, 6, 9), tail);
        QVERIFY2(tailId.ok(), qPrintable(tailId.ok() ? QString() : tailId.error().toString()));
        auto head = m_store->get(id);
        QCOMPARE(head->rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260608"));
        QCOMPARE(datesOf(*m_store->expand(*head, QDate(2026, 5, 1), QDate(2026, 12, 31))),
                 QList<QDate>{QDate(2026, 5, 12)});
        auto after = m_store->expand(*m_store->get(*tailId), QDate(2026, 5, 1), QDate(2026, 7, 31));
        QCOMPARE(datesOf(*after), (QList<QDate>{QDate(2026, 6, 9), QDate(2026, 7, 14)}));
        QCOMPARE(after->at(0).start.time(), QTime(19, 30));
        QCOMPARE(m_store->speakerSlots(*tailId)->size(), 1);
        QVERIFY(m_store->speakerSlots(id)->isEmpty());
        QCOMPARE(m_events->get(before)->seriesId, id);
        QVERIFY(m_store->get(*tailId)->uid != head->uid);

        // Undo: the tail goes, the head gets its rule and slots back.
        QVERIFY(m_store->remove(*tailId).ok());
        QVERIFY(m_store->restore(*snapshot).ok());
        auto restored = m_store->get(id);
        QVERIFY(restored->sameContent(snapshot->series));
        QVERIFY(restored->sequence > head->sequence);
        QCOMPARE(m_store->speakerSlots(id)->size(), 1);
        QVERIFY(!m_store->split(id, QDate(2026, 1, 13), tail).ok());
    }

    void restoreRecreatesADeletedSeries()
    {
        const qint64 id = *m_store->insert(lunch());
        QVERIFY(m_store->slotSpeaker(id, member(QStringLiteral("X")), QStringLiteral("t"), QDate(2026, 1, 1))
                    .ok());
        const qint64 eventId = *m_store->confirm(id, QDate(2026, 1, 15));
        auto snapshot = m_store->snapshot(id);
        QCOMPARE(snapshot->confirmedEventIds, QList<qint64>{eventId});
        QSignalSpy removed(m_store.get(), &SeriesStore::seriesRemoved);
        QVERIFY(m_store->remove(id).ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_events->get(eventId)->seriesId, 0); // the event stays, detached
        QVERIFY(m_store->restore(*snapshot).ok());
        QVERIFY(m_store->get(id)->sameContent(snapshot->series));
        QCOMPARE(m_store->get(id)->uid, snapshot->series.uid);
        QCOMPARE(m_store->speakerSlots(id)->size(), 1);
        QCOMPARE(m_events->get(eventId)->seriesId, id);
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
