#include "records/Event.h"
#include "storage/Database.h"
#include "stores/EventStore.h"
#include "stores/MemberBulkActions.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/MemberRestorer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// Undo of bulk member changes: a snapshot put back in one transaction, all of it or nothing.
class TestMemberRestorer : public QObject
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
        m_workspace = test::openWorkspace(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_file)));
        QVERIFY(m_workspace);
        m_people.clear();
        const QStringList names = {QStringLiteral("田村 浩之"), QStringLiteral("加藤 真由美"),
                                   QStringLiteral("山本 翔太")};
        for (const QString &name : names) {
            Member m;
            m.displayName = name;
            m.emails = {QStringLiteral("m%1@example.jp").arg(m_people.size())};
            m.tags = {QStringLiteral("常連")};
            m.status = Member::Status::Applicant;
            auto id = m_workspace->members().insert(m);
            QVERIFY(id.ok());
            m_people.append(*id);
        }
        Event e;
        e.title = QStringLiteral("もくもく会");
        e.start = QDateTime(QDate(2026, 12, 3), QTime(19, 0), e.timeZone);
        auto event = m_workspace->events().insert(e);
        QVERIFY(event.ok());
        m_event = *event;
        for (qint64 id : std::as_const(m_people))
            QVERIFY(m_workspace->participations().add(m_event, id).ok());
    }
    void cleanupTestCase() { m_workspace.reset(); }

    void snapshotHoldsMembersAndTheirParticipations()
    {
        auto snapshot = MemberRestorer(*m_workspace).snapshot({m_people[0], m_people[2]});
        QVERIFY(snapshot.ok());
        QCOMPARE(snapshot->members.size(), 2);
        QCOMPARE(snapshot->members[1].displayName, QStringLiteral("山本 翔太"));
        QCOMPARE(snapshot->participations.size(), 2);
        QVERIFY(!MemberRestorer(*m_workspace).snapshot({m_people[0], 999}).ok());
    }

    void restoreBringsDeletedMembersBackWithTheirEvents()
    {
        MemberRestorer restorer(*m_workspace);
        auto before = restorer.snapshot(m_people);
        QVERIFY(before.ok());
        QVERIFY(restorer.removeAll(m_people).ok());
        QCOMPARE(*m_workspace->memberList().count(), 0);
        QVERIFY(m_workspace->participations().forEvent(m_event)->isEmpty());

        QVERIFY(restorer.restore(*before).ok());
        for (const Member &member : std::as_const(before->members))
            QCOMPARE(m_workspace->members().get(member.id)->emails, member.emails);
        QCOMPARE(*m_workspace->participations().forEvent(m_event), before->participations);
    }

    void restoreWritesChangedMembersBack()
    {
        MemberRestorer restorer(*m_workspace);
        auto before = restorer.snapshot(m_people);
        QVERIFY(before.ok());
        QVERIFY(m_workspace->memberActions().approve(m_people, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(restorer.restore(*before).ok());
        for (qint64 id : std::as_const(m_people))
            QCOMPARE(m_workspace->members().get(id)->status, Member::Status::Applicant);
    }

    void failedRestoreLeavesTheDatabaseUnchanged()
    {
        MemberRestorer restorer(*m_workspace);
        auto before = restorer.snapshot(m_people);
        QVERIFY(before.ok());
        QVERIFY(restorer.removeAll({m_people[0], m_people[1]}).ok());
        QVERIFY(m_workspace->memberActions().setStatus({m_people[2]}, Member::Status::Inactive).ok());
        // The members are written back first, then their participations: fail on the last of those.
        QVERIFY(test::failWrites(m_workspace->database().connection(), QStringLiteral("INSERT"),
                                 QStringLiteral("participations"),
                                 QStringLiteral("NEW.member_id = %1").arg(m_people[2])));
        const QByteArray failedState = dump();

        auto restored = restorer.restore(*before);
        QVERIFY(!restored.ok());
        QCOMPARE(dump(), failedState);
        QVERIFY(!m_workspace->members().get(m_people[0]).ok());
        QCOMPARE(m_workspace->members().get(m_people[2])->status, Member::Status::Inactive);
    }

    void failedRemovalRemovesNobody()
    {
        const QByteArray before = dump();
        QVERIFY(test::failWrites(m_workspace->database().connection(), QStringLiteral("DELETE"),
                                 QStringLiteral("members"), QStringLiteral("OLD.id = %1").arg(m_people[2])));
        QVERIFY(!MemberRestorer(*m_workspace).removeAll(m_people).ok());
        QCOMPARE(dump(), before);
        QCOMPARE(*m_workspace->memberList().count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMemberRestorer)
#include "tst_memberrestorer.moc"
