#include "exchange/CsvReader.h"
#include "exchange/TextDecoding.h"
#include "storage/Database.h"
#include "stores/MemberBulkSession.h"
#include "stores/MemberBulkWrite.h"
#include "stores/MemberList.h"
#include "stores/MemberStore.h"
#include "stores/MemberTables.h"
#include "TestSupport.h"
#include "text/KanaReading.h"
#include "workflows/MemberImporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;
using Policy = MemberImporter::DuplicatePolicy;
using EmailPolicy = MemberImporter::InvalidEmailPolicy;
using Kind = MemberImporter::RowNote::Kind;

class TestMemberImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemberTables> m_store;
    int m_file = 0;

    static CsvReader::Table table(const QString &name)
    {
        QFile file(test::testData(QStringLiteral("csv/") + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        auto decoded = TextDecoding::decode(file.readAll());
        auto read = CsvReader::read(decoded->text);
        if (!read)
            qFatal("unreadable fixture");
        return *read;
    }
    static MemberCsvMapping guessed(const CsvReader::Table &t)
    {
        return MemberCsvMapping::guess(t.records.constFirst().fields);
    }
    Result<MemberImporter::Summary> import(const QString &fixture, MemberImporter::Options options = {})
    {
        const auto t = table(fixture);
        MemberImporter importer(*m_db, *m_store);
        return importer.run(t, guessed(t), options);
    }
    qint64 idWithEmail(const QString &email) const
    {
        const auto ids = m_store->records().idsWithEmail(email);
        return ids && !ids->isEmpty() ? ids->constFirst() : 0;
    }
    /// Every row of every table, in a stable order: equal dumps mean equal databases.
    QByteArray dump() const { return test::contentDump(m_db->connection()); }
    /// The database file's bytes once the write-ahead log is folded in (see test::databaseChecksum).
    QByteArray fileChecksum() const
    {
        QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return test::databaseChecksum(m_db->path());
    }
    QString writeGenerated(int rows)
    {
        const QString path = m_dir.filePath(QStringLiteral("gen%1.csv").arg(++m_file));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write("氏名,ふりがな,メール,タグ\r\n");
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral("会員 %1,かいいん %1,member%1@example.jp,生成\r\n").arg(i).toUtf8());
        return path;
    }

    static MemberCsvMapping generatedMapping()
    {
        return MemberCsvMapping::guess({QStringLiteral("氏名"), QStringLiteral("ふりがな"),
                                        QStringLiteral("メール"), QStringLiteral("タグ")});
    }
    /// PRAGMA journal_mode, foreign_keys and ignore_check_constraints of the store's connection.
    QString connectionSettings() const
    {
        QStringList values;
        for (const char *name : {"journal_mode", "foreign_keys", "ignore_check_constraints"}) {
            QSqlQuery q(m_db->connection());
            q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
            values.append(q.next() ? q.value(0).toString() : QStringLiteral("?"));
        }
        return values.join(QLatin1Char(' '));
    }
    /// What SQLite does not check during a bulk load must hold afterwards: CHECK and NOT NULL constraints
    /// (integrity_check) and every foreign key.
    void verifyIntegrity() const
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!q.next(), qPrintable(q.value(0).toString()));
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init()
    {
        m_store.reset();
        m_db.reset();
        Database::Options options;
        options.dailyBackup = false;
        auto db = test::openDatabase(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_file)), options);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        m_db = std::move(db).value();
        m_store = std::make_unique<MemberTables>(*m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void importsJapaneseMembers()
    {
        QList<int> progress;
        const auto t = table(QStringLiteral("members-ja-utf8.csv"));
        MemberImporter importer(*m_db, *m_store);
        importer.setProgressCallback([&](int done, int total) {
            QCOMPARE(total, 3);
            progress.append(done);
        });
        MemberImporter::Options options;
        options.progressInterval = 1;
        const auto summary = importer.run(t, guessed(t), options);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QCOMPARE(summary->created, 3);
        QCOMPARE(summary->notes.size(), 0);
        QCOMPARE(progress, (QList<int>{0, 1, 2, 3}));

        const Member hanako = *m_store->records().get(idWithEmail(QStringLiteral("hanako.sato@example.jp")));
        QCOMPARE(hanako.displayName, QStringLiteral("佐藤 花子"));
        QCOMPARE(hanako.reading, QStringLiteral("さとう はなこ"));
        QCOMPARE(hanako.phone, QStringLiteral("090-1234-5678"));
        QCOMPARE(hanako.affiliation, QStringLiteral("株式会社サンプル, 東京支社"));
        QCOMPARE(hanako.jobTitle, QStringLiteral("部長"));
        QCOMPARE(hanako.notes, QStringLiteral("好きな言葉は \"一期一会\""));
        QCOMPARE(hanako.status, Member::Status::Active);
        QCOMPARE(hanako.joinedOn, QDate(2024, 4, 1));
        QStringList tags = hanako.tags;
        tags.sort();
        QCOMPARE(tags, (QStringList{QStringLiteral("マーケ"), QStringLiteral("営業")}));
        const Member ichiro = *m_store->records().get(idWithEmail(QStringLiteral("ichiro@example.com")));
        QCOMPARE(ichiro.status, Member::Status::Applicant);
        QCOMPARE(ichiro.notes, QStringLiteral("1行目\n2行目"));
        QCOMPARE(m_store->records().get(idWithEmail(QStringLiteral("john.smith@example.org")))->joinedOn,
                 QDate(2023, 10, 15));

        // Searchable as soon as the import returns.
        MemberQuery query;
        query.search = QStringLiteral("佐藤");
        QCOMPARE(*m_store->list().count(query), 1);
        query.search = QStringLiteral("sample");
        query.search = QStringLiteral("サンプル");
        QCOMPARE(*m_store->list().count(query), 1);
    }

    void appliesEachDuplicatePolicy_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("members");
        QTest::newRow("skip") << int(Policy::Skip) << 1 << 0 << 1 << 4;
        QTest::newRow("update") << int(Policy::Update) << 1 << 1 << 0 << 4;
        QTest::newRow("create") << int(Policy::Create) << 2 << 0 << 0 << 5;
    }
    void appliesEachDuplicatePolicy()
    {
        QFETCH(int, policy);
        QFETCH(int, created);
        QFETCH(int, updated);
        QFETCH(int, skipped);
        QFETCH(int, members);
        QVERIFY(import(QStringLiteral("members-ja-utf8.csv")).ok());
        MemberImporter::Options options;
        options.duplicates = Policy(policy);
        const auto summary = import(QStringLiteral("duplicates.csv"), options);
        QVERIFY(summary.ok());
        QCOMPARE(summary->created, created);
        QCOMPARE(summary->updated, updated);
        QCOMPARE(summary->skipped, skipped);
        QCOMPARE(*m_store->list().count(), members);
        const auto ids = *m_store->records().idsWithEmail(QStringLiteral("Hanako.Sato@example.jp"));
        const Member first = *m_store->records().get(ids.constFirst());
        if (Policy(policy) == Policy::Skip) {
            QCOMPARE(summary->notes.size(), 1);
            QCOMPARE(summary->notes.constFirst().row, 2);
            QCOMPARE(summary->notes.constFirst().kind, Kind::Skipped);
            QVERIFY(summary->notes.constFirst().reason.contains(QStringLiteral("already exists")));
            QCOMPARE(first.displayName, QStringLiteral("佐藤 花子"));
        } else if (Policy(policy) == Policy::Update) {
            QCOMPARE(first.displayName, QStringLiteral("Hanako Updated"));
            QCOMPARE(first.affiliation, QStringLiteral("New Co"));
            QCOMPARE(first.reading, QStringLiteral("さとう はなこ")); // not in the file: kept
            QCOMPARE(first.emails, QStringList{QStringLiteral("hanako.sato@example.jp")});
            QCOMPARE(first.tags.size(), 2);
        } else {
            QCOMPARE(ids.size(), 2);
        }
    }

    void reportsInvalidEmailsPerRow()
    {
        const auto rejected = import(QStringLiteral("invalid-emails.csv"));
        QVERIFY(rejected.ok());
        QCOMPARE(rejected->created, 2);
        QCOMPARE(rejected->rejected, 2);
        QCOMPARE(rejected->notes.size(), 2);
        QCOMPARE(rejected->notes.at(0).row, 3);
        QCOMPARE(rejected->notes.at(0).reason,
                 QStringLiteral("“not-an-email” is not a valid email address."));
        QCOMPARE(rejected->notes.at(1).row, 4);
        QCOMPARE(*m_store->list().count(), 2);
        const QString report = rejected->reportCsv();
        QVERIFY(report.startsWith(QStringLiteral("Row,Result,Reason\r\n3,Not imported,")));
        const QString reportPath = m_dir.filePath(QStringLiteral("report.csv"));
        QVERIFY(rejected->saveReport(reportPath).ok());
        QFile saved(reportPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().startsWith("\xEF\xBB\xBFRow,Result,Reason"));
    }

    void importsWithoutInvalidEmailsWhenAsked()
    {
        MemberImporter::Options options;
        options.invalidEmails = EmailPolicy::ImportWithoutEmail;
        const auto summary = import(QStringLiteral("invalid-emails.csv"), options);
        QVERIFY(summary.ok());
        QCOMPARE(summary->created, 4);
        QCOMPARE(summary->notes.size(), 2);
        QCOMPARE(summary->notes.at(0).kind, Kind::Warning);
        QCOMPARE(*m_store->list().count(), 4);
    }

    void stopsAtTheFirstInvalidEmailWhenAsked()
    {
        QVERIFY(import(QStringLiteral("members-en.csv")).ok());
        const QByteArray before = dump();
        MemberImporter::Options options;
        options.invalidEmails = EmailPolicy::AbortImport;
        options.fileName = QStringLiteral("invalid-emails.csv");
        const auto summary = import(QStringLiteral("invalid-emails.csv"), options);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().message(),
                 QStringLiteral("invalid-emails.csv: Row 3: “not-an-email” is not a valid email address."));
        QCOMPARE(dump(), before);
    }

    void rejectsRaggedAndNamelessRows()
    {
        const auto t = table(QStringLiteral("ragged-rows.csv"));
        MemberImporter importer(*m_db, *m_store);
        const auto summary = importer.run(t, guessed(t), {});
        QVERIFY(summary.ok());
        QCOMPARE(summary->created, 2);
        QCOMPARE(summary->rejected, 2);
        QCOMPARE(summary->notes.at(0).row, 3);
        QVERIFY(summary->notes.at(0).reason.contains(QStringLiteral("2 instead of 3")));

        const auto noName = CsvReader::read(QStringLiteral("Name,Email\n,who@example.com\n,,\n"));
        const auto second = importer.run(*noName, guessed(*noName), {});
        QVERIFY(second.ok());
        QCOMPARE(second->rejected, 1);
        QCOMPARE(second->notes.at(0).reason, QStringLiteral("The row has no name."));
        QCOMPARE(second->skipped, 1);
    }

    void refusesAMappingWithoutName()
    {
        const auto t = table(QStringLiteral("members-en.csv"));
        MemberCsvMapping mapping = guessed(t);
        mapping.setField(0, MemberCsvMapping::Field::Ignore);
        MemberImporter importer(*m_db, *m_store);
        QVERIFY(!importer.run(t, mapping, {}).ok());
    }

    void cancelMidwayLeavesTheDatabaseByteIdentical()
    {
        QVERIFY(import(QStringLiteral("members-ja-utf8.csv")).ok());
        // Slim from row 100 on: the indexes dropped then must come back with the rollback.
        m_store->bulkWrite().setSlimThreshold(100);
        const QByteArray dumpBefore = dump();
        const QByteArray fileBefore = fileChecksum();
        const QString path = writeGenerated(1000);
        MemberImporter importer(*m_db, *m_store);
        int calls = 0;
        importer.setProgressCallback([&](int done, int) {
            ++calls;
            if (done >= 400)
                importer.cancel();
        });
        const auto summary =
            importer.importFile(path, guessed(table(QStringLiteral("members-ja-utf8.csv"))), {});
        QVERIFY(summary.ok());
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->created, 0);
        QCOMPARE(calls, 5); // 0, 100, …, 400
        QCOMPARE(dump(), dumpBefore);
        QCOMPARE(fileChecksum(), fileBefore);
        QVERIFY(!m_store->bulkWrite().isActive());
        // And the store still works afterwards.
        QVERIFY(import(QStringLiteral("members-en.csv")).ok());
    }

    void slimImportFindsDuplicatesAndKeepsTheSchema()
    {
        QSqlQuery q(m_db->connection());
        const auto schema = [&] {
            q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
            QStringList objects;
            while (q.next())
                objects.append(q.value(0).toString() + q.value(1).toString() + q.value(2).toString());
            return objects;
        };
        const QStringList before = schema();
        const auto cacheSize = [&] {
            q.exec(QStringLiteral("PRAGMA cache_size"));
            return q.next() ? q.value(0).toLongLong() : 0;
        };
        const qint64 cacheBefore = cacheSize();
        m_store->bulkWrite().setSlimThreshold(50);
        const QString path = writeGenerated(300);
        const MemberCsvMapping mapping =
            MemberCsvMapping::guess({QStringLiteral("氏名"), QStringLiteral("ふりがな"),
                                     QStringLiteral("メール"), QStringLiteral("タグ")});
        MemberImporter importer(*m_db, *m_store);
        const auto first = importer.importFile(path, mapping, {});
        QVERIFY(first.ok());
        QCOMPARE(first->created, 300);
        QCOMPARE(schema(), before);
        QCOMPARE(cacheSize(), cacheBefore); // raised for the import only
        // Again: every row is a duplicate, found through the in-memory lookup once slim.
        m_store->bulkWrite().setSlimThreshold(0);
        const auto second = importer.importFile(path, mapping, {});
        QVERIFY(second.ok());
        QCOMPARE(second->created, 0);
        QCOMPARE(second->skipped, 300);
        QCOMPARE(schema(), before);
        QCOMPARE(*m_store->list().count(), 300);
        MemberQuery query;
        query.search = QStringLiteral("会員");
        QCOMPARE(*m_store->list().count(query), 300);
        QVERIFY(idWithEmail(QStringLiteral("MEMBER7@example.jp")) > 0);
    }

    void rowsPreparedAheadKeepTheirOrderAndOutcomes()
    {
        // Rows are prepared in chunks on a second thread: outcomes found there (ragged, blank, invalid
        // address) and here (a duplicate of a row in an earlier chunk) must land on the right rows.
        const QString path = m_dir.filePath(QStringLiteral("chunks.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("氏名,ふりがな,メール,タグ\r\n");
        for (int i = 0; i < 1300; ++i) {
            const int row = i + 2;
            if (row == 600)
                file.write("ずれた行,ずれ\r\n");
            else if (row == 1100)
                file.write(",,,\r\n");
            else if (row == 1250)
                file.write("無効 メール,むこう,not-an-email,生成\r\n");
            else if (row == 1290)
                file.write("重複 会員,ちょうふく,MEMBER3@example.jp,生成\r\n");
            else
                file.write(
                    QStringLiteral("会員 %1,かいいん %1,member%1@example.jp,生成\r\n").arg(i).toUtf8());
        }
        file.close();
        const MemberCsvMapping mapping =
            MemberCsvMapping::guess({QStringLiteral("氏名"), QStringLiteral("ふりがな"),
                                     QStringLiteral("メール"), QStringLiteral("タグ")});
        m_store->bulkWrite().setSlimThreshold(100);
        MemberImporter importer(*m_db, *m_store);
        const auto summary = importer.importFile(path, mapping, {});
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QCOMPARE(summary->created, 1296);
        QCOMPARE(summary->rejected, 2);
        QCOMPARE(summary->skipped, 2);
        QCOMPARE(summary->notes.size(), 4);
        const QList<int> rows = {summary->notes.at(0).row, summary->notes.at(1).row, summary->notes.at(2).row,
                                 summary->notes.at(3).row};
        QCOMPARE(rows, (QList<int>{600, 1100, 1250, 1290}));
        QCOMPARE(summary->notes.at(0).kind, MemberImporter::RowNote::Kind::Rejected);
        QCOMPARE(summary->notes.at(1).kind, MemberImporter::RowNote::Kind::Skipped);
        QCOMPARE(summary->notes.at(2).kind, MemberImporter::RowNote::Kind::Rejected);
        QVERIFY(summary->notes.at(2).reason.contains(QStringLiteral("not-an-email")));
        QCOMPARE(summary->notes.at(3).kind, MemberImporter::RowNote::Kind::Skipped);
        QVERIFY(summary->notes.at(3).reason.contains(QStringLiteral("MEMBER3@example.jp")));
        // Member i came from row i + 2 and got the i-th id, in file order.
        const auto last = m_store->records().get(1296);
        QVERIFY(last.ok());
        QCOMPARE(last->displayName, QStringLiteral("会員 1299"));
        QCOMPARE(last->tags, QStringList{QStringLiteral("生成")});
        MemberQuery query;
        query.search = QStringLiteral("かいいん 1299");
        QCOMPARE(*m_store->list().count(query), 1);
    }

    void stopsInALaterChunkAndRollsBack()
    {
        QVERIFY(import(QStringLiteral("members-ja-utf8.csv")).ok());
        const QByteArray before = dump();
        const QString path = m_dir.filePath(QStringLiteral("late-stop.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("氏名,メール\r\n");
        for (int i = 0; i < 1500; ++i)
            file.write(i == 1400 ? QByteArray("無効 メール,nobody@\r\n")
                                 : QStringLiteral("会員 %1,late%1@example.jp\r\n").arg(i).toUtf8());
        file.close();
        MemberImporter::Options options;
        options.invalidEmails = EmailPolicy::AbortImport;
        MemberImporter importer(*m_db, *m_store);
        const auto summary = importer.importFile(
            path, MemberCsvMapping::guess({QStringLiteral("氏名"), QStringLiteral("メール")}), options);
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().message().contains(QStringLiteral("Row 1402")),
                 qPrintable(summary.error().message()));
        QCOMPARE(dump(), before);
        QVERIFY(!m_store->bulkWrite().isActive());
        QCOMPARE(connectionSettings(), QStringLiteral("wal 1 0")); // put back after a rollback too
    }

    void largeImportRunsAsABulkLoadAndKeepsEveryConstraint()
    {
        QCOMPARE(connectionSettings(), QStringLiteral("wal 1 0"));
        const int rows = int(MemberImporter::kBulkLoadRows) + 200;
        const QString path = writeGenerated(rows);
        MemberImporter importer(*m_db, *m_store);
        QString during;
        importer.setBeforeRowHook([&](int row) -> Result<void> {
            if (row == 700)
                during = connectionSettings();
            return {};
        });
        const auto summary = importer.importFile(path, generatedMapping(), {});
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QCOMPARE(summary->created, rows);
        QCOMPARE(during, QStringLiteral("delete 0 1"));
        QCOMPARE(connectionSettings(), QStringLiteral("wal 1 0"));
        verifyIntegrity();
        QVERIFY(!QFile::exists(m_db->path() + QStringLiteral("-journal")));
        QCOMPARE(m_store->records().get(rows)->tags, QStringList{QStringLiteral("生成")});
        // A small import goes through the write-ahead log as every other write.
        const QString small = writeGenerated(10);
        during.clear();
        QVERIFY(importer.importFile(small, generatedMapping(), {}).ok());
        QCOMPARE(during, QString());
        importer.setBeforeRowHook([&](int) -> Result<void> {
            during = connectionSettings();
            return {};
        });
        QVERIFY(importer.importFile(small, generatedMapping(), {}).ok());
        QCOMPARE(during, QStringLiteral("wal 1 0"));
    }

    void slimsOnceASampleIsInWhenTheSizeIsKnown()
    {
        // slimDown keeps the indexes of columns with few values, judged from the rows already there: an
        // import that says it is large waits for a sample, then slims at once.
        MemberBulkSession session(m_db->connection());
        const qint64 automatic = -1;
        QCOMPARE(session.slimAfter(automatic), MemberBulkSession::kSlimMinimumRows);
        session.expected = 100000;
        QCOMPARE(session.slimAfter(automatic), MemberBulkSession::kSlimSampleRows);
        session.existing = 200;
        QCOMPARE(session.slimAfter(automatic), MemberBulkSession::kSlimSampleRows - 200);
        session.existing = 5000;
        QCOMPARE(session.slimAfter(automatic), 0);
        // Too small a share of what is there: no slimming before the usual threshold.
        session.existing = 1000000;
        QCOMPARE(session.slimAfter(automatic), 250000);
        session.expected = 10;
        session.existing = 0;
        QCOMPARE(session.slimAfter(automatic), MemberBulkSession::kSlimMinimumRows);
        QCOMPARE(session.slimAfter(50), 50);
    }

    void largeImportBesideAnotherConnectionKeepsTheLog()
    {
        // Another connection to the file (a second window, the command line) keeps it in WAL mode: SQLite
        // leaves WAL only for a connection that has the file to itself. The import still runs.
        const QString name = QStringLiteral("tst-other-connection");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(m_db->path());
            QVERIFY(other.open());
            QSqlQuery read(other);
            QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM members")));
            read.finish();
            const int rows = int(MemberImporter::kBulkLoadRows) + 100;
            MemberImporter importer(*m_db, *m_store);
            QString during;
            importer.setBeforeRowHook([&](int row) -> Result<void> {
                if (row == 500)
                    during = connectionSettings();
                return {};
            });
            const auto summary = importer.importFile(writeGenerated(rows), generatedMapping(), {});
            QVERIFY(summary.ok());
            QCOMPARE(summary->created, rows);
            QCOMPARE(during, QStringLiteral("wal 0 1"));
            QCOMPARE(connectionSettings(), QStringLiteral("wal 1 0"));
            QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM members")));
            QVERIFY(read.next());
            QCOMPARE(read.value(0).toInt(), rows);
        }
        QSqlDatabase::removeDatabase(name);
        verifyIntegrity();
    }

    void failureAtRowNRollsEverythingBack()
    {
        QVERIFY(import(QStringLiteral("members-ja-utf8.csv")).ok());
        m_store->bulkWrite().setSlimThreshold(100);
        const QByteArray dumpBefore = dump();
        const QByteArray fileBefore = fileChecksum();
        const QString path = writeGenerated(300);
        MemberImporter importer(*m_db, *m_store);
        importer.setBeforeRowHook([](int row) -> Result<void> {
            if (row == 250)
                return Error(Error::Code::Sql, QStringLiteral("Disk full."), QStringLiteral("injected"));
            return {};
        });
        MemberCsvMapping mapping =
            MemberCsvMapping::guess({QStringLiteral("氏名"), QStringLiteral("ふりがな"),
                                     QStringLiteral("メール"), QStringLiteral("タグ")});
        const auto summary = importer.importFile(path, mapping, {});
        QVERIFY(!summary.ok());
        QVERIFY(summary.error().message().contains(QStringLiteral("Disk full.")));
        QCOMPARE(dump(), dumpBefore);
        QCOMPARE(fileChecksum(), fileBefore);
        QCOMPARE(*m_store->list().count(), 3);
        MemberQuery query;
        query.search = QStringLiteral("会員");
        QCOMPARE(*m_store->list().count(query), 0);
    }

    void fileThatVanishes()
    {
        const QString path = writeGenerated(300);
        MemberCsvMapping mapping =
            MemberCsvMapping::guess({QStringLiteral("氏名"), QStringLiteral("ふりがな"),
                                     QStringLiteral("メール"), QStringLiteral("タグ")});
        // Gone before the import reads it: a clear message, nothing changed.
        const QString gone = m_dir.filePath(QStringLiteral("gone.csv"));
        QFile::copy(path, gone);
        QFile::remove(gone);
        MemberImporter importer(*m_db, *m_store);
        const QByteArray before = dump();
        const auto missing = importer.importFile(gone, mapping, {});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), Error::Code::Io);
        QCOMPARE(missing.error().message(), QStringLiteral("The file “gone.csv” no longer exists."));
        QCOMPARE(dump(), before);
        // Gone while rows are being imported: the import works from what it read, completely.
        importer.setProgressCallback([&](int done, int) {
            if (done == 100)
                QVERIFY(QFile::remove(path));
        });
        const auto summary = importer.importFile(path, mapping, {});
        QVERIFY(summary.ok());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(summary->created, 300);
        QCOMPARE(*m_store->list().count(), 300);
    }

    void storesHostileTextVerbatim()
    {
        const auto summary = import(QStringLiteral("hostile-text.csv"));
        QVERIFY(summary.ok());
        QCOMPARE(summary->created, 2);
        const Member bobby = *m_store->records().get(idWithEmail(QStringLiteral("bobby@example.com")));
        QCOMPARE(bobby.displayName, QStringLiteral("Robert'); DROP TABLE members;--"));
        QCOMPARE(bobby.notes, QStringLiteral("<script>alert(1)</script>"));
        const Member md = *m_store->records().get(idWithEmail(QStringLiteral("md@example.com")));
        QCOMPARE(md.displayName, QStringLiteral("**bold** _it_ [link](http://x)"));
        QCOMPARE(md.notes, QStringLiteral("# Heading\n- item\n<b>&amp;</b>"));
        QCOMPARE(*m_store->list().count(), 2);
    }

    void readsShiftJisAndJoinsNameParts()
    {
        const auto t = table(QStringLiteral("members-excel-sjis.csv"));
        MemberImporter importer(*m_db, *m_store);
        QVERIFY(importer.run(t, guessed(t), {}).ok());
        const Member m = *m_store->records().get(idWithEmail(QStringLiteral("takahashi@example.jp")));
        QCOMPARE(m.displayName, QStringLiteral("髙橋 ①郎"));
        QCOMPARE(m.reading, QStringLiteral("タカハシ イチロウ"));

        const auto parts = CsvReader::read(
            QStringLiteral("姓,名,セイ,メイ,状態,入会日\n田中,太郎,タナカ,タロウ,休眠中かも,2024-13-01\n"));
        QStringList warnings;
        const auto member = MemberImporter::memberFromRow(parts->records.at(1).fields, guessed(*parts),
                                                          EmailPolicy::RejectRow, &warnings);
        QVERIFY(member.ok());
        QCOMPARE(member->displayName, QStringLiteral("田中 太郎"));
        QCOMPARE(member->reading, QStringLiteral("タナカ タロウ"));
        QCOMPARE(warnings.size(), 2);
    }

    void halfWidthReadingsAreWrittenInTheCommunitysKana()
    {
        const auto t = CsvReader::read(QStringLiteral("名前,フリガナ,メール\n"
                                                      "田中 太郎,ﾀﾅｶ ﾀﾛｳ,tanaka@example.jp\n"
                                                      "学校 一郎,ｶﾞｯｺｳ ｲﾁﾛｰ,gakkou@example.jp\n"
                                                      "ヴィー 花子,ｳﾞｨｰ ﾊﾅｺ,v@example.jp\n"
                                                      "佐藤 花子,さとう はなこ,sato@example.jp\n"
                                                      "鈴木 次郎,スズキ ジロウ,suzuki@example.jp\n"
                                                      "混在 三郎,こんざい ｻﾌﾞﾛｳ,mixed@example.jp\n"));
        QVERIFY(t.ok());
        const QList<QPair<QString, QString>> emailsAndKatakana = {
            {QStringLiteral("tanaka@example.jp"), QStringLiteral("タナカ タロウ")},
            {QStringLiteral("gakkou@example.jp"), QStringLiteral("ガッコウ イチロー")},
            {QStringLiteral("v@example.jp"), QStringLiteral("ヴィー ハナコ")},
            {QStringLiteral("sato@example.jp"), QStringLiteral("さとう はなこ")},   // as written
            {QStringLiteral("suzuki@example.jp"), QStringLiteral("スズキ ジロウ")}, // as written
            {QStringLiteral("mixed@example.jp"), QStringLiteral("こんざい サブロウ")},
        };
        const QList<QString> hiragana = {
            QStringLiteral("たなか たろう"), QStringLiteral("がっこう いちろー"),
            QStringLiteral("ゔぃー はなこ"), QStringLiteral("さとう はなこ"),
            QStringLiteral("スズキ ジロウ"), QStringLiteral("こんざい さぶろう")};
        {
            MemberImporter importer(*m_db, *m_store);
            const auto summary = importer.run(*t, guessed(*t), {}); // the default: katakana
            QVERIFY(summary.ok());
            QCOMPARE(summary->created, 6);
            for (const auto &[email, reading] : emailsAndKatakana)
                QCOMPARE(m_store->records().get(idWithEmail(email))->reading, reading);
            // The normalized reading is what search and the kana order read.
            MemberQuery q;
            q.search = QStringLiteral("ガッコウ");
            QCOMPARE(*m_store->list().count(q), 1);
        }
        {
            MemberImporter::Options options;
            options.duplicates = MemberImporter::DuplicatePolicy::Update;
            options.readingKana = KanaReading::Script::Hiragana;
            MemberImporter importer(*m_db, *m_store);
            const auto summary = importer.run(*t, guessed(*t), options);
            QVERIFY(summary.ok());
            QCOMPARE(summary->updated, 6);
            for (qsizetype i = 0; i < hiragana.size(); ++i)
                QCOMPARE(m_store->records().get(idWithEmail(emailsAndKatakana.at(i).first))->reading,
                         hiragana.at(i));
        }
        // The wizard's preview shows the reading as it will be stored.
        const auto preview =
            MemberImporter::memberFromRow(t->records.at(1).fields, guessed(*t), EmailPolicy::RejectRow,
                                          nullptr, KanaReading::Script::Hiragana);
        QCOMPARE(preview->reading, QStringLiteral("たなか たろう"));
        QCOMPARE(KanaReading::normalized(QStringLiteral("ｱｲｳ｡｢ﾃｽﾄ｣"), KanaReading::Script::Katakana),
                 QStringLiteral("アイウ。「テスト」"));
    }
};

QTEST_GUILESS_MAIN(TestMemberImporter)
#include "tst_memberimporter.moc"
