#include "storage/Backups.h"
#include "storage/Database.h"
#include "stores/VenueStore.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestBackups : public QObject
{
    Q_OBJECT

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
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
