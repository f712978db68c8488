#include "records/Event.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberBulkWrite.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "stores/OccupationCatalog.h"
#include "stores/ParticipationStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/TeamTransfer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// Other organizers' changes reaching an open window: two workspaces on one team database, one writes,
/// the other's stores announce the rows within a second (ChangeFeed, RemoteChanges).
class TestChangeFeed : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<Workspace> m_here;
    std::unique_ptr<Workspace> m_elsewhere;

    qint64 addMember(Workspace &w, const QString &name)
    {
        Member m;
        m.displayName = name;
        auto id = w.members().insert(m);
        return id ? *id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void noticesAreParsedStrictly()
    {
        QString table;
        QChar op;
        qint64 id = 0;
        QVERIFY(ChangeFeed::parse(QStringLiteral("members U 42"), &table, &op, &id));
        QCOMPARE(table, QStringLiteral("members"));
        QCOMPARE(op, QLatin1Char('U'));
        QCOMPARE(id, 42);
        QVERIFY(ChangeFeed::parse(QStringLiteral("participations U 7"), &table, &op, &id));
        for (const char *bad : {"", "members", "members U", "members X 1", "members U x", "members U -1",
                                "members U 1 2", " U 1", "members UU 1"})
            QVERIFY2(!ChangeFeed::parse(QString::fromLatin1(bad), &table, &op, &id), bad);
    }

    void init()
    {
        if (QByteArray(QTest::currentTestFunction()) == "noticesAreParsedStrictly")
            return;
        if (!test::onServer())
            QSKIP("needs the PostgreSQL test server (OFFKAI_TEST_BACKEND=postgresql, OFFKAI_TEST_SERVER)");
        const QString path = m_dir.filePath(QStringLiteral("feed%1.offkai").arg(++m_file));
        m_here = test::openWorkspace(path);
        QVERIFY(m_here);
        m_elsewhere = test::openWorkspace(path);
        QVERIFY(m_elsewhere);
        QVERIFY(m_here->followsOthers());
        QVERIFY(m_elsewhere->followsOthers());
    }

    void cleanup()
    {
        m_elsewhere.reset();
        m_here.reset();
    }

    void aMemberChangedElsewhereIsAnnouncedHereWithinASecond()
    {
        QSignalSpy inserted(&m_here->members(), &MemberStore::memberInserted);
        QSignalSpy updated(&m_here->members(), &MemberStore::memberUpdated);
        QSignalSpy removed(&m_here->members(), &MemberStore::memberRemoved);
        QElapsedTimer clock;
        clock.start();
        const qint64 id = addMember(*m_elsewhere, QStringLiteral("佐藤一郎"));
        QVERIFY(inserted.wait(1000));
        QCOMPARE(inserted.constFirst().constFirst().toLongLong(), id);
        QVERIFY(clock.elapsed() < 1000);

        Member m = *m_elsewhere->members().get(id);
        m.region = QStringLiteral("大阪");
        QVERIFY(m_elsewhere->members().update(m).ok());
        QVERIFY(updated.wait(1000));
        QCOMPARE(updated.constFirst().constFirst().toLongLong(), id);
        QCOMPARE(m_here->members().get(id)->region, QStringLiteral("大阪"));

        QVERIFY(m_elsewhere->members().remove(id).ok());
        QVERIFY(removed.wait(1000));
        QCOMPARE(removed.constFirst().constFirst().toLongLong(), id);
    }

    void thisWindowsOwnChangesAreNotEchoed()
    {
        QSignalSpy updated(&m_here->members(), &MemberStore::memberUpdated);
        const qint64 id = addMember(*m_here, QStringLiteral("佐藤一郎"));
        Member m = *m_here->members().get(id);
        m.region = QStringLiteral("大阪");
        QVERIFY(m_here->members().update(m).ok());
        QCOMPARE(updated.size(), 1); // the store's own signal
        QTest::qWait(300);
        QCOMPARE(updated.size(), 1); // and no second one from the feed
    }

    void anImportElsewhereReloadsTheListOnce()
    {
        QSignalSpy reset(&m_here->memberBulkWrite(), &MemberBulkWrite::membersReset);
        QSignalSpy inserted(&m_here->members(), &MemberStore::memberInserted);
        QSqlQuery query(m_elsewhere->database().connection());
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO members (display_name, status, created_at, updated_at) "
                                      "SELECT 'm' || g, 'active', '2026-01-01T00:00:00Z', "
                                      "'2026-01-01T00:00:00Z' FROM generate_series(1, 500) AS g")));
        QVERIFY(reset.wait(1000));
        QTest::qWait(100);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(inserted.size(), 0);
    }

    void theChangeLogNamesWhoChangedWhat()
    {
        const qint64 id = addMember(*m_elsewhere, QStringLiteral("佐藤一郎"));
        Member m = *m_elsewhere->members().get(id);
        m.region = QStringLiteral("大阪");
        QVERIFY(m_elsewhere->members().update(m).ok());
        QSqlQuery query(m_here->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT operation, organizer, changed_at FROM change_log WHERE "
                                          "table_name = 'members' AND row_id = %1 ORDER BY id")
                               .arg(id)));
        QStringList operations;
        while (query.next()) {
            operations.append(query.value(0).toString());
            QCOMPARE(query.value(1).toString(), m_elsewhere->database().serverUser());
            QVERIFY(QDateTime::fromString(query.value(2).toString(), Qt::ISODate).isValid());
        }
        QCOMPARE(operations.constFirst(), QStringLiteral("I"));
        QCOMPARE(operations.constLast(), QStringLiteral("U"));
        // The member as read here names who changed it last.
        QCOMPARE(m_here->members().get(id)->updatedBy, m_elsewhere->database().serverUser());
    }

    void aPushIsNeitherLoggedNorAnnounced()
    {
        // A community's file pushed into this (empty) team database: its rows are not changes.
        Database::Options options;
        options.dailyBackup = false;
        auto local = Database::open(m_dir.filePath(QStringLiteral("push%1.sqlite").arg(m_file)), options);
        QVERIFY(local);
        {
            MemberTables tables(**local);
            for (int i = 0; i < 20; ++i) {
                Member m;
                m.displayName = QStringLiteral("会員%1").arg(i);
                QVERIFY(tables.records().insert(m).ok());
            }
        }
        QSignalSpy reset(&m_elsewhere->memberBulkWrite(), &MemberBulkWrite::membersReset);
        QSignalSpy inserted(&m_elsewhere->members(), &MemberStore::memberInserted);
        const auto pushed = TeamTransfer::push(**local, m_here->database());
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().toString()));
        QCOMPARE(pushed->rows(QStringLiteral("members")), 20);
        QTest::qWait(300);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QSqlQuery query(m_here->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM change_log")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        // Later changes are logged again: the switch lasted for the push's transaction only.
        const qint64 id = addMember(*m_here, QStringLiteral("佐藤一郎"));
        QVERIFY(inserted.wait(1000));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE row_id = %1").arg(id)) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void eventsVenuesAndCheckInsElsewhereAreAnnounced()
    {
        QSignalSpy eventInserted(&m_here->events(), &EventStore::eventInserted);
        QSignalSpy venueInserted(&m_here->venues(), &VenueStore::venueInserted);
        QSignalSpy participations(&m_here->participations(), &ParticipationStore::changed);
        Venue venue;
        venue.name = QStringLiteral("ワインバー");
        const auto venueId = m_elsewhere->venues().insert(venue);
        QVERIFY(venueId);
        QVERIFY(venueInserted.wait(1000));
        QCOMPARE(venueInserted.constFirst().constFirst().toLongLong(), *venueId);

        Event event;
        event.title = QStringLiteral("異業種交流会");
        event.type = QStringLiteral("offline_meetup");
        event.timeZone = QTimeZone(QByteArrayLiteral("Asia/Tokyo"));
        event.start = QDateTime(QDate(2026, 12, 10), QTime(19, 0), event.timeZone);
        event.end = event.start.addSecs(7200);
        const auto eventId = m_elsewhere->events().insert(event);
        QVERIFY2(eventId, qPrintable(eventId ? QString() : eventId.error().toString()));
        QVERIFY(eventInserted.wait(1000));
        QCOMPARE(eventInserted.constFirst().constFirst().toLongLong(), *eventId);

        const qint64 memberId = addMember(*m_elsewhere, QStringLiteral("佐藤一郎"));
        QVERIFY(
            m_elsewhere->participations().checkIn(*eventId, memberId, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(participations.wait(1000));
        QCOMPARE(participations.constLast().constFirst().toLongLong(), *eventId);
    }

    /// The occupation catalogue changed elsewhere: this window's labels and the names its searches match
    /// follow within a second (the list remembers the names until the catalogue's notice).
    void anOccupationRenamedElsewhereIsSeenHere()
    {
        const auto key = m_elsewhere->memberTables().occupations().add(QStringLiteral("ソムリエ"));
        QVERIFY(key.ok());
        QSignalSpy changed(&m_here->memberTables().occupations(), &OccupationCatalog::occupationsChanged);
        QVERIFY(changed.wait(1000));
        QCOMPARE(m_here->memberTables().occupations().label(*key), QStringLiteral("ソムリエ"));
        Member m;
        m.displayName = QStringLiteral("佐藤一郎");
        m.occupation = *key;
        const auto id = m_here->members().insert(m);
        QVERIFY(id.ok());
        MemberQuery byName;
        byName.search = QStringLiteral("ソムリエ");
        const auto found = m_here->memberTables().list().fetch(byName, 0, 10);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1); // the list read the names, and remembers them

        changed.clear();
        QVERIFY(m_elsewhere->memberTables().occupations().rename(*key, QStringLiteral("バリスタ")).ok());
        QVERIFY(changed.wait(1000));
        QCOMPARE(m_here->memberTables().occupations().label(*key), QStringLiteral("バリスタ"));
        byName.search = QStringLiteral("バリスタ");
        const auto renamed = m_here->memberTables().list().fetch(byName, 0, 10);
        QVERIFY(renamed.ok());
        QCOMPARE(renamed->size(), 1);
        QCOMPARE(renamed->constFirst().id, *id);
        QCOMPARE(*m_here->memberTables().list().count(byName), 1);
        byName.search = QStringLiteral("ソムリエ");
        QCOMPARE(m_here->memberTables().list().fetch(byName, 0, 10)->size(), 0);
    }
};

QTEST_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
