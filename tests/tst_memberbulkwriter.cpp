#include "storage/Database.h"
#include "storage/Transaction.h"
#include "stores/JoinQuestionCatalog.h"
#include "stores/MemberBulkWrite.h"
#include "stores/MemberBulkWriter.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// MemberBulkWriter writes exactly what MemberStore's per-row inserts write, in batches, and the store
/// hands queued rows to SQL before anything reads the member tables.
class TestMemberBulkWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemberTables> m_store;
    int m_file = 0;

    void open()
    {
        m_store.reset();
        m_db.reset();
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_file)), options);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_store = std::make_unique<MemberTables>(*m_db);
    }

    static Member full(int i)
    {
        Member m;
        m.displayName = QStringLiteral(" 佐藤 花子%1 ").arg(i);
        m.reading = QStringLiteral("サトウ ハナコ");
        m.emails = {QStringLiteral("Hanako%1@Example.jp").arg(i), QStringLiteral(" h%1@example.com ").arg(i)};
        m.phone = QStringLiteral("090-0000-0000");
        m.line = QStringLiteral("hanako_line");
        m.otherUrl = QStringLiteral("https://hanako.example.jp");
        m.affiliation = QStringLiteral("ＡＢＣ商事");
        m.occupation = QStringLiteral("creator");
        m.introduction = QStringLiteral("<b>verbatim</b> '; DROP TABLE members; --");
        m.skills = QStringLiteral("Figma");
        m.status = i % 2 ? Member::Status::Active : Member::Status::Applicant;
        if (i % 2)
            m.approvedAt = QDateTime(QDate(2024, 4, 1), QTime(10, 0), Qt::UTC);
        m.joinedOn = QDate(2024, 4, 1);
        m.tags = {QStringLiteral("常連"), QStringLiteral(" 幹事 "), QStringLiteral("常連")};
        m.nameConsent = Member::NameConsent::FullName;
        m.notes = i % 3 ? QString() : QStringLiteral("第%1回から参加").arg(i);
        return m;
    }

    /// Every member table's rows, timestamps left out.
    QStringList rows() const
    {
        QStringList out;
        for (const QString &sql :
             {QStringLiteral("SELECT id, display_name, reading, email, phone, affiliation, job_title, "
                             "occupation, industry, region, introduction, status, joined_on, left_on, notes "
                             "FROM members ORDER BY id"),
              QStringLiteral("SELECT * FROM member_profiles ORDER BY member_id"),
              QStringLiteral("SELECT * FROM member_emails ORDER BY member_id, position"),
              QStringLiteral("SELECT mt.member_id, t.name FROM member_tags mt JOIN tags t ON t.id = "
                             "mt.tag_id ORDER BY 1, 2"),
              QStringLiteral("SELECT * FROM member_answers ORDER BY 1, 2")}) {
            QSqlQuery q(m_db->connection());
            if (!q.exec(sql))
                return {q.lastError().text()};
            while (q.next()) {
                QStringList values;
                for (int c = 0; c < q.record().count(); ++c)
                    values.append(q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
                out.append(values.join(QLatin1Char('|')));
            }
        }
        return out;
    }

    int scalar(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    qint64 addQuestion()
    {
        auto id = m_store->joinQuestions().add(QStringLiteral("How did you hear of us?"));
        return id.ok() ? *id : 0;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void cleanupTestCase()
    {
        m_store.reset();
        m_db.reset();
    }

    void opensOnTheSystemSqlite()
    {
        open();
        // This build links the SQLite of Qt's plugin (see MemberBulkWriter::open); elsewhere the store
        // falls back to QtSql and nothing below depends on it.
        auto writer = MemberBulkWriter::open(m_db->connection());
        if (!writer)
            QSKIP("the SQLite driver is not the linked library");
        QVERIFY(!writer->hasPending());
    }

    /// More rows than one batch, with and without the profile trigger, give what per-row inserts give.
    void writesWhatPerRowInsertsWrite()
    {
        const int count = MemberBulkWriter::kBatchRows * 2 + 5;
        open();
        const qint64 question = addQuestion();
        for (int i = 0; i < count; ++i) {
            Member m = full(i);
            m.answers.insert(question, QStringLiteral("answer %1").arg(i));
            QVERIFY(m_store->records().insert(m).ok());
        }
        const QStringList perRow = rows();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members")), count);

        for (const qint64 slim : {qint64(-1), qint64(10)}) {
            open();
            QCOMPARE(addQuestion(), question);
            m_store->bulkWrite().setSlimThreshold(slim);
            Transaction tx(m_db->connection());
            QVERIFY(m_store->bulkWrite().begin().ok());
            for (int i = 0; i < count; ++i) {
                Member m = full(i);
                m.answers.insert(question, QStringLiteral("answer %1").arg(i));
                const auto id = m_store->records().insert(m);
                QVERIFY(id.ok());
                QCOMPARE(*id, qint64(i + 1));
            }
            QVERIFY(m_store->bulkWrite().end().ok());
            QVERIFY(tx.commit().ok());
            QCOMPARE(rows(), perRow);
        }
    }

    void queuesUntilFlushAndGivesIdsAsSqliteWould()
    {
        open();
        QVERIFY(m_store->records().insert(full(0)).ok());
        QVERIFY(m_store->records().insert(full(1)).ok());
        Transaction tx(m_db->connection());
        auto writer = MemberBulkWriter::open(m_db->connection());
        if (!writer)
            QSKIP("the SQLite driver is not the linked library");
        QCOMPARE(*writer->insert(full(2), MemberSearchText::of(full(2))), qint64(3));
        Member restored = full(3);
        restored.id = 10; // an undone delete comes back with its id
        QCOMPARE(*writer->insert(restored, MemberSearchText::of(restored)), qint64(10));
        QCOMPARE(*writer->insert(full(4), MemberSearchText::of(full(4))), qint64(11));
        QVERIFY(writer->hasPending());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members")), 2);
        QVERIFY(writer->flush().ok());
        QVERIFY(!writer->hasPending());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members")), 5);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_emails WHERE member_id = 10")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_tags WHERE member_id = 11")), 2);
        writer.reset();
        tx.rollback();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members")), 2);
    }

    void storeReadsSeeQueuedMembers()
    {
        open();
        Transaction tx(m_db->connection());
        QVERIFY(m_store->bulkWrite().begin().ok());
        const qint64 id = *m_store->records().insert(full(7));
        // Not slim yet: the address lookup is SQL, which must see the queued row.
        QCOMPARE(*m_store->records().idsWithEmail(QStringLiteral("HANAKO7@example.jp")), QList<qint64>({id}));
        const auto read = m_store->records().get(id);
        QVERIFY(read.ok());
        QCOMPARE(read->displayName, QStringLiteral("佐藤 花子7"));
        QCOMPARE(read->tags, QStringList({QStringLiteral("常連"), QStringLiteral("幹事")}));
        Member changed = *read;
        changed.notes = QStringLiteral("updated in the same import");
        QVERIFY(m_store->records().update(changed).ok());
        QVERIFY(m_store->bulkWrite().end().ok());
        QVERIFY(tx.commit().ok());
        QCOMPARE(m_store->records().get(id)->notes, QStringLiteral("updated in the same import"));
        MemberQuery query;
        query.search = QStringLiteral("佐藤");
        QCOMPARE(*m_store->list().count(query), 1);
    }

    void aFailedFlushIsReportedAndRollsBack()
    {
        open();
        Transaction tx(m_db->connection());
        QVERIFY(m_store->bulkWrite().begin().ok());
        Member m = full(1);
        m.answers.insert(999, QStringLiteral("to a question that does not exist"));
        QVERIFY(m_store->records().insert(m).ok()); // queued
        const auto ended = m_store->bulkWrite().end();
        QVERIFY(!ended.ok());
        QVERIFY(ended.error().message().contains(QStringLiteral("question")));
        QVERIFY(!m_store->bulkWrite().isActive());
        tx.rollback();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM members")), 0);
    }
};

QTEST_GUILESS_MAIN(TestMemberBulkWriter)
#include "tst_memberbulkwriter.moc"
