#include "storage/BackupRestore.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "stores/VenueStore.h"
#include "TestSupport.h"

#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestBackups : public QObject
{
    Q_OBJECT

    /// A database at `path` holding one venue per name, with its daily copy of `day` taken first.
    static void makeClub(const QString &path, const QStringList &names,
                         const QDate &day = QDate(2026, 11, 20))
    {
        Database::Options options;
        options.today = day;
        auto db = Database::open(path, options);
        QVERIFY(db.ok());
        VenueStore store(**db);
        for (const QString &name : names) {
            Venue v;
            v.name = name;
            v.notes = QString(500, QLatin1Char('n'));
            QVERIFY(store.insert(v).ok());
        }
    }

    /// The first column of what `sql` returns on a plain connection to `path`, read-only unless `write`.
    static QStringList answers(const QString &path, const QString &sql, bool write = false)
    {
        QStringList values;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            db.setConnectOptions(write ? QString() : QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                if (!query.exec(sql))
                    values.append(QStringLiteral("error: ") + query.lastError().text());
                while (query.next())
                    values.append(query.value(0).toString());
            } else {
                values.append(QStringLiteral("error: ") + db.lastError().text());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return values;
    }
    static QStringList venueNames(const QString &path)
    {
        return answers(path, QStringLiteral("SELECT name FROM venues ORDER BY name"));
    }

    /// What must not change when a restore is refused: the file, its side files, the backup folder.
    struct Snapshot
    {
        QByteArray file;
        QStringList folder;
        QStringList beside;
        bool operator==(const Snapshot &) const = default;
    };
    static Snapshot snapshot(const QString &path)
    {
        const QFileInfo info(path);
        return {test::checksum(path), QDir(path + QStringLiteral(".backups")).entryList(QDir::Files),
                info.dir().entryList({info.fileName() + QStringLiteral("*")}, QDir::Files)};
    }

    /// Opens without a daily copy, which would prune the copies of these tests' past days.
    static Result<std::unique_ptr<Database>> openQuietly(const QString &path)
    {
        Database::Options options;
        options.dailyBackup = false;
        return Database::open(path, options);
    }

    static QString dailyName(const QDate &day = QDate(2026, 11, 20))
    {
        return QStringLiteral("club-daily-%1.sqlite").arg(day.toString(Qt::ISODate));
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void openingTakesADailyCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.sqlite"));
        Database::Options options;
        options.today = QDate(2026, 11, 23);
        {
            auto db = Database::open(path, options);
            QVERIFY(db.ok());
            Venue v;
            v.name = QStringLiteral("ワインバー");
            QVERIFY(VenueStore(**db).insert(v).ok());
        }
        {
            auto db = Database::open(path, options); // the day's first open with data: the copy has the venue
            QVERIFY(db.ok());
        }
        const Backups backups(path);
        const QStringList copies = backups.dailyCopies();
        QCOMPARE(copies.size(), 1);
        QVERIFY(copies.constFirst().endsWith(QLatin1String("club-daily-2026-11-23.sqlite")));
        QVERIFY(!QFile::exists(copies.constFirst() + QStringLiteral(".part")));
    }

    void keepsTheLastSevenDays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.sqlite"));
        Database::Options options;
        for (int day = 1; day <= 10; ++day) {
            options.today = QDate(2026, 11, day);
            auto db = Database::open(path, options);
            QVERIFY(db.ok());
        }
        const QStringList copies = Backups(path).dailyCopies();
        QCOMPARE(copies.size(), 7);
        QVERIFY(copies.constFirst().endsWith(QLatin1String("club-daily-2026-11-10.sqlite")));
        QVERIFY(copies.constLast().endsWith(QLatin1String("club-daily-2026-11-04.sqlite")));
    }

    void aCopyIsAConsistentDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        VenueStore store(**db);
        Venue v;
        v.name = QStringLiteral("レンタルスペース");
        v.stations = {{QStringLiteral("田町駅"), QString(), QStringLiteral("三田口"), 4}};
        QVERIFY(store.insert(v).ok());
        const Backups backups(path);
        auto copy = backups.makeDaily((*db)->connection(), QDate(2030, 1, 1));
        QVERIFY(copy.ok());
        QVERIFY(!copy->isEmpty());
        // Opening the copy as a database of its own finds the venue and its station.
        Database::Options readOnly;
        readOnly.mode = Database::Mode::ReadOnly;
        auto restored = Database::open(*copy, readOnly);
        QVERIFY(restored.ok());
        QCOMPARE(*(*restored)->integrityCheck(), QStringLiteral("ok"));
        auto venues = VenueStore(**restored).list();
        QVERIFY(venues.ok());
        QCOMPARE(venues->size(), 1);
        QCOMPARE(venues->constFirst().stations.size(), 1);
        // Asking again the same day does not write a second copy.
        auto again = backups.makeDaily((*db)->connection(), QDate(2030, 1, 1));
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());
    }

    void copyIsCompleteConsistentAndOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        VenueStore store(**db);
        for (int i = 0; i < 300; ++i) {
            Venue v;
            v.name = QStringLiteral("会場 %1").arg(i, 3, 10, QLatin1Char('0'));
            v.notes = QString(400, QLatin1Char('x'));
            QVERIFY(store.insert(v).ok());
        }
        // The newest rows are still only in the write-ahead log: the copy must carry them.
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        auto copy = Backups(path).makeDaily((*db)->connection(), QDate(2030, 1, 2));
        QVERIFY2(copy.ok(), copy.ok() ? "" : qPrintable(copy.error().toString()));
        QVERIFY(!QFile::exists(*copy + QStringLiteral(".part")));
        // Bytes 18 and 19 of the header: 1 is a rollback journal, 2 would be WAL.
        QFile file(*copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(100);
        QCOMPARE(int(header.at(18)), 1);
        QCOMPARE(int(header.at(19)), 1);
        file.close();
        QCOMPARE(answers(*copy, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
        QCOMPARE(answers(*copy, QStringLiteral("SELECT count(*) FROM venues")),
                 QStringList{QStringLiteral("300")});
        QCOMPARE(answers(*copy, QStringLiteral("PRAGMA journal_mode")),
                 QStringList{QStringLiteral("delete")});
        // Reading it left nothing beside it.
        QVERIFY(!QFile::exists(*copy + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(*copy + QStringLiteral("-shm")));
    }

    void listsEveryBackupNewestFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.sqlite"));
        makeClub(path, {QStringLiteral("A")}, QDate(2026, 11, 18));
        {
            Database::Options options;
            options.today = QDate(2026, 11, 20);
            auto db = Database::open(path, options);
            QVERIFY(db.ok());
            const Backups backups(path);
            QVERIFY(backups
                        .makeBeforeMigration((*db)->connection(), 5, 6,
                                             QDateTime(QDate(2026, 11, 19), QTime(9, 30), QTimeZone::utc()))
                        .ok());
        }
        const Backups backups(path);
        // Files that are not copies of this database are not listed.
        for (const QString &stray :
             {QStringLiteral("club-daily-2026-11-21.sqlite.part"),
              QStringLiteral("other-daily-2026-11-21.sqlite"), QStringLiteral("notes.txt"),
              QStringLiteral("club-daily-2026-13-40.sqlite")}) {
            QFile file(backups.folder() + QLatin1Char('/') + stray);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
        }
        const QList<Backups::Copy> copies = backups.list();
        QCOMPARE(copies.size(), 3);
        QCOMPARE(copies.at(0).name, QStringLiteral("club-daily-2026-11-20.sqlite"));
        QCOMPARE(copies.at(0).kind, Backups::Kind::Daily);
        QCOMPARE(copies.at(1).name, QStringLiteral("club-before-v5-to-v6-20261119T093000Z.sqlite"));
        QCOMPARE(copies.at(1).kind, Backups::Kind::BeforeMigration);
        QCOMPARE(copies.at(1).taken, QDateTime(QDate(2026, 11, 19), QTime(9, 30), QTimeZone::utc()));
        QCOMPARE(copies.at(1).fromVersion, 5);
        QCOMPARE(copies.at(1).toVersion, 6);
        QCOMPARE(copies.at(2).name, QStringLiteral("club-daily-2026-11-18.sqlite"));
        // A daily copy written on another day than its name says is dated by its name.
        QCOMPARE(copies.at(2).taken, QDate(2026, 11, 18).startOfDay().toUTC());
        for (const Backups::Copy &copy : copies) {
            QCOMPARE(copy.size, QFileInfo(copy.path).size());
            QVERIFY(copy.size > 0);
        }
        QCOMPARE(backups.newest()->name, copies.at(0).name);
        QVERIFY(!Backups(dir.filePath(QStringLiteral("none.sqlite"))).newest());
    }

    void restoresABackupAndKeepsTheCurrentFileAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.sqlite"));
        makeClub(path, {QStringLiteral("A")}, QDate(2026, 11, 19));
        makeClub(path, {QStringLiteral("B")}); // after the day's copy, which has A
        // The current file has rows only in its write-ahead log, as after a crash: copy it while it is open.
        const QString crashed = dir.filePath(QStringLiteral("crashed"));
        QVERIFY(QDir().mkpath(crashed));
        {
            auto db = openQuietly(path);
            QVERIFY(db.ok());
            QVERIFY(QSqlQuery((*db)->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            Venue v;
            v.name = QStringLiteral("C");
            QVERIFY(VenueStore(**db).insert(v).ok());
            QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
            QVERIFY(QFile::copy(path, crashed + QStringLiteral("/club.sqlite")));
            QVERIFY(QFile::copy(path + QStringLiteral("-wal"), crashed + QStringLiteral("/club.sqlite-wal")));
        }
        const QString current = crashed + QStringLiteral("/club.sqlite");
        QVERIFY(QDir().rename(path + QStringLiteral(".backups"), current + QStringLiteral(".backups")));

        const QDateTime now(QDate(2026, 11, 22), QTime(1, 2, 3), QTimeZone::utc());
        auto restored = BackupRestore(current).restore(dailyName(), now);
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().toString()));
        QCOMPARE(QFileInfo(restored->backup).fileName(), dailyName());
        QCOMPARE(QFileInfo(restored->keptAside).fileName(),
                 QStringLiteral("club-before-restore-20261122T010203Z.sqlite"));
        QCOMPARE(venueNames(current), QStringList{QStringLiteral("A")});
        // The copy set aside has everything, the log's row included.
        QCOMPARE(venueNames(restored->keptAside),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        // Nothing of the old file's log, and nothing half-done, is left beside the database.
        QCOMPARE(QDir(crashed).entryList(QDir::Files), QStringList{QStringLiteral("club.sqlite")});
        // The set-aside copy is listed, and a second restore in the same second gets a name of its own.
        QCOMPARE(Backups(current).list().constFirst().kind, Backups::Kind::BeforeRestore);
        auto again = BackupRestore(current).restore(QFileInfo(restored->keptAside).fileName(), now);
        QVERIFY(again.ok());
        QCOMPARE(QFileInfo(again->keptAside).fileName(),
                 QStringLiteral("club-before-restore-20261122T010203Z-2.sqlite"));
        QCOMPARE(venueNames(current).size(), 3);
        // The restored file opens as Offkai's database.
        auto db = Database::open(current);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        QCOMPARE(*VenueStore(**db).count(), 3);
    }

    void restoresOverADamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.sqlite"));
        makeClub(path, {QStringLiteral("A")}, QDate(2026, 11, 19));
        makeClub(path, {});
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, '\x5a'));
        file.close();
        const QByteArray damaged = test::checksum(path);
        auto restored = BackupRestore(path).restore(dailyName());
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().toString()));
        QCOMPARE(venueNames(path), QStringList{QStringLiteral("A")});
        // Its bytes are kept as they were.
        QCOMPARE(test::checksum(restored->keptAside), damaged);
    }

    void refusesWhileTheFileIsOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.sqlite"));
        makeClub(path, {QStringLiteral("A")}, QDate(2026, 11, 19));
        makeClub(path, {QStringLiteral("B")});
        auto held = openQuietly(path);
        QVERIFY(held.ok());
        const Snapshot before = snapshot(path);
        auto refused = BackupRestore(path).restore(dailyName());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), Error::Code::Locked);
        QVERIFY(refused.error().message().contains(QString::number(QCoreApplication::applicationPid())));
        QVERIFY(snapshot(path) == before);
        QCOMPARE(*VenueStore(**held).count(), 2);
        held->reset(); // closes it
        // Any lock holder counts, not only a Database.
        QLockFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.tryLock(0));
        const Snapshot closed = snapshot(path);
        QCOMPARE(BackupRestore(path).restore(dailyName()).error().code(), Error::Code::Locked);
        QVERIFY(snapshot(path) == closed);
        lock.unlock();
        QVERIFY(BackupRestore(path).restore(dailyName()).ok());
    }

    void refusesADamagedForeignOrNewerBackup_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("code");
        QTest::newRow("damaged pages") << QStringLiteral("pages") << int(Error::Code::Corrupt);
        QTest::newRow("not SQLite") << QStringLiteral("text") << int(Error::Code::NotSqlite);
        QTest::newRow("empty") << QStringLiteral("empty") << int(Error::Code::NotSqlite);
        QTest::newRow("another program's SQLite") << QStringLiteral("foreign") << int(Error::Code::NotSqlite);
        QTest::newRow("newer schema") << QStringLiteral("newer") << int(Error::Code::NewerSchema);
    }

    void refusesADamagedForeignOrNewerBackup()
    {
        QFETCH(QString, damage);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.sqlite"));
        QStringList many;
        for (int i = 0; i < 200; ++i)
            many.append(QStringLiteral("Venue %1").arg(i));
        makeClub(path, many, QDate(2026, 11, 19));
        makeClub(path, {QStringLiteral("B")});
        const QString backup = Backups(path).folder() + QLatin1Char('/') + dailyName();
        if (damage == QLatin1String("pages")) {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(4096 * 3));
            file.write(QByteArray(4096 * 4, '\xee'));
        } else if (damage == QLatin1String("text") || damage == QLatin1String("empty")) {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            if (damage == QLatin1String("text"))
                file.write("name,email\n");
        } else if (damage == QLatin1String("foreign")) {
            QVERIFY(QFile::remove(backup));
            test::writeForeignSqlite(backup);
        } else {
            const QString newer =
                QStringLiteral("PRAGMA user_version = %1").arg(Database::supportedSchemaVersion() + 1);
            QCOMPARE(answers(backup, newer, true), QStringList());
        }
        const QByteArray backupBytes = test::checksum(backup);
        const Snapshot before = snapshot(path);
        auto refused = BackupRestore(path).restore(dailyName());
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.error().code()), code);
        QVERIFY2(refused.error().message().contains(dailyName()), qPrintable(refused.error().message()));
        QVERIFY(snapshot(path) == before);
        QCOMPARE(test::checksum(backup), backupBytes);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }

    void refusesNamesOutsideTheFolder_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::newRow("parent") << QStringLiteral("../club.sqlite") << int(Error::Code::Invalid);
        QTest::newRow("parent of a copy")
            << QStringLiteral("../club.sqlite.backups/") + dailyName() << int(Error::Code::Invalid);
        QTest::newRow("dot dot") << QStringLiteral("..") << int(Error::Code::Invalid);
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << int(Error::Code::Invalid);
        QTest::newRow("backslash") << QStringLiteral("..\\club.sqlite") << int(Error::Code::Invalid);
        QTest::newRow("empty") << QString() << int(Error::Code::Invalid);
        QTest::newRow("unknown") << QStringLiteral("club-daily-1999-01-01.sqlite")
                                 << int(Error::Code::NotFound);
        QTest::newRow("not a copy") << QStringLiteral("notes.sqlite") << int(Error::Code::NotFound);
        QTest::newRow("link") << QStringLiteral("club-daily-2026-11-21.sqlite") << int(Error::Code::NotFound);
    }

    void refusesNamesOutsideTheFolder()
    {
        QFETCH(QString, name);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.sqlite"));
        makeClub(path, {QStringLiteral("A")}, QDate(2026, 11, 19));
        makeClub(path, {QStringLiteral("B")});
        const QString folder = Backups(path).folder();
        QVERIFY(
            QFile::copy(folder + QLatin1Char('/') + dailyName(), folder + QStringLiteral("/notes.sqlite")));
        // A link that looks like a copy but points out of the folder.
        const QString outside = dir.filePath(QStringLiteral("outside.sqlite"));
        QVERIFY(QFile::copy(folder + QLatin1Char('/') + dailyName(), outside));
        QVERIFY(QFile::link(outside, folder + QStringLiteral("/club-daily-2026-11-21.sqlite")));
        const Snapshot before = snapshot(path);
        auto refused = BackupRestore(path).restore(name);
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.error().code()), code);
        QVERIFY(snapshot(path) == before);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
