#include "records/Venue.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/DatabaseUpkeep.h"
#include "storage/Transaction.h"
#include "stores/VenueStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestDatabaseUpkeep : public QObject
{
    Q_OBJECT

    static const QDate today() { return QDate(2026, 12, 6); }

    static void fill(Database &db, int venues, int from = 0)
    {
        Transaction transaction(db.connection());
        VenueStore store(db);
        for (int i = from; i < from + venues; ++i) {
            Venue v;
            v.name = QStringLiteral("Venue %1 — 会場").arg(i);
            v.address = QStringLiteral("東京都中央区銀座%1丁目").arg(i).repeated(4);
            v.notes = QString(300, QLatin1Char('n'));
            QVERIFY(store.insert(v).ok());
        }
        QVERIFY(transaction.commit().ok());
    }

    /// A database of `venues` venues, made without a daily copy.
    static void create(const QString &path, int venues)
    {
        Database::Options options;
        options.dailyBackup = false;
        auto db = Database::open(path, options);
        QVERIFY(db.ok());
        fill(**db, venues);
    }

    static std::unique_ptr<Database> openDeferred(const QString &path)
    {
        Database::Options options;
        options.dailyBackup = false;
        options.deferIntegrityCheck = true;
        options.today = today();
        auto db = Database::open(path, options);
        if (!db) {
            qWarning() << db.error().toString();
            return nullptr;
        }
        return std::move(db).value();
    }

    /// Scribbles over b-tree pages in the middle of the file, leaving its header and schema intact.
    static void damage(const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        for (qint64 page = 3; page < 6; ++page) {
            QVERIFY(file.seek(page * 4096));
            file.write(QByteArray(4096, char(0x5a)));
        }
    }

    static int venuesIn(const QString &copy)
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            db.setDatabaseName(copy);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("PRAGMA quick_check")) && query.next() &&
                    query.value(0).toString() == QLatin1String("ok") &&
                    query.exec(QStringLiteral("SELECT count(*) FROM venues")) && query.next())
                    count = query.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        return count;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void aDeferredOpenLeavesTheDamageForTheCheckToFind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.sqlite"));
        create(path, 200);
        damage(path);
        const QByteArray before = test::checksum(path);
        auto db = openDeferred(path);
        QVERIFY(db);
        QVERIFY(db->integrityCheckDeferred());

        DatabaseUpkeep upkeep(path, true, true, today());
        QVERIFY(upkeep.hasWork());
        QSignalSpy damaged(&upkeep, &DatabaseUpkeep::damaged);
        QSignalSpy finished(&upkeep, &DatabaseUpkeep::finished);
        upkeep.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(damaged.size(), 1);
        const auto error = damaged.at(0).at(0).value<Error>();
        QCOMPARE(int(error.code()), int(Error::Code::Corrupt));
        QVERIFY2(error.message().contains(QStringLiteral("damaged")), qPrintable(error.message()));
        QVERIFY(!error.detail().isEmpty());
        // A damaged file is never copied: the copy would push an intact older one out of the kept days.
        QCOMPARE(finished.at(0).at(0).toString(), QString());
        QVERIFY(Backups(path).dailyCopies().isEmpty());
        // Opened, checked and closed: the damaged file itself is as it was.
        db.reset();
        QCOMPARE(test::checksum(path), before);
    }

    void theDaysCopyIsOneSnapshotWhileTheWindowWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.sqlite"));
        auto db = openDeferred(path);
        QVERIFY(db);
        fill(*db, 3000);
        DatabaseUpkeep upkeep(path, db->integrityCheckDeferred(), true, today());
        QSignalSpy damaged(&upkeep, &DatabaseUpkeep::damaged);
        QSignalSpy finished(&upkeep, &DatabaseUpkeep::finished);
        upkeep.start();
        // The window goes on writing while the worker checks and copies.
        int written = 3000;
        while (finished.isEmpty() && written < 20000) {
            fill(*db, 10, written);
            written += 10;
            QCoreApplication::processEvents();
        }
        if (finished.isEmpty())
            QVERIFY(finished.wait(20000));
        QCOMPARE(damaged.size(), 0);
        const QString copy = finished.at(0).at(0).toString();
        QVERIFY(!copy.isEmpty());
        QCOMPARE(Backups(path).dailyCopies().size(), 1);
        const int copied = venuesIn(copy);
        // Sound, and a committed state: at least what existed when it started, at most what exists now.
        QVERIFY2(copied >= 3000 && copied <= written, qPrintable(QString::number(copied)));
        // Today's copy exists now, and the check was done: nothing is left to do on the next opening.
        QVERIFY(!DatabaseUpkeep(path, false, true, today()).hasWork());
    }

    void stoppingGivesTheCopyUpAndLeavesNoPart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.sqlite"));
        auto db = openDeferred(path);
        QVERIFY(db);
        fill(*db, 20000);
        {
            DatabaseUpkeep upkeep(path, false, true, today());
            QSignalSpy spy(&upkeep, &DatabaseUpkeep::finished);
            upkeep.start();
            QVERIFY(upkeep.isRunning());
            upkeep.stop();
            QVERIFY(!upkeep.isRunning());
            QCoreApplication::processEvents();
            // Given up: no word of an outcome reaches the window.
            QCOMPARE(spy.size(), 0);
        }
        const QStringList left = QDir(Backups(path).folder()).entryList(QDir::Files);
        for (const QString &name : left)
            QVERIFY2(!name.endsWith(QLatin1String(".part")), qPrintable(name));
        // Whatever was finished is a whole copy; otherwise the next opening takes it again.
        if (!Backups(path).dailyCopies().isEmpty())
            QVERIFY(venuesIn(Backups(path).dailyCopies().constFirst()) == 20000);
        else
            QVERIFY(DatabaseUpkeep(path, false, true, today()).hasWork());
    }

    void aFileToMigrateIsCheckedInFullEvenWhenTheCheckMayWait()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        create(path, 200);
        damage(path);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Database::supportedSchemaVersion() - 1)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray before = test::checksum(path);
        Database::Options options;
        options.deferIntegrityCheck = true;
        auto db = Database::open(path, options);
        QVERIFY(!db.ok());
        QCOMPARE(int(db.error().code()), int(Error::Code::Corrupt));
        QCOMPARE(test::checksum(path), before);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUpkeep)
#include "tst_databaseupkeep.moc"
