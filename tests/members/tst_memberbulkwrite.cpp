#include "members/MemberTablesFixture.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "stores/MemberBulkWrite.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace offkai;

/// Bulk writes (imports): the same result as row by row, nothing left when cancelled, the schema restored.
class TestMemberBulkWrite : public QObject, public test::MemberTablesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init() { open(); }
    void cleanupTestCase() { close(); }

    void bulkWriteGivesTheSameResults()
    {
        QSignalSpy inserted(&m_store->records(), &MemberStore::memberInserted);
        QSignalSpy reset(&m_store->bulkWrite(), &MemberBulkWrite::membersReset);
        const QStringList names = {QStringLiteral("東京 太郎"), QStringLiteral("佐藤 花子"),
                                   QStringLiteral("John Smith"), QStringLiteral("タナカ イチロウ"),
                                   QStringLiteral("ＡＢＣ商事 山田")};
        const QStringList readings = {QStringLiteral("とうきょう たろう"), QStringLiteral("さとう はなこ"),
                                      QString(), QStringLiteral("たなか いちろう"), QStringLiteral("やまだ")};
        const QStringList queries = {
            QStringLiteral("東"),     QStringLiteral("東京"), QStringLiteral("佐藤"), QStringLiteral("smith"),
            QStringLiteral("たなか"), QStringLiteral("abc"),  QStringLiteral("常連"), QStringLiteral("やま")};
        for (qsizetype i = 0; i < names.size(); ++i) {
            Member m = person(names.at(i), readings.at(i));
            if (i % 2 == 0)
                m.tags = {QStringLiteral("常連")};
            add(m);
        }
        QList<QList<qint64>> perRow;
        for (const QString &q : queries)
            perRow.append(search(q));
        QCOMPARE(inserted.count(), names.size());

        // The same members again, in bulk mode, in a fresh database.
        init();
        QSignalSpy bulkInserted(&m_store->records(), &MemberStore::memberInserted);
        QSignalSpy bulkReset(&m_store->bulkWrite(), &MemberBulkWrite::membersReset);
        {
            Transaction tx(m_db->connection());
            QVERIFY(m_store->bulkWrite().begin().ok());
            QVERIFY(m_store->bulkWrite().isActive());
            for (qsizetype i = 0; i < names.size(); ++i) {
                Member m = person(names.at(i), readings.at(i));
                if (i % 2 == 0)
                    m.tags = {QStringLiteral("常連")};
                add(m);
            }
            // Nothing indexed yet.
            QVERIFY(search(QStringLiteral("佐藤")).isEmpty());
            QVERIFY(m_store->bulkWrite().end().ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(bulkInserted.count(), 0);
        QCOMPARE(bulkReset.count(), 1);
        for (qsizetype i = 0; i < queries.size(); ++i)
            QCOMPARE(search(queries.at(i)), perRow.at(i));
        // Per-row maintenance after a bulk rebuild keeps the index consistent.
        const qint64 later = add(person(QStringLiteral("佐藤 次郎"), QStringLiteral("さとう じろう")));
        QCOMPARE(search(QStringLiteral("佐藤")).size(), 2);
        QVERIFY(m_store->records().remove(later).ok());
        QSqlQuery check(m_db->connection());
        QVERIFY(check.exec(
            QStringLiteral("INSERT INTO member_search (member_search, rank) VALUES ('integrity-check', 1)")));
    }

    void cancelledBulkWriteLeavesNothing()
    {
        add(person(QStringLiteral("既存"), QStringLiteral("きそん")));
        {
            Transaction tx(m_db->connection());
            QVERIFY(m_store->bulkWrite().begin().ok());
            add(person(QStringLiteral("取消"), QStringLiteral("とりけし")));
            tx.rollback();
            m_store->bulkWrite().cancel();
        }
        QVERIFY(!m_store->bulkWrite().isActive());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members")), 1);
        QCOMPARE(search(QStringLiteral("既存")).size(), 1);
        QVERIFY(search(QStringLiteral("取消")).isEmpty());
    }

    QStringList schema()
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
        QStringList objects;
        while (q.next()) {
            objects.append(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() +
                           QLatin1Char(' ') + q.value(2).toString() + QLatin1Char(' ') +
                           q.value(3).toString());
        }
        return objects;
    }

    /// The schema as SQLite keeps it: every table, index and trigger with its definition.
    /// A slim bulk write (indexes dropped after the first rows) gives what per-row writes give, and leaves
    /// the schema as it found it.
    void slimBulkWriteRestoresTheSchema()
    {
        const qint64 known = add(person(QStringLiteral("既存 一郎"), QStringLiteral("きそん いちろう"),
                                        QStringLiteral("Known@Example.jp")));
        const QStringList before = schema();
        QVERIFY(before.join(QLatin1Char('\n')).contains(QStringLiteral("member_emails_key")));
        m_store->bulkWrite().setSlimThreshold(2);
        {
            Transaction tx(m_db->connection());
            QVERIFY(m_store->bulkWrite().begin().ok());
            for (int i = 0; i < 6; ++i) {
                Member m = person(QStringLiteral("東京 太郎%1").arg(i), QStringLiteral("とうきょう たろう"),
                                  QStringLiteral("taro%1@example.jp").arg(i));
                m.tags = {QStringLiteral("常連")};
                add(m);
            }
            // Slim by now: indexes and the profile trigger are gone, duplicate lookups still work.
            QVERIFY(schema() != before);
            QCOMPARE(
                scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'member_emails_key'")),
                0);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                           "'members_profile_row'")),
                     0);
            QCOMPARE(*m_store->records().idsWithEmail(QStringLiteral("known@example.jp")),
                     QList<qint64>({known}));
            const qint64 fifth =
                m_store->records().idsWithEmail(QStringLiteral("TARO4@example.jp"))->value(0);
            QVERIFY(fifth > 0);
            // An update in the session moves the member's addresses in the lookup too.
            Member changed = *m_store->records().get(fifth);
            changed.emails = {QStringLiteral("moved@example.jp")};
            QVERIFY(m_store->records().update(changed).ok());
            QVERIFY(m_store->records().idsWithEmail(QStringLiteral("taro4@example.jp"))->isEmpty());
            QCOMPARE(*m_store->records().idsWithEmail(QStringLiteral("moved@example.jp")),
                     QList<qint64>({fifth}));
            QVERIFY(m_store->bulkWrite().end().ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(schema(), before);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members")), 7);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_profiles WHERE sort_key IS NOT NULL")),
                 7);
        QSqlQuery check(m_db->connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(check.exec(
            QStringLiteral("INSERT INTO member_search (member_search, rank) VALUES ('integrity-check', 1)")));
        QCOMPARE(search(QStringLiteral("東京")).size(), 6);
        QCOMPARE(search(QStringLiteral("きそん")), QList<qint64>({known}));
        QCOMPARE(search(QStringLiteral("常連")).size(), 6);
        QCOMPARE(m_store->records().idsWithEmail(QStringLiteral("moved@example.jp"))->size(), 1);
        // The trigger is back: a member inserted by plain SQL gets a profile row.
        QSqlQuery plain(m_db->connection());
        QVERIFY(plain.exec(QStringLiteral("INSERT INTO members (display_name) VALUES ('素 SQL')")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_profiles")), 8);
    }

    void cancelledSlimBulkWriteRestoresTheSchema()
    {
        add(person(QStringLiteral("既存"), QStringLiteral("きそん"), QStringLiteral("kison@example.jp")));
        const QStringList before = schema();
        m_store->bulkWrite().setSlimThreshold(1);
        for (const bool rollBack : {true, false}) {
            Transaction tx(m_db->connection());
            QVERIFY(m_store->bulkWrite().begin().ok());
            for (int i = 0; i < 4; ++i)
                add(person(QStringLiteral("取消%1").arg(i), QStringLiteral("とりけし")));
            QVERIFY(schema() != before);
            if (rollBack) {
                tx.rollback();
                m_store->bulkWrite().cancel();
            } else {
                // A caller that cancels before it rolls back: the store puts its indexes back itself.
                m_store->bulkWrite().cancel();
                QCOMPARE(schema().size(), before.size());
                tx.rollback();
            }
            QVERIFY(!m_store->bulkWrite().isActive());
            QCOMPARE(schema(), before);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members")), 1);
            QCOMPARE(search(QStringLiteral("既存")).size(), 1);
            QVERIFY(search(QStringLiteral("取消")).isEmpty());
            QCOMPARE(m_store->records().idsWithEmail(QStringLiteral("kison@example.jp"))->size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestMemberBulkWrite)
#include "tst_memberbulkwrite.moc"
