// A member import killed with SIGKILL at many points, the commit included: every time, the file opens,
// is whole (integrity and search index), is back in WAL mode with every index and trigger, and holds
// either all of the import or none of it.
//
// CI runs a bounded number of trials; OFFKAI_CRASH_TRIALS=N runs N of each kind (kills at random times,
// kills inside the commit).

#include "storage/CrashRecovery.h"
#include "storage/Database.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

    static constexpr int kRows = 3000; // over MemberImporter::kBulkLoadRows: a rollback-journal bulk load
    static constexpr int kExisting = 40;
    static constexpr int kMaxCommitTrials = 200;

    QTemporaryDir m_dir;
    QString m_base; ///< a database with kExisting members, copied for each trial
    QString m_csv;
    QStringList m_schema; ///< every index and trigger of m_base
    int m_trials = 6;
    qint64 m_fullRunMs = 0;
    int m_hotJournals = 0;
    int m_allImported = 0;
    int m_noneImported = 0;

    static QString child()
    {
        return QCoreApplication::applicationDirPath() + QStringLiteral("/crash_import_child");
    }

    static QStringList indexesAndTriggers(QSqlDatabase db)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT type || ' ' || name FROM sqlite_master "
                              "WHERE type IN ('index', 'trigger') ORDER BY 1"));
        QStringList names;
        while (q.next())
            names.append(q.value(0).toString());
        return names;
    }

    template<typename T> static QString problem(const Result<T> &result)
    {
        return result ? QString() : result.error().toString();
    }

    static QString one(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<%1>").arg(q.lastError().text());
        return q.value(0).toString();
    }

    static void writeCsv(const QString &path, int rows, int offset)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "名前,ふりがな,メールアドレス,所属,メモ\n";
        for (int i = 0; i < rows; ++i)
            text += QStringLiteral("佐藤 花子%1,さとう はなこ,hanako%1@example.jp,東京商事 第%2営業部,%3\n")
                        .arg(offset + i)
                        .arg(i % 17)
                        .arg(i % 5 == 0 ? QStringLiteral("紹介: 田中さん") : QString())
                        .toUtf8();
        file.write(text);
    }

    QProcess *startChild(const QString &db, const QStringList &extra = {})
    {
        auto *process = new QProcess(this);
        process->setProgram(child());
        process->setArguments(QStringList{db, m_csv} + extra);
        process->start();
        return process;
    }

    QString trialCopy(int trial)
    {
        const QString path = m_dir.filePath(QStringLiteral("trial-%1.sqlite").arg(trial));
        QFile::remove(path);
        if (!QFile::copy(m_base, path))
            return {};
        return path;
    }

    /// After a kill: `check` changes nothing, then the file opens and is whole, all or nothing.
    void verifyAfterKill(const QString &path, const QString &trial)
    {
        const bool hotJournal = CrashRecovery::hasJournalHeader(path + QStringLiteral("-journal"));
        if (hotJournal) {
            ++m_hotJournals;
            const QByteArray file = test::checksum(path);
            const QByteArray journal = test::checksum(path + QStringLiteral("-journal"));
            const QStringList siblings = QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);
            {
                Database::Options readOnly;
                readOnly.mode = Database::Mode::ReadOnly;
                auto inspected = Database::open(path, readOnly);
                QVERIFY2(inspected.ok(), qPrintable(trial + QLatin1Char(' ') + problem(inspected)));
                QCOMPARE((*inspected)->integrityCheck().value(), QStringLiteral("ok"));
                QVERIFY(!(*inspected)->recoveryNote().isEmpty());
            }
            QCOMPARE(test::checksum(path), file);
            QCOMPARE(test::checksum(path + QStringLiteral("-journal")), journal);
            QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files, QDir::Name), siblings);
        }

        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(path, options);
        QVERIFY2(db.ok(), qPrintable(trial + QLatin1Char(' ') + problem(db)));
        if (hotJournal)
            QVERIFY(!(*db)->recoveryNote().isEmpty());
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")) ||
                QFileInfo(path + QStringLiteral("-journal")).size() == 0);
        const QSqlDatabase c = (*db)->connection();
        QCOMPARE(one(c, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QSqlQuery keys(c);
        QVERIFY(keys.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!keys.next(), qPrintable(trial + QStringLiteral(": a foreign key points nowhere")));
        QSqlQuery fts(c);
        QVERIFY2(
            fts.exec(QStringLiteral("INSERT INTO member_search(member_search) VALUES('integrity-check')")),
            qPrintable(trial + QLatin1Char(' ') + fts.lastError().text()));
        QCOMPARE(one(c, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(indexesAndTriggers(c), m_schema);
        const int members = one(c, QStringLiteral("SELECT count(*) FROM members")).toInt();
        const int indexed = one(c, QStringLiteral("SELECT count(*) FROM member_search")).toInt();
        QVERIFY2(members == kExisting || members == kExisting + kRows,
                 qPrintable(QStringLiteral("%1: %2 members").arg(trial).arg(members)));
        QCOMPARE(indexed, members);
        members == kExisting ? ++m_noneImported : ++m_allImported;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(QFileInfo::exists(child()));
        m_trials = qEnvironmentVariableIntValue("OFFKAI_CRASH_TRIALS");
        if (m_trials <= 0)
            m_trials = 6;
        m_base = m_dir.filePath(QStringLiteral("base.sqlite"));
        m_csv = m_dir.filePath(QStringLiteral("members.csv"));
        const QString small = m_dir.filePath(QStringLiteral("existing.csv"));
        writeCsv(small, kExisting, 100000);
        writeCsv(m_csv, kRows, 0);
        QProcess seed;
        seed.start(child(), {m_base, small});
        QVERIFY(seed.waitForFinished(60000));
        QCOMPARE(seed.exitCode(), 0);
        QCOMPARE(seed.readAllStandardOutput().trimmed(), QByteArray::number(kExisting));
        {
            auto db = Database::open(m_base);
            QVERIFY(db.ok());
            m_schema = indexesAndTriggers((*db)->connection());
            QVERIFY(m_schema.size() > 5);
        }
        // One whole run: how long an import takes here, and that it imports every row.
        const QString full = trialCopy(0);
        QElapsedTimer timer;
        timer.start();
        QProcess *run = startChild(full);
        QVERIFY(run->waitForFinished(120000));
        m_fullRunMs = timer.elapsed();
        QCOMPARE(run->exitCode(), 0);
        QCOMPARE(run->readAllStandardOutput().trimmed(), QByteArray::number(kRows));
        verifyAfterKill(full, QStringLiteral("full run"));
        qInfo("a whole import of %d rows takes %lld ms here", kRows, m_fullRunMs);
    }

    void killAtRandomPoints()
    {
        auto *random = QRandomGenerator::global();
        for (int trial = 1; trial <= m_trials; ++trial) {
            const QString path = trialCopy(trial);
            QVERIFY(!path.isEmpty());
            // Spread over the whole run, the last fifth twice as densely (the commit is near the end).
            const qint64 at = trial % 2 ? random->bounded(m_fullRunMs + 1)
                                        : m_fullRunMs * 4 / 5 + random->bounded(m_fullRunMs / 5 + 1);
            QProcess *process = startChild(path);
            QVERIFY(process->waitForStarted());
            if (!process->waitForFinished(int(at))) {
                process->kill();
                QVERIFY(process->waitForFinished(10000));
            }
            verifyAfterKill(path, QStringLiteral("kill at %1 ms").arg(at));
            QFile::remove(path);
        }
    }

    void killInsideTheCommit()
    {
        auto *random = QRandomGenerator::global();
        int killed = 0;
        // The window in which a kill leaves a hot journal is a few milliseconds wide and moves with the
        // machine's load: go on past m_trials (up to kMaxCommitTrials) until one kill has landed in it.
        for (int trial = 1;
             trial <= m_trials || ((m_hotJournals == 0 || killed == 0) && trial <= kMaxCommitTrials);
             ++trial) {
            const QString path = trialCopy(1000 + trial);
            // From the commit's first instruction to a few tens of milliseconds in (mostly the first 4 ms,
            // in which an idle machine finishes this commit): journal written and synced, pages being
            // written into the file, the journal being deleted.
            const int delay = trial == 1 ? 0 : int(random->bounded(trial % 3 ? 4000 : 30000));
            QProcess *process = startChild(path, {QString::number(delay), QString::number(kRows)});
            QVERIFY(process->waitForFinished(120000));
            if (process->exitStatus() == QProcess::CrashExit)
                ++killed;
            verifyAfterKill(path, QStringLiteral("kill %1 µs into the commit").arg(delay));
            QFile::remove(path);
        }
        QVERIFY2(killed > 0, "no trial was killed inside the commit");
        // The commit's window was hit: at least one kill left the hot journal that used to lock the file.
        QVERIFY2(m_hotJournals > 0, "no kill left a hot journal");
        qInfo("%d kills inside the commit, %d hot journals recovered; %d trials kept all rows, %d none",
              killed, m_hotJournals, m_allImported, m_noneImported);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
