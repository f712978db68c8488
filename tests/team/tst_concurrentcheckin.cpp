#include "records/Event.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <atomic>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace offkai;

/// Check-in at the door from two laptops at once, on one team database: each person is counted once, and
/// a payment taken on one laptop is not undone by the other's check-in of the same person.
class TestConcurrentCheckIn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
        if (!test::onServer())
            QSKIP("needs the PostgreSQL test server (OFFKAI_TEST_BACKEND=postgresql, OFFKAI_TEST_SERVER)");
    }

    void twoLaptopsCheckingInTheSamePeopleCountEachOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("door.offkai"));
        auto workspace = test::openWorkspace(path);
        QVERIFY(workspace);
        Event event;
        event.title = QStringLiteral("第3回オフ会");
        event.type = QStringLiteral("offline_meetup");
        event.start = QDateTime(QDate(2026, 12, 10), QTime(19, 0), event.timeZone);
        event.end = event.start.addSecs(3 * 3600);
        const auto eventId = workspace->events().insert(event);
        QVERIFY(eventId);
        constexpr int kPeople = 40;
        QList<qint64> people;
        for (int i = 0; i < kPeople; ++i) {
            Member m;
            m.displayName = QStringLiteral("参加者%1").arg(i + 1);
            const auto id = workspace->members().insert(m);
            QVERIFY(id);
            people.append(*id);
            // Half registered ahead, half walking in.
            if (i % 2 == 0)
                QVERIFY(workspace->participations().add(*eventId, *id).ok());
        }

        const QString address = test::serverAddressFor(path);
        const QString password = ServerAddress::parse(qEnvironmentVariable("OFFKAI_TEST_SERVER"))->password();
        std::atomic<int> failures{0};
        QStringList errors;
        QMutex errorsLock;
        // Laptop A checks everyone in and takes their fee; laptop B checks the same people in, from the
        // other end of the list, several times. Each laptop has its own connection, as two machines do.
        auto laptop = [&](bool takesFees) {
            auto db = Database::openServer(*ServerAddress::parse(address), password);
            if (!db) {
                ++failures;
                return;
            }
            ParticipationStore store(**db);
            QList<qint64> order = people;
            if (!takesFees) {
                // The other laptop goes through the list again and again (a queue at the door), so that its
                // check-ins meet laptop A's payments in flight.
                std::reverse(order.begin(), order.end());
                order = order + order + order + order + order;
            }
            for (qint64 member : order) {
                auto done = store.checkIn(*eventId, member);
                Result<void> paid;
                if (done && takesFees)
                    paid = store.setPaid(*eventId, member, 1000);
                if (!done || !paid) {
                    ++failures;
                    QMutexLocker lock(&errorsLock);
                    errors.append(done ? paid.error().toString() : done.error().toString());
                }
            }
        };
        std::unique_ptr<QThread> a(QThread::create(laptop, true));
        std::unique_ptr<QThread> b(QThread::create(laptop, false));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        QVERIFY2(failures == 0, qPrintable(errors.join(QLatin1Char('\n'))));

        QSqlQuery query(workspace->database().connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT count(*), count(DISTINCT member_id), sum(attended), "
                           "count(fee_paid), sum(fee_paid) FROM participations WHERE event_id = %1")
                .arg(*eventId)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), kPeople); // one row per person
        QCOMPARE(query.value(1).toInt(), kPeople);
        QCOMPARE(query.value(2).toInt(), kPeople); // everyone attended
        QCOMPARE(query.value(3).toInt(), kPeople); // no payment lost to the other laptop's check-in
        QCOMPARE(query.value(4).toInt(), kPeople * 1000);
        const auto headcount = workspace->events().get(*eventId);
        QVERIFY(headcount);
    }
};

QTEST_MAIN(TestConcurrentCheckIn)
#include "tst_concurrentcheckin.moc"
