#include "storage/Backups.h"
#include "storage/Database.h"
#include "stores/VenueStore.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// `offkai backups …` through the real binary: what scripts see.
class TestBackupsCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    /// A database whose daily copies of 18, 19 and 20 November hold 0, 1 and 2 venues; the file holds 3.
    QString club()
    {
        const QString path = m_dir.filePath(QStringLiteral("club%1.sqlite").arg(++m_file));
        for (int day = 18; day <= 20; ++day) {
            Database::Options options;
            options.today = QDate(2026, 11, day);
            auto db = Database::open(path, options);
            if (!db)
                return {};
            Venue v;
            v.name = QStringLiteral("会場 %1").arg(day);
            if (!VenueStore(**db).insert(v))
                return {};
        }
        return path;
    }
    static int venueCount(const QString &path)
    {
        Database::Options options;
        options.mode = Database::Mode::ReadOnly;
        auto db = Database::open(path, options);
        if (!db)
            return -1;
        auto count = VenueStore(**db).count();
        return count ? *count : -1;
    }
    static QString daily(const QString &path, int day)
    {
        return QFileInfo(path).completeBaseName() + QStringLiteral("-daily-2026-11-%1.sqlite").arg(day);
    }
    static test::CommandRun backups(const QString &path, const QStringList &arguments)
    {
        return test::runOffkai(QStringList{QStringLiteral("--db"), path, QStringLiteral("backups")} +
                               arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void listsAsJsonCsvAndText()
    {
        const QString path = club();
        QVERIFY(!path.isEmpty());
        const auto json =
            backups(path, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.err.isEmpty(), qPrintable(json.err));
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 3);
        const QJsonObject newest = array.at(0).toObject();
        QCOMPARE(newest.value(QStringLiteral("id")).toString(), daily(path, 20));
        QCOMPARE(newest.value(QStringLiteral("kind")).toString(), QStringLiteral("daily"));
        QCOMPARE(newest.value(QStringLiteral("taken")).toString(), QStringLiteral("2026-11-19T15:00:00Z"));
        const QString copy = Backups(path).folder() + QLatin1Char('/') + daily(path, 20);
        QCOMPARE(newest.value(QStringLiteral("size")).toInteger(), QFileInfo(copy).size());
        QCOMPARE(array.at(2).toObject().value(QStringLiteral("id")).toString(), daily(path, 18));

        const auto csv =
            backups(path, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith("id,kind,taken,size"));
        QVERIFY(
            lines.at(1).startsWith(QByteArray(daily(path, 20).toUtf8() + ",daily,2026-11-19T15:00:00Z,")));

        const auto text = backups(path, {QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count('\n'), 3);
        QVERIFY(text.out.startsWith(QByteArray(daily(path, 20).toUtf8() + "\t2026-11-20 00:00\t")));
    }

    void listsNothingWithoutBackups()
    {
        const QString path = m_dir.filePath(QStringLiteral("none.sqlite"));
        const auto json = backups(path, {QStringLiteral("list"), QStringLiteral("--format=json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 0);
        const auto text = backups(path, {QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.isEmpty());
        QVERIFY(text.err.contains(QLatin1String("no backups")));
    }

    void restoresAndSaysWhatItDid()
    {
        const QString path = club();
        QCOMPARE(venueCount(path), 3);
        const auto run = backups(path, {QStringLiteral("restore"), daily(path, 19)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(run.out.contains(daily(path, 19).toUtf8()));
        QVERIFY(run.out.contains("-before-restore-"));
        QCOMPARE(venueCount(path), 1);
        // The file set aside is listed and restores like any copy: the restore can be undone.
        const auto json =
            backups(path, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject aside = QJsonDocument::fromJson(json.out).array().at(0).toObject();
        QCOMPARE(aside.value(QStringLiteral("kind")).toString(), QStringLiteral("before-restore"));
        const auto undo =
            backups(path, {QStringLiteral("restore"), aside.value(QStringLiteral("id")).toString()});
        QCOMPARE(undo.exitCode, 0);
        QCOMPARE(venueCount(path), 3);
    }

    void restoresADatabaseOffkaiRefusesToOpen()
    {
        const QString path = club();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        file.write(QByteArray(4000, '\xff')); // the schema page
        file.close();
        QCOMPARE(venueCount(path), -1);
        const auto run = backups(path, {QStringLiteral("restore"), daily(path, 20)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(venueCount(path), 2);
    }

    void refusesWhileAnotherOffkaiHasTheFile()
    {
        const QString path = club();
        // The real window, in a process of its own, holding the file.
        QTemporaryDir home;
        QProcess window;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        window.setProcessEnvironment(env);
        window.start(test::offkaiBinary(), {QStringLiteral("--db"), path});
        QVERIFY(window.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path + QStringLiteral(".lock")), 30000);
        QTest::qWait(1000); // let it finish opening
        const QByteArray before = test::checksum(path);
        // Opening took today's copy and pruned those of November: restore today's.
        const auto newest = Backups(path).newest();
        QVERIFY(newest);
        const auto run = backups(path, {QStringLiteral("restore"), newest->name});
        window.kill();
        window.waitForFinished();
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QLatin1String("is open in Offkai")), qPrintable(run.err));
        QCOMPARE(test::checksum(path), before);
        QVERIFY(!QDir(Backups(path).folder())
                     .entryList({QStringLiteral("*before-restore*")}, QDir::Files)
                     .size());
    }

    void refusesBadNamesAndBadCopies_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("says");
        QTest::newRow("parent") << QStringLiteral("../x") << QString()
                                << QStringLiteral("not the name of a backup");
        QTest::newRow("absolute") << QStringLiteral("/etc/hostname") << QString()
                                  << QStringLiteral("not the name of a backup");
        QTest::newRow("unknown") << QStringLiteral("nope.sqlite") << QString()
                                 << QStringLiteral("There is no backup named");
        QTest::newRow("damaged") << QString() << QStringLiteral("damaged") << QStringLiteral("is damaged");
        QTest::newRow("newer") << QString() << QStringLiteral("newer")
                               << QStringLiteral("newer version of Offkai");
    }

    void refusesBadNamesAndBadCopies()
    {
        QFETCH(QString, name);
        QFETCH(QString, damage);
        QFETCH(QString, says);
        const QString path = club();
        if (name.isEmpty())
            name = daily(path, 20);
        const QString copy = Backups(path).folder() + QLatin1Char('/') + daily(path, 20);
        if (damage == QLatin1String("damaged")) {
            QFile file(copy);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(4096));
            file.write(QByteArray(4096 * 3, '\x17'));
        } else if (damage == QLatin1String("newer")) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                db.setDatabaseName(copy);
                QVERIFY(db.open());
                QVERIFY(QSqlQuery(db).exec(
                    QStringLiteral("PRAGMA user_version = %1").arg(Database::supportedSchemaVersion() + 1)));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        }
        const QByteArray before = test::checksum(path);
        const auto run = backups(path, {QStringLiteral("restore"), name});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QCOMPARE(test::checksum(path), before);
        QCOMPARE(venueCount(path), 3);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no subcommand") << QStringList{};
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frob")};
        QTest::newRow("restore without a name") << QStringList{QStringLiteral("restore")};
        QTest::newRow("restore two names")
            << QStringList{QStringLiteral("restore"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--all")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const auto run = backups(m_dir.filePath(QStringLiteral("usage.sqlite")), arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("usage.sqlite"))));
    }

    void helpListsTheCommand()
    {
        const auto run = test::runOffkai({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("backups list|restore"));
        const auto own = backups(m_dir.filePath(QStringLiteral("help.sqlite")), {QStringLiteral("--help")});
        QCOMPARE(own.exitCode, 0);
        QVERIFY(own.out.contains("backups restore NAME"));
    }
};

QTEST_GUILESS_MAIN(TestBackupsCommand)
#include "tst_backupscommand.moc"
