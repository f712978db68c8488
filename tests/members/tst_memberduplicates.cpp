#include "members/MemberTablesFixture.h"
#include "storage/Database.h"
#include "stores/JoinQuestionCatalog.h"
#include "stores/MemberDuplicates.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace offkai;

/// Duplicate members: finding them, merging and undoing a merge.
class TestMemberDuplicates : public QObject, public test::MemberTablesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init() { open(); }
    void cleanupTestCase() { close(); }

    // --- Duplicates and merging --------------------------------------------------------------------------
    void findsDuplicates()
    {
        const qint64 a = add(person(QStringLiteral("田中 太郎"), QStringLiteral("たなか たろう"),
                                    QStringLiteral("Taro@Example.com")));
        const qint64 b =
            add(person(QStringLiteral("田中太郎"), QString(), QStringLiteral("other@example.com")));
        const qint64 c = add(person(QStringLiteral("T. Tanaka"), QStringLiteral("タナカ タロウ"),
                                    QStringLiteral("taro@example.com")));
        const qint64 d = add(person(QStringLiteral("ＴＡＲＯ"), QString()));
        const qint64 e = add(person(QStringLiteral("taro"), QString()));
        add(person(QStringLiteral("別人"), QStringLiteral("べつじん")));
        auto pairs = m_store->duplicates().find();
        QVERIFY(pairs.ok());
        QCOMPARE(pairs->size(), 3);
        using R = DuplicatePair::Reason;
        QVERIFY(pairs->contains(DuplicatePair{a, b, R::SameName}));
        QVERIFY(pairs->contains(DuplicatePair{a, c, DuplicatePair::Reasons(R::SameEmail) | R::SameReading}));
        QVERIFY(pairs->contains(DuplicatePair{d, e, R::SameName}));
    }

    void mergeKeepsHistoryAndUnmergeRestoresIt()
    {
        auto question = m_store->joinQuestions().add(QStringLiteral("きっかけ"));
        auto question2 = m_store->joinQuestions().add(QStringLiteral("お仕事"));
        Member keep = person(QStringLiteral("田中 太郎"), QString(), QStringLiteral("taro@example.com"));
        keep.tags = {QStringLiteral("常連")};
        keep.answers = {{*question, QStringLiteral("ブログ")}};
        const qint64 keepId = add(keep);
        Member dup = person(QStringLiteral("田中太郎"), QStringLiteral("たなか たろう"),
                            QStringLiteral("TARO@example.com"));
        dup.emails.append(QStringLiteral("tanaka@work.example.jp"));
        dup.tags = {QStringLiteral("幹事")};
        dup.answers = {{*question, QStringLiteral("友人の紹介")}, {*question2, QStringLiteral("会社員")}};
        dup.affiliation = QStringLiteral("サンプル商事");
        dup.phone = QStringLiteral("090-1111-2222");
        const qint64 mergeId = add(dup);
        Member referred = person(QStringLiteral("紹介された人"), QStringLiteral("しょうかい"));
        referred.referredBy = mergeId;
        const qint64 referredId = add(referred);
        const qint64 e1 = addEvent(QStringLiteral("第1回"));
        const qint64 e2 = addEvent(QStringLiteral("第2回"));
        const qint64 e3 = addEvent(QStringLiteral("第3回"));
        attend(e1, keepId, QStringLiteral("attendee"), false);
        attend(e1, mergeId, QStringLiteral("staff"), true); // both: combined
        attend(e2, mergeId, QStringLiteral("attendee"), true);
        attend(e3, keepId, QStringLiteral("attendee"), true);
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO reports (event_id, author_id, title) VALUES (?, ?, 'レポート')"));
        q.addBindValue(e1);
        q.addBindValue(mergeId);
        QVERIFY(q.exec());
        // Fees and the waitlist (schema 3) survive merge and unmerge too.
        QVERIFY(q.exec(QStringLiteral("UPDATE participations SET fee_paid = 4000, fee_due = 3500, "
                                      "paid_at = '2013-08-29T11:00:00Z', note = 'メモ' WHERE event_id = %1")
                           .arg(e1)));
        // So does the time of registering (schema 10).
        QVERIFY(q.exec(QStringLiteral("UPDATE participations SET registered_at = '2013-08-01T09:00:00Z' "
                                      "WHERE member_id = %1")
                           .arg(mergeId)));
        QVERIFY(q.exec(QStringLiteral("UPDATE participations SET rsvp = 'waitlisted', waitlist_order = 2 "
                                      "WHERE event_id = %1")
                           .arg(e2)));
        const auto participationDump = [this] {
            QStringList rows;
            QSqlQuery p(m_db->connection());
            p.exec(QStringLiteral(
                "SELECT event_id, member_id, role, rsvp, attended, walk_in, "
                "coalesce(checked_in_at, '-'), coalesce(waitlist_order, '-'), "
                "coalesce(fee_due, '-'), coalesce(fee_paid, '-'), coalesce(paid_at, '-'), note, "
                "coalesce(registered_at, '-') FROM participations ORDER BY 1, 2"));
            while (p.next()) {
                QStringList cells;
                for (int i = 0; i < 13; ++i)
                    cells.append(p.value(i).toString());
                rows.append(cells.join(QLatin1Char('|')));
            }
            return rows;
        };
        const QStringList before = participationDump();
        const Member keepBefore = *m_store->records().get(keepId);
        const Member mergeBefore = *m_store->records().get(mergeId);

        QSignalSpy reset(&m_store->duplicates(), &MemberDuplicates::membersReset);
        auto snapshot = m_store->duplicates().merge(keepId, mergeId);
        QVERIFY2(snapshot.ok(), snapshot.ok() ? "" : qPrintable(snapshot.error().toString()));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_store->records().get(mergeId).error().code(), Error::Code::NotFound);
        auto merged = m_store->records().get(keepId);
        QCOMPARE(merged->displayName, QStringLiteral("田中 太郎"));
        QCOMPARE(merged->reading, QStringLiteral("たなか たろう"));    // filled
        QCOMPARE(merged->affiliation, QStringLiteral("サンプル商事")); // filled
        QCOMPARE(merged->phone, QStringLiteral("090-1111-2222"));
        QCOMPARE(merged->emails,
                 QStringList({QStringLiteral("taro@example.com"), QStringLiteral("tanaka@work.example.jp")}));
        QCOMPARE(merged->tags, QStringList({QStringLiteral("常連"), QStringLiteral("幹事")}));
        QCOMPARE(merged->answers.value(*question), QStringLiteral("ブログ")); // the kept answer wins
        QCOMPARE(merged->answers.value(*question2), QStringLiteral("会社員"));
        QCOMPARE(m_store->records().get(referredId)->referredBy, keepId);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM participations WHERE member_id = %1").arg(keepId)),
            3);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT attended FROM participations WHERE member_id = %1 AND event_id = %2")
                            .arg(keepId)
                            .arg(e1)),
                 1);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT count(*) FROM participations WHERE role = 'staff' AND member_id = %1")
                            .arg(keepId)),
                 1);
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT fee_paid FROM participations WHERE member_id = %1 AND event_id = %2")
                            .arg(keepId)
                            .arg(e1)),
                 8000); // both payments
        QCOMPARE(scalar(QStringLiteral("SELECT waitlist_order FROM participations WHERE member_id = %1 "
                                       "AND event_id = %2")
                            .arg(keepId)
                            .arg(e2)),
                 2);
        QCOMPARE(scalar(QStringLiteral("SELECT author_id FROM reports")), int(keepId));
        QCOMPARE(search(QStringLiteral("サンプル")), QList<qint64>({keepId}));
        QCOMPARE(*m_store->records().idsWithEmail(QStringLiteral("tanaka@work.example.jp")),
                 QList<qint64>({keepId}));

        QVERIFY(m_store->duplicates().unmerge(*snapshot).ok());
        QCOMPARE(reset.count(), 2);
        QCOMPARE(participationDump(), before);
        auto k = m_store->records().get(keepId);
        auto m = m_store->records().get(mergeId);
        QVERIFY(k.ok() && m.ok());
        QCOMPARE(k->emails, keepBefore.emails);
        QCOMPARE(k->tags, keepBefore.tags);
        QCOMPARE(k->answers, keepBefore.answers);
        QCOMPARE(k->affiliation, QString());
        QCOMPARE(m->emails, mergeBefore.emails);
        QCOMPARE(m->tags, mergeBefore.tags);
        QCOMPARE(m->answers, mergeBefore.answers);
        QCOMPARE(m->createdAt, mergeBefore.createdAt);
        QCOMPARE(m_store->records().get(referredId)->referredBy, mergeId);
        QCOMPARE(scalar(QStringLiteral("SELECT author_id FROM reports")), int(mergeId));
        QCOMPARE(search(QStringLiteral("サンプル")), QList<qint64>({mergeId}));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        QVERIFY(!m_store->duplicates().merge(keepId, keepId).ok());
        QVERIFY(!m_store->duplicates().merge(keepId, 999).ok());
    }
};

QTEST_GUILESS_MAIN(TestMemberDuplicates)
#include "tst_memberduplicates.moc"
