#include "storage/Database.h"
#include "storage/Transaction.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestTransaction : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    int tagCount()
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT count(*) FROM tags")) && q.next() ? q.value(0).toInt() : -1;
    }
    bool addTag(const QString &name)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
        q.addBindValue(name);
        return q.exec();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        auto db = Database::open(m_dir.filePath(QStringLiteral("tx.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
    }
    void init() { QSqlQuery(m_db->connection()).exec(QStringLiteral("DELETE FROM tags")); }
    void cleanupTestCase() { m_db.reset(); }

    void commitKeepsTheWork()
    {
        Transaction tx(m_db->connection());
        QVERIFY(tx.isActive());
        QVERIFY(addTag(QStringLiteral("幹事")));
        QVERIFY(tx.commit().ok());
        QCOMPARE(tagCount(), 1);
    }

    void leavingTheScopeRollsBack()
    {
        {
            Transaction tx(m_db->connection());
            QVERIFY(addTag(QStringLiteral("a")));
            QVERIFY(addTag(QStringLiteral("b")));
        }
        QCOMPARE(tagCount(), 0);
    }

    void nestedTransactionsAreSavepoints()
    {
        Transaction outer(m_db->connection());
        QVERIFY(addTag(QStringLiteral("outer")));
        {
            Transaction inner(m_db->connection());
            QVERIFY(inner.isActive());
            QVERIFY(addTag(QStringLiteral("inner, rolled back")));
        }
        {
            Transaction inner(m_db->connection());
            QVERIFY(addTag(QStringLiteral("inner, kept")));
            QVERIFY(inner.commit().ok());
        }
        QVERIFY(outer.commit().ok());
        QCOMPARE(tagCount(), 2);
    }

    void outerRollbackUndoesCommittedInnerWork()
    {
        {
            Transaction outer(m_db->connection());
            Transaction inner(m_db->connection());
            QVERIFY(addTag(QStringLiteral("x")));
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(tagCount(), 0);
    }

    void aFailedCommitRollsBackAndSaysWhy()
    {
        Transaction tx(m_db->connection());
        QVERIFY(addTag(QStringLiteral("deferred")));
        // A deferred foreign key violation makes COMMIT itself fail.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO member_tags (member_id, tag_id) VALUES (424242, 1)")));
        auto committed = tx.commit();
        QVERIFY(!committed.ok());
        QVERIFY(!committed.error().message().isEmpty());
        QVERIFY(!tx.isActive());
        QCOMPARE(tagCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
