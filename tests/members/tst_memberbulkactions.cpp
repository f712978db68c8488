#include "members/MemberTablesFixture.h"
#include "storage/Database.h"
#include "stores/MemberBulkActions.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace offkai;

/// Bulk actions on selected members: all or nothing, and approving applicants.
class TestMemberBulkActions : public QObject, public test::MemberTablesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init() { open(); }
    void cleanupTestCase() { close(); }

    // --- Bulk actions ------------------------------------------------------------------------------------
    void bulkActionsChangeAllOrNothing()
    {
        QSignalSpy reset(&m_store->actions(), &MemberBulkActions::membersReset);
        const qint64 a = add(person(QStringLiteral("A"), QStringLiteral("あ")));
        const qint64 b = add(person(QStringLiteral("B"), QStringLiteral("い")));
        QVERIFY(m_store->actions().addTag({a, b}, QStringLiteral("幹事")).ok());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_tags")), 2);
        // An unknown id in the middle rolls the whole action back.
        QCOMPARE(m_store->actions().addTag({a, 999, b}, QStringLiteral("常連")).error().code(),
                 Error::Code::NotFound);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_tags")), 2);
        QCOMPARE(m_store->actions().removeTag({a, 999}, QStringLiteral("幹事")).error().code(),
                 Error::Code::NotFound);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_tags")), 2);
        QVERIFY(m_store->actions().removeTag({a}, QStringLiteral("幹事")).ok());
        QCOMPARE(m_store->records().get(a)->tags, QStringList());
        QCOMPARE(m_store->records().get(b)->tags, QStringList({QStringLiteral("幹事")}));
        QVERIFY(m_store->records().tags()->contains(QStringLiteral("幹事")));

        QCOMPARE(
            m_store->actions().setStatus({a, 999}, Member::Status::Left, QDate(2025, 3, 1)).error().code(),
            Error::Code::NotFound);
        QCOMPARE(m_store->records().get(a)->status, Member::Status::Active);
        QVERIFY(m_store->actions().setStatus({a, b}, Member::Status::Left, QDate(2025, 3, 1)).ok());
        QCOMPARE(m_store->records().get(a)->status, Member::Status::Left);
        QCOMPARE(m_store->records().get(a)->leftOn, QDate(2025, 3, 1));
        QVERIFY(m_store->actions().setStatus({a}, Member::Status::Left, QDate(2026, 1, 1)).ok());
        QCOMPARE(m_store->records().get(a)->leftOn, QDate(2025, 3, 1)); // kept: it was not empty
    }

    void approveTurnsApplicantsIntoMembers()
    {
        Member applicant = person(QStringLiteral("申請者"), QStringLiteral("しんせいしゃ"));
        applicant.status = Member::Status::Applicant;
        applicant.joinedOn = {};
        const qint64 a = add(applicant);
        Member dated = applicant;
        dated.joinedOn = QDate(2024, 1, 1);
        const qint64 d = add(dated);
        const qint64 active = add(person(QStringLiteral("既存"), QStringLiteral("きそん")));
        const QDateTime when(QDate(2025, 6, 30), QTime(16, 0), Qt::UTC); // 7/1 01:00 in Tokyo
        QVERIFY(!m_store->actions().approve({a, 999}, when).ok());
        QCOMPARE(m_store->records().get(a)->status, Member::Status::Applicant);
        QVERIFY(m_store->actions().approve({a, d, active}, when).ok());
        auto back = m_store->records().get(a);
        QCOMPARE(back->status, Member::Status::Active);
        QCOMPARE(back->approvedAt, when);
        QCOMPARE(back->joinedOn, QDate(2025, 7, 1));
        QCOMPARE(m_store->records().get(d)->joinedOn, QDate(2024, 1, 1));
        QVERIFY(!m_store->records().get(active)->approvedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestMemberBulkActions)
#include "tst_memberbulkactions.moc"
