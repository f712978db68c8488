#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "stores/VenueStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    /// A real Offkai database with enough rows to span many pages.
    static void makeDatabase(const QString &path, int venues = 200)
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        VenueStore store(**db);
        for (int i = 0; i < venues; ++i) {
            Venue v;
            v.name = QStringLiteral("Venue %1 — 会場").arg(i);
            v.address = QStringLiteral("東京都中央区銀座%1丁目").arg(i).repeated(4);
            v.notes = QString(300, QLatin1Char('n'));
            QVERIFY(store.insert(v).ok());
        }
    }

    static QStringList filesIn(const QString &dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot,
                                   QDir::Name);
    }

    static void setRawUserVersion(const QString &path, int version)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    /// Opens `path`, expects refusal with `code`, and checks that nothing about the file changed.
    static void expectRefusal(const QString &path, Error::Code code, const QString &messagePart)
    {
        const QByteArray before = test::checksum(path);
        const QStringList siblings = filesIn(QFileInfo(path).absolutePath());
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(int(db.error().code()), int(code));
        QVERIFY2(db.error().message().contains(messagePart), qPrintable(db.error().message()));
        QCOMPARE(test::checksum(path), before);
        const QStringList after = filesIn(QFileInfo(path).absolutePath());
        QVERIFY2(after == siblings, qPrintable(siblings.join(QLatin1Char(' ')) + QStringLiteral(" → ") +
                                               after.join(QLatin1Char(' '))));
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void isoDateIsQtsIsoDate()
    {
        for (const QDate &date : {QDate(2024, 4, 1), QDate(1, 1, 1), QDate(999, 12, 31), QDate(9999, 12, 31),
                                  QDate(10000, 1, 1), QDate(-44, 3, 15), QDate(1970, 1, 1), QDate()}) {
            QCOMPARE(SqlValues::isoDate(date), date.toString(Qt::ISODate));
            QCOMPARE(SqlValues::isoDate(date).isNull(), date.toString(Qt::ISODate).isNull());
        }
        QCOMPARE(SqlValues::dateOrNull(QDate(2024, 4, 1)), QVariant(QStringLiteral("2024-04-01")));
        QVERIFY(SqlValues::dateOrNull(QDate()).isNull());
    }

    void dateTimesReadAsQtsIsoParserReadsThem()
    {
        for (const char *text :
             {"2020-01-01T10:30:00Z", "1999-12-31T23:59:59Z", "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z",
              "2024-13-01T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T10:60:00Z", "0000-01-01T00:00:00Z",
              "２０２４-01-01T00:00:00Z", "2024-01-01T10:30:00+09:00", "2024-01-01T10:30:00",
              "2024-01-01T10:30Z", "not a time at all!!!", ""}) {
            const QString string = QString::fromUtf8(text);
            const QDateTime expected = QDateTime::fromString(string, Qt::ISODate);
            const QDateTime read = SqlValues::toDateTime(string);
            QCOMPARE(read, expected);
            QCOMPARE(read.isValid(), expected.isValid());
            if (expected.isValid()) {
                QCOMPARE(read.timeSpec(), expected.timeSpec());
                QCOMPARE(read.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
            }
        }
        QVERIFY(!SqlValues::toDateTime(QVariant()).isValid());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime seconds = now.addMSecs(-now.time().msec());
        QCOMPARE(SqlValues::toDateTime(SqlValues::dateTimeOrNull(seconds)), seconds);
    }

    void defaultPathIsInAppData()
    {
        QCOMPARE(QFileInfo(Database::defaultPath()).absolutePath(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }

    void pragmasAreSet()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        QVERIFY(db.ok());
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("p.sqlite.lock"))));
    }

    void reopensAndReleasesTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        makeDatabase(path, 3);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(*VenueStore(**db).count(), 3);
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("name,email\nAlice,alice@example.com\n").repeated(50));
        file.close();
        expectRefusal(path, Error::Code::NotSqlite, QStringLiteral("not an SQLite file"));
    }

    void refusesATruncatedHeader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("short.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite");
        file.close();
        expectRefusal(path, Error::Code::NotSqlite, QStringLiteral("not an SQLite file"));
    }

    void refusesADatabaseFailingQuickCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        makeDatabase(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        // Scribble over the middle of the file: b-tree pages with garbage headers and cell pointers.
        for (qint64 page = 3; page < 6; ++page) {
            QVERIFY(file.seek(page * 4096));
            file.write(QByteArray(4096, char(0x5a)));
        }
        file.close();
        expectRefusal(path, Error::Code::Corrupt, QStringLiteral("damaged"));
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        makeDatabase(path, 2);
        setRawUserVersion(path, Database::supportedSchemaVersion() + 1);
        expectRefusal(path, Error::Code::NewerSchema, QStringLiteral("newer version of Offkai"));
    }

    void refusesAReadOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        makeDatabase(path, 2);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        expectRefusal(path, Error::Code::ReadOnly, QStringLiteral("read-only"));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void refusesAReadOnlyFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked-folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/db.sqlite");
        makeDatabase(path, 2);
        const auto rx =
            QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::ExeUser;
        QVERIFY(QFile::setPermissions(folder, rx));
        expectRefusal(path, Error::Code::ReadOnly, QStringLiteral("read-only"));
        // A new database in a read-only folder is refused too, and nothing is created.
        auto fresh = Database::open(folder + QStringLiteral("/new.sqlite"));
        QVERIFY(!fresh.ok());
        QCOMPARE(int(fresh.error().code()), int(Error::Code::ReadOnly));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/new.sqlite")));
        QFile::setPermissions(folder, rx | QFileDevice::WriteOwner | QFileDevice::WriteUser);
    }

    void refusesAFileLockedInThisProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
        makeDatabase(path, 2);
        auto first = Database::open(path);
        QVERIFY(first.ok());
        const QByteArray before = test::checksum(path);
        auto second = Database::open(path);
        QVERIFY(!second.ok());
        QCOMPARE(int(second.error().code()), int(Error::Code::Locked));
        QVERIFY(second.error().message().contains(QString::number(QCoreApplication::applicationPid())));
        QCOMPARE(test::checksum(path), before);
        // The first one still works.
        QVERIFY(VenueStore(**first).count().ok());
    }

    void refusesAFileLockedByAnotherProcess()
    {
        // This process holds the database; a second Offkai process must refuse to write it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        makeDatabase(path, 2);
        auto held = Database::open(path);
        QVERIFY(held.ok());
        const QByteArray before = test::checksum(path);
        QProcess other;
        other.start(test::offkaiBinary(),
                    {QStringLiteral("--db"), path, QStringLiteral("venues"), QStringLiteral("list")});
        QVERIFY(other.waitForFinished(60000));
        QCOMPARE(other.exitCode(), 1);
        QVERIFY(other.readAllStandardOutput().isEmpty());
        const QString err = QString::fromUtf8(other.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("already open in another Offkai")), qPrintable(err));
        QCOMPARE(test::checksum(path), before);
    }

    void takesOverTheLockOfADeadProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stale.sqlite"));
        makeDatabase(path, 1);
        // A lock file left by a process that no longer runs (pid far above pid_max on this host).
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("999999999\noffkai\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
    }

    void readOnlyModeInspectsWithoutWriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inspect.sqlite"));
        makeDatabase(path, 2);
        setRawUserVersion(path, Database::supportedSchemaVersion() + 5);
        const QByteArray before = test::checksum(path);
        Database::Options options;
        options.mode = Database::Mode::ReadOnly;
        auto db = Database::open(path, options);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Database::supportedSchemaVersion() + 5);
        QCOMPARE(*(*db)->integrityCheck(), QStringLiteral("ok"));
        db = Error();
        QCOMPARE(test::checksum(path), before);
    }

    void workerThreadsGetTheirOwnConnection()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("threads.sqlite")));
        QVERIFY(db.ok());
        QString workerName;
        int count = -1;
        QThread *thread = QThread::create([&] {
            QSqlDatabase c = (*db)->connectionForThisThread();
            workerName = c.connectionName();
            QSqlQuery q(c);
            if (q.exec(QStringLiteral("SELECT count(*) FROM venues")) && q.next())
                count = q.value(0).toInt();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(count, 0);
        QVERIFY(workerName != (*db)->connection().connectionName());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
