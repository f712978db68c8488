#include "exchange/BillSplitter.h"
#include "records/Member.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/ParticipationStore.h"
#include "TestSupport.h"

#include <algorithm>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;
using Role = Participation::Role;
using Rsvp = Participation::Rsvp;

class TestParticipationStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<MemberTables> m_members;
    std::unique_ptr<ParticipationStore> m_store;
    QList<qint64> m_people;
    qint64 m_event = 0;

    qint64 addEvent(std::optional<int> capacity, Event::Status status = Event::Status::Scheduled)
    {
        Event e;
        e.title = QStringLiteral("ミニオフ会");
        e.status = status;
        e.start = QDateTime(QDate(2026, 12, 3), QTime(19, 0), e.timeZone);
        e.end = QDateTime(QDate(2026, 12, 3), QTime(21, 0), e.timeZone);
        e.capacity = capacity;
        e.fee = 1000;
        auto id = m_events->insert(e);
        return id.ok() ? *id : 0;
    }

    QByteArray snapshot()
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT * FROM participations ORDER BY event_id, member_id"));
        QByteArray all;
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                all += q.value(i).toString().toUtf8() + '|';
            all += '\n';
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_store.reset();
        m_members.reset();
        m_events.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("p.sqlite")));
        Database::Options options;
        options.dailyBackup = false;
        auto db = test::openDatabase(m_dir.filePath(QStringLiteral("p.sqlite")), options);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_events = std::make_unique<EventStore>(*m_db);
        m_members = std::make_unique<MemberTables>(*m_db);
        m_store = std::make_unique<ParticipationStore>(*m_db);
        m_people.clear();
        const QStringList names = {QStringLiteral("田村 浩之"), QStringLiteral("加藤 真由美"),
                                   QStringLiteral("山本 翔太"), QStringLiteral("中村 優子"),
                                   QStringLiteral("高橋 美咲"), QStringLiteral("橋本 亮")};
        for (const QString &name : names) {
            Member m;
            m.displayName = name;
            auto id = m_members->records().insert(m);
            QVERIFY(id.ok());
            m_people.append(*id);
        }
        m_event = addEvent(3);
        QVERIFY(m_event > 0);
    }
    void cleanupTestCase()
    {
        m_store.reset();
        m_members.reset();
        m_events.reset();
        m_db.reset();
    }

    void capacityCountsAttendeesOnlyUnlessStaffCount()
    {
        QVERIFY(m_store->add(m_event, m_people[0], Role::Organizer).ok());
        QVERIFY(m_store->add(m_event, m_people[1], Role::Staff).ok());
        for (int i = 2; i < 5; ++i)
            QCOMPARE(m_store->add(m_event, m_people[i])->rsvp, Rsvp::Going);
        auto count = m_store->headcount(m_event);
        QCOMPARE(count->takingPlaces, 3);
        QCOMPARE(count->going, 5);
        QCOMPARE(count->placesLeft(), std::optional<int>(0));
        // The fourth attendee goes on the waitlist.
        QCOMPARE(m_store->add(m_event, m_people[5])->rsvp, Rsvp::Waitlisted);
        QCOMPARE(m_store->headcount(m_event)->waitlisted, 1);

        // Counting staff: organizer and staff take places too.
        Event e = *m_events->get(m_event);
        e.staffCount = true;
        QVERIFY(m_events->update(e).ok());
        QCOMPARE(m_store->headcount(m_event)->takingPlaces, 5);
    }

    void aDeclineFromSomeoneGoingPromotesTheFirstWaitlisted()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_store->add(m_event, m_people[i]).ok());
        QCOMPARE(m_store->add(m_event, m_people[4])->rsvp, Rsvp::Waitlisted); // first in line
        QCOMPARE(m_store->add(m_event, m_people[3])->rsvp, Rsvp::Waitlisted);
        QSignalSpy changed(m_store.get(), &ParticipationStore::changed);
        const auto before = *m_store->forEvent(m_event);

        auto promoted = m_store->setRsvp(m_event, m_people[1], Rsvp::Declined);
        QVERIFY(promoted.ok());
        QCOMPARE(*promoted, QList<qint64>{m_people[4]});
        QCOMPARE(m_store->get(m_event, m_people[4])->rsvp, Rsvp::Going);
        QVERIFY(!m_store->get(m_event, m_people[4])->waitlistOrder);
        QCOMPARE(m_store->get(m_event, m_people[3])->rsvp, Rsvp::Waitlisted);
        QCOMPARE(changed.count(), 1);

        // Undo puts everything back exactly.
        QVERIFY(m_store->replaceEvent(m_event, before).ok());
        QCOMPARE(*m_store->forEvent(m_event), before);

        // A maybe declining frees nothing.
        QVERIFY(m_store->setRsvp(m_event, m_people[1], Rsvp::Maybe).ok()); // going → maybe promotes #4
        QCOMPARE(m_store->get(m_event, m_people[4])->rsvp, Rsvp::Going);
        QCOMPARE(*m_store->setRsvp(m_event, m_people[1], Rsvp::Declined), QList<qint64>());

        // A larger capacity promotes the rest.
        Event e = *m_events->get(m_event);
        e.capacity = 10;
        QVERIFY(m_events->update(e).ok());
        QCOMPARE(*m_store->promoteWaitlisted(m_event), QList<qint64>{m_people[3]});
    }

    void memberAddedTwiceIsRefused()
    {
        QVERIFY(m_store->add(m_event, m_people[0]).ok());
        const QByteArray before = snapshot();
        auto again = m_store->add(m_event, m_people[0], Role::Staff);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code(), Error::Code::InUse);
        QVERIFY(again.error().message().contains(QStringLiteral("田村 浩之")));
        QCOMPARE(snapshot(), before);
    }

    void checkInMarksAttendanceAndAddsWalkIns()
    {
        QVERIFY(m_store->add(m_event, m_people[0]).ok());
        const QDateTime at(QDate(2026, 12, 3), QTime(10, 15, 30), QTimeZone::utc());
        auto p = m_store->checkIn(m_event, m_people[0], at);
        QVERIFY(p.ok());
        QVERIFY(p->attended);
        QVERIFY(!p->walkIn);
        QCOMPARE(m_store->get(m_event, m_people[0])->checkedInAt, at);
        // Someone who never RSVP'd: a walk-in.
        auto walkIn = m_store->checkIn(m_event, m_people[5], at);
        QVERIFY(walkIn.ok());
        QVERIFY(walkIn->walkIn);
        QCOMPARE(m_store->headcount(m_event)->walkIns, 1);
        QCOMPARE(m_store->headcount(m_event)->attended, 2);
        QVERIFY(m_store->undoCheckIn(m_event, m_people[0]).ok());
        QVERIFY(!m_store->get(m_event, m_people[0])->attended);
    }

    void checkingInToACancelledEventIsRefused()
    {
        const qint64 cancelled = addEvent(10, Event::Status::Cancelled);
        QVERIFY(m_store->add(cancelled, m_people[0]).ok());
        const QByteArray before = snapshot();
        auto refused = m_store->checkIn(cancelled, m_people[0]);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QStringLiteral("cancelled")));
        QVERIFY(!m_store->markAttended(cancelled, {m_people[1]}).ok());
        QCOMPARE(snapshot(), before);
    }

    void ticksManyAttendeesFromAPaperList()
    {
        QVERIFY(m_store->add(m_event, m_people[0]).ok());
        QVERIFY(m_store->add(m_event, m_people[1], Role::Attendee, Rsvp::Maybe).ok());
        auto n = m_store->markAttended(m_event, {m_people[0], m_people[1], m_people[2]});
        QVERIFY(n.ok());
        QCOMPARE(*n, 3);
        QCOMPARE(m_store->headcount(m_event)->attended, 3);
        QCOMPARE(m_store->get(m_event, m_people[1])->rsvp, Rsvp::Going);
        QVERIFY(m_store->get(m_event, m_people[2])->walkIn);
        QCOMPARE(*m_store->markAttended(m_event, {m_people[0]}), 0); // already ticked
    }

    void theTimeOfRegisteringIsKeptThroughUndo()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(m_store->add(m_event, m_people[0]).ok());
        const QDateTime registered = m_store->get(m_event, m_people[0])->registeredAt;
        QVERIFY(registered.isValid());
        QVERIFY(registered >= before && registered <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(registered.timeSpec(), Qt::UTC);
        // A walk-in registers at the door; someone ticked from a paper list afterwards: not known.
        const QDateTime door(QDate(2026, 12, 3), QTime(10, 15, 30), QTimeZone::utc());
        QVERIFY(m_store->checkIn(m_event, m_people[5], door).ok());
        QCOMPARE(m_store->get(m_event, m_people[5])->registeredAt, door);
        QVERIFY(m_store->markAttended(m_event, {m_people[4]}).ok());
        QVERIFY(!m_store->get(m_event, m_people[4])->registeredAt.isValid());
        // Checking in someone who registered keeps their time; undo (a snapshot put back) keeps it too.
        QVERIFY(m_store->checkIn(m_event, m_people[0], door).ok());
        QCOMPARE(m_store->get(m_event, m_people[0])->registeredAt, registered);
        const auto snapshot = m_store->forEvent(m_event);
        QVERIFY(snapshot.ok());
        QVERIFY(m_store->remove(m_event, m_people[0]).ok());
        QVERIFY(m_store->replaceEvent(m_event, *snapshot).ok());
        QCOMPARE(m_store->get(m_event, m_people[0])->registeredAt, registered);
    }

    void paymentsAndBillSplitAddUp()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_store->add(m_event, m_people[i]).ok());
        QVERIFY(m_store->setPaid(m_event, m_people[0], 4000).ok());
        QVERIFY(m_store->setPaid(m_event, m_people[1], 3500).ok());
        QCOMPARE(*m_store->totalPaid(m_event), 7500);
        QVERIFY(!m_store->setPaid(m_event, m_people[2], -1).ok());
        QVERIFY(m_store->get(m_event, m_people[0])->paidAt.isValid());

        const auto shares = *BillSplitter::split(10000, 3);
        QList<QPair<qint64, int>> due;
        for (int i = 0; i < 3; ++i)
            due.append({m_people[i], shares[i]});
        QVERIFY(m_store->setDue(m_event, due).ok());
        int sum = 0;
        for (int i = 0; i < 3; ++i)
            sum += m_store->get(m_event, m_people[i])->feeDue.value_or(-1);
        QCOMPARE(sum, 10000);
        // Among nobody, or someone not in the event: refused, nothing changed.
        const QByteArray before = snapshot();
        QVERIFY(!m_store->setDue(m_event, {}).ok());
        QVERIFY(!m_store->setDue(m_event, {{m_people[0], 1}, {m_people[5], 2}}).ok());
        QCOMPARE(snapshot(), before);
    }

    void historyListsTheMembersEventsNewestFirst()
    {
        const qint64 older = addEvent(std::nullopt);
        Event e = *m_events->get(older);
        e.moveToDay(QDate(2013, 8, 29));
        QVERIFY(m_events->update(e).ok());
        QVERIFY(m_store->add(older, m_people[0]).ok());
        QVERIFY(m_store->add(m_event, m_people[0], Role::Organizer).ok());
        auto history = m_store->historyOf(m_people[0]);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).participation.eventId, m_event);
        QCOMPARE(history->at(1).start.date(), QDate(2013, 8, 29));
        auto list = m_store->participantsOf(m_event);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->constFirst().displayName, QStringLiteral("田村 浩之"));
    }

    void longListsAreWrittenWholeOrNotAtAll()
    {
        // More rows than one statement writes, inside a larger transaction (the store's own becomes a
        // savepoint), with every column set and one member twice: the later row wins.
        QList<qint64> ids = m_people;
        for (int i = 0; i < 150; ++i) {
            Member m;
            m.displayName = QStringLiteral("参加者 %1").arg(i);
            auto id = m_members->records().insert(m);
            QVERIFY(id.ok());
            ids.append(*id);
        }
        const QDateTime at(QDate(2026, 12, 3), QTime(10, 0), QTimeZone::utc());
        QList<Participation> rows;
        for (int i = 0; i < ids.size(); ++i) {
            Participation p;
            p.eventId = m_event;
            p.memberId = ids.at(i);
            p.role = i % 7 == 0 ? Role::Staff : Role::Attendee;
            p.rsvp = i % 5 == 0 ? Rsvp::Waitlisted : Rsvp::Going;
            p.waitlistOrder = i % 5 == 0 ? std::optional<int>(i) : std::nullopt;
            p.attended = i % 3 == 0;
            p.walkIn = i % 11 == 0;
            p.checkedInAt = i % 3 == 0 ? at.addSecs(i) : QDateTime();
            p.feeDue = i % 2 == 0 ? std::optional<int>(1000 + i) : std::nullopt;
            p.feePaid = i % 4 == 0 ? std::optional<int>(500 + i) : std::nullopt;
            p.paidAt = i % 4 == 0 ? at.addSecs(-i) : QDateTime();
            p.note = i % 6 == 0 ? QStringLiteral("一般枠\nよろしく, %1").arg(i) : QString();
            p.registeredAt = at.addDays(-1).addSecs(i);
            p.minutesAttended = i % 9 == 0 ? std::optional<int>(i) : std::nullopt;
            rows.append(p);
        }
        Participation again = rows.at(70);
        again.note = QStringLiteral("後の行");
        rows.append(again);
        const auto byMember = [](QList<Participation> list) {
            std::stable_sort(list.begin(), list.end(), [](const Participation &a, const Participation &b) {
                return a.memberId < b.memberId;
            });
            return list;
        };
        QList<Participation> expected = rows;
        expected.removeAt(70);
        {
            Transaction outer(m_db->connection());
            QVERIFY(m_store->restore(rows).ok());
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(byMember(*m_store->forEvent(m_event)), byMember(expected));

        // A row that cannot be written (no such member) after a full block: nothing of the list stays.
        const QByteArray before = snapshot();
        QList<Participation> bad = rows.mid(0, 100);
        for (Participation &p : bad)
            p.note = QStringLiteral("変更");
        bad[90].memberId = 999999;
        QVERIFY(!m_store->restore(bad).ok());
        QVERIFY(!m_store->replaceEvent(m_event, bad).ok());
        QCOMPARE(snapshot(), before);

        // Putting back a long list replaces the event's rows with exactly those.
        const QList<Participation> fewer = expected.mid(10, 130);
        QVERIFY(m_store->replaceEvent(m_event, fewer).ok());
        QCOMPARE(byMember(*m_store->forEvent(m_event)), byMember(fewer));
    }
};

QTEST_GUILESS_MAIN(TestParticipationStore)
#include "tst_participationstore.moc"
