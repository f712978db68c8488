#include "records/Member.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/EventRestorer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// Undo of an event's deletion: the event and its participants put back in one transaction.
class TestEventRestorer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;
    std::unique_ptr<Workspace> m_workspace;
    QList<qint64> m_people;
    qint64 m_event = 0;

    QByteArray dump() const { return test::contentDump(m_workspace->database().connection()); }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_workspace.reset();
        m_workspace = test::openWorkspace(m_dir.filePath(QStringLiteral("e%1.sqlite").arg(++m_file)));
        QVERIFY(m_workspace);
        m_people.clear();
        for (const QString &name : {QStringLiteral("田村 浩之"), QStringLiteral("加藤 真由美")}) {
            Member m;
            m.displayName = name;
            auto id = m_workspace->members().insert(m);
            QVERIFY(id.ok());
            m_people.append(*id);
        }
        Event e;
        e.title = QStringLiteral("忘年会");
        e.start = QDateTime(QDate(2026, 12, 18), QTime(19, 0), e.timeZone);
        e.capacity = 1;
        auto event = m_workspace->events().insert(e);
        QVERIFY(event.ok());
        m_event = *event;
        QVERIFY(m_workspace->participations().add(m_event, m_people[0]).ok());
        QVERIFY(m_workspace->participations().add(m_event, m_people[1]).ok()); // waitlisted
        QVERIFY(m_workspace->participations().setPaid(m_event, m_people[0], 3000).ok());
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void restorePutsTheEventBackWithEveryone()
    {
        const QByteArray original = dump();
        EventRestorer restorer(*m_workspace);
        auto snapshot = restorer.snapshot(m_event);
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->event.title, QStringLiteral("忘年会"));
        QCOMPARE(snapshot->participations.size(), 2);
        QVERIFY(m_workspace->events().remove(m_event).ok());

        QVERIFY(restorer.restore(*snapshot).ok());
        QCOMPARE(dump(), original);
    }

    void restoreWithoutParticipants()
    {
        QVERIFY(m_workspace->participations().replaceEvent(m_event, {}).ok());
        const QByteArray original = dump();
        EventRestorer restorer(*m_workspace);
        auto snapshot = restorer.snapshot(m_event);
        QVERIFY(snapshot.ok());
        QVERIFY(m_workspace->events().remove(m_event).ok());
        QVERIFY(restorer.restore(*snapshot).ok());
        QCOMPARE(dump(), original);
    }

    void snapshotOfAMissingEventFails() { QVERIFY(!EventRestorer(*m_workspace).snapshot(m_event + 1).ok()); }

    void failedRestoreLeavesTheDatabaseUnchanged()
    {
        EventRestorer restorer(*m_workspace);
        auto snapshot = restorer.snapshot(m_event);
        QVERIFY(snapshot.ok());
        QVERIFY(m_workspace->events().remove(m_event).ok());
        // The event is written first, then its participants: fail on the second of those.
        QVERIFY(test::failWrites(m_workspace->database().connection(), QStringLiteral("INSERT"),
                                 QStringLiteral("participations"),
                                 QStringLiteral("NEW.member_id = %1").arg(m_people[1])));
        const QByteArray deleted = dump();

        QVERIFY(!restorer.restore(*snapshot).ok());
        QCOMPARE(dump(), deleted);
        QVERIFY(!m_workspace->events().get(m_event).ok());
    }
};

QTEST_GUILESS_MAIN(TestEventRestorer)
#include "tst_eventrestorer.moc"
