#include "SeriesStoreFixture.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace offkai;

/// Candidates, speaker slotting, confirmation, split and undo.
class TestSeriesSlotStore : public test::SeriesStoreFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init() { openStores(); }
    void cleanupTestCase() { closeStores(); }

    void confirmMakesAnEventWithTheSpeaker()
    {
        const qint64 id = *m_store->insert(talks());
        const qint64 speaker = member(QStringLiteral("佐藤 花子"));
        auto slotted = m_slots->slotSpeaker(id, speaker, QStringLiteral("Qt 6 入門"), QDate(2026, 3, 1));
        QVERIFY2(slotted.ok(), qPrintable(slotted.ok() ? QString() : slotted.error().toString()));
        QCOMPARE(*slotted, QDate(2026, 3, 10));
        auto eventId = m_slots->confirm(id, QDate(2026, 3, 10));
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
        QVERIFY(!m_slots->confirm(id, QDate(2026, 3, 10)).ok());
        QVERIFY(!m_slots->confirm(id, QDate(2026, 3, 11)).ok());
    }

    void candidatesAndSlotting()
    {
        const qint64 id = *m_store->insert(talks());
        const qint64 sato = member(QStringLiteral("佐藤"));
        const qint64 tanaka = member(QStringLiteral("田中"));
        const qint64 suzuki = member(QStringLiteral("鈴木"));
        QCOMPARE(*m_slots->slotSpeaker(id, sato, QStringLiteral("A"), QDate(2026, 4, 1)), QDate(2026, 4, 14));
        QCOMPARE(*m_slots->slotSpeaker(id, tanaka, QStringLiteral("B"), QDate(2026, 4, 1)),
                 QDate(2026, 5, 12));

        auto list = m_slots->candidates(id, QDate(2026, 4, 1), 4);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 4);
        QCOMPARE(list->at(0).slot->memberName, QStringLiteral("佐藤"));
        QCOMPARE(list->at(1).slot->memberId, tanaka);
        QVERIFY(list->at(2).isFree());
        QCOMPARE(list->at(3).occurrence.occurrenceDate, QDate(2026, 7, 14));

        // Sato cannot make April: the next free candidate is June, and April is remembered as declined.
        QCOMPARE(*m_slots->declineSlot(id, QDate(2026, 4, 14)), QDate(2026, 6, 9));
        auto found = m_slots->speakerSlots(id);
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(1).memberId, sato);
        QCOMPARE(found->at(1).declinedDates, QList<QDate>{QDate(2026, 4, 14)});
        QCOMPARE(found->at(1).topic, QStringLiteral("A"));
        // Suzuki takes the freed April date; Sato declines June too and goes to July.
        QCOMPARE(*m_slots->slotSpeaker(id, suzuki, QString(), QDate(2026, 4, 1)), QDate(2026, 4, 14));
        QCOMPARE(*m_slots->declineSlot(id, QDate(2026, 6, 9)), QDate(2026, 7, 14));
        QCOMPARE(m_slots->speakerSlots(id)->constLast().declinedDates,
                 (QList<QDate>{QDate(2026, 4, 14), QDate(2026, 6, 9)}));
        QVERIFY(!m_slots->declineSlot(id, QDate(2026, 6, 9)).ok());
        QVERIFY(m_slots->removeSlot(id, QDate(2026, 7, 14)).ok());
        QCOMPARE(m_slots->speakerSlots(id)->size(), 2);
    }

    void addSlotsRecordsSpeakersOnTheirDates()
    {
        const qint64 id = *m_store->insert(talks());
        const qint64 sato = member(QStringLiteral("佐藤"));
        const qint64 tanaka = member(QStringLiteral("田中"));
        // February was already held as an event; March is still a candidate.
        const qint64 held = *m_slots->confirm(id, QDate(2026, 2, 10));
        QSignalSpy changed(m_slots.get(), &SeriesSlotStore::slotsChanged);
        const QList<SpeakerSlot> slots{{id, QDate(2026, 2, 10), sato, {}, QStringLiteral("A"), {}},
                                       {id, QDate(2026, 3, 10), tanaka, {}, QStringLiteral("B"), {}}};
        QVERIFY(m_slots->addSlots(id, slots).ok());
        QCOMPARE(changed.count(), 1);
        auto found = m_slots->speakerSlots(id);
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).memberId, sato);
        QCOMPARE(found->at(0).topic, QStringLiteral("A"));
        QCOMPARE(found->at(1).occurrenceDate, QDate(2026, 3, 10));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT member_id FROM participations WHERE role = 'speaker' AND "
                                      "event_id = %1")
                           .arg(held)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), sato);
        // The next speaker goes to the first date nobody has, and a taken date cannot be added twice,
        // which leaves the slots as they were.
        QCOMPARE(*m_slots->slotSpeaker(id, member(QStringLiteral("鈴木")), QString(), QDate(2026, 2, 1)),
                 QDate(2026, 4, 14));
        QVERIFY(!m_slots
                     ->addSlots(id, {{id, QDate(2026, 5, 12), tanaka, {}, {}, {}},
                                     {id, QDate(2026, 3, 10), sato, {}, {}, {}}})
                     .ok());
        QCOMPARE(m_slots->speakerSlots(id)->size(), 3);
    }

    void slottingSkipsHolidaysAndStopsAtTheEnd()
    {
        Series s = talks();
        s.holidayPolicy = Series::HolidayPolicy::Skip;
        s.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;COUNT=3");
        const qint64 id = *m_store->insert(s);
        auto list = m_slots->candidates(id, QDate(2026, 1, 1), 10);
        QCOMPARE(list->size(), 3);
        QVERIFY(!list->at(1).isFree());
        const qint64 a = member(QStringLiteral("A"));
        QCOMPARE(*m_slots->slotSpeaker(id, a, QString(), QDate(2026, 1, 1)), QDate(2026, 1, 13));
        QCOMPARE(*m_slots->slotSpeaker(id, member(QStringLiteral("B")), QString(), QDate(2026, 1, 1)),
                 QDate(2026, 3, 10));
        auto full = m_slots->slotSpeaker(id, member(QStringLiteral("C")), QString(), QDate(2026, 1, 1));
        QVERIFY(!full.ok());
        QCOMPARE(full.error().code(), Error::Code::NotFound);
    }

    void splitThisAndFollowing()
    {
        const qint64 id = *m_store->insert(talks());
        const qint64 speaker = member(QStringLiteral("佐藤"));
        QVERIFY(m_slots->slotSpeaker(id, speaker, QString(), QDate(2026, 9, 1)).ok()); // 9/8
        const qint64 before = *m_slots->confirm(id, QDate(2026, 2, 10));
        auto snapshot = m_slots->snapshot(id);
        QVERIFY(snapshot.ok());

        Series tail = *m_store->get(id);
        tail.firstStart = QDateTime(QDate(2026, 6, 9), QTime(19, 30), tokyo());
        tail.durationMinutes = 90;
        auto tailId = m_slots->split(id, QDate(2026, 6, 9), tail);
        QVERIFY2(tailId.ok(), qPrintable(tailId.ok() ? QString() : tailId.error().toString()));
        auto head = m_store->get(id);
        QCOMPARE(head->rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20260608"));
        QCOMPARE(datesOf(*m_store->expand(*head, QDate(2026, 5, 1), QDate(2026, 12, 31))),
                 QList<QDate>{QDate(2026, 5, 12)});
        auto after = m_store->expand(*m_store->get(*tailId), QDate(2026, 5, 1), QDate(2026, 7, 31));
        QCOMPARE(datesOf(*after), (QList<QDate>{QDate(2026, 6, 9), QDate(2026, 7, 14)}));
        QCOMPARE(after->at(0).start.time(), QTime(19, 30));
        QCOMPARE(m_slots->speakerSlots(*tailId)->size(), 1);
        QVERIFY(m_slots->speakerSlots(id)->isEmpty());
        QCOMPARE(m_events->get(before)->seriesId, id);
        QVERIFY(m_store->get(*tailId)->uid != head->uid);

        // Undo: the tail goes, the head gets its rule and slots back.
        QVERIFY(m_store->remove(*tailId).ok());
        QVERIFY(m_slots->restore(*snapshot).ok());
        auto restored = m_store->get(id);
        QVERIFY(restored->sameContent(snapshot->series));
        QVERIFY(restored->sequence > head->sequence);
        QCOMPARE(m_slots->speakerSlots(id)->size(), 1);
        QVERIFY(!m_slots->split(id, QDate(2026, 1, 13), tail).ok());
    }

    void restoreRecreatesADeletedSeries()
    {
        const qint64 id = *m_store->insert(lunch());
        QVERIFY(m_slots->slotSpeaker(id, member(QStringLiteral("X")), QStringLiteral("t"), QDate(2026, 1, 1))
                    .ok());
        const qint64 eventId = *m_slots->confirm(id, QDate(2026, 1, 15));
        auto snapshot = m_slots->snapshot(id);
        QCOMPARE(snapshot->confirmedEventIds, QList<qint64>{eventId});
        QSignalSpy removed(m_store.get(), &SeriesStore::seriesRemoved);
        QVERIFY(m_store->remove(id).ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_events->get(eventId)->seriesId, 0); // the event stays, detached
        QVERIFY(m_slots->restore(*snapshot).ok());
        QVERIFY(m_store->get(id)->sameContent(snapshot->series));
        QCOMPARE(m_store->get(id)->uid, snapshot->series.uid);
        QCOMPARE(m_slots->speakerSlots(id)->size(), 1);
        QCOMPARE(m_events->get(eventId)->seriesId, id);
    }
};

QTEST_GUILESS_MAIN(TestSeriesSlotStore)
#include "tst_seriesslotstore.moc"
