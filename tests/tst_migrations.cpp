#include "storage/Database.h"
#include "storage/Migrations.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase openRaw(const QString &path, const QString &name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        return db;
    }
    static QStringList tables(QSqlDatabase db)
    {
        QStringList names;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table', 'index', 'trigger') "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (q.next())
            names.append(q.value(0).toString());
        return names;
    }

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }

    void splitKeepsTriggersStringsAndComments()
    {
        const QString script =
            QStringLiteral("-- a comment; with a semicolon\n"
                           "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
                           "/* block; comment */ CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                           "  INSERT INTO a VALUES ('x'';y'); SELECT CASE WHEN 1 THEN 2 END;\n"
                           "END;\n"
                           "CREATE TABLE \"b;c\" (y);\n"
                           "SELECT 1");
        const QStringList statements = Migrations::splitStatements(script);
        QCOMPARE(statements.size(), 4);
        QVERIFY(statements.at(0).startsWith(QLatin1String("CREATE TABLE a")));
        QVERIFY(statements.at(0).contains(QLatin1String("'a;b'")));
        QVERIFY(statements.at(1).startsWith(QLatin1String("CREATE TRIGGER t")));
        QVERIFY(statements.at(1).endsWith(QLatin1String("END")));
        QVERIFY(statements.at(1).contains(QLatin1String("'x'';y'")));
        QCOMPARE(statements.at(2), QStringLiteral("CREATE TABLE \"b;c\" (y)"));
        QCOMPARE(statements.at(3), QStringLiteral("SELECT 1"));
    }

    void bundledSchemaIsNumberedWithoutGaps()
    {
        const Migrations migrations;
        QVERIFY2(!migrations.loadError().isError(), qPrintable(migrations.loadError().toString()));
        QVERIFY(migrations.latestVersion() >= 1);
        for (qsizetype i = 0; i < migrations.steps().size(); ++i)
            QCOMPARE(migrations.steps().at(i).version, int(i + 1));
    }

    void freshDatabaseGetsEveryTable()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        QCOMPARE((*db)->schemaVersion(), Database::supportedSchemaVersion());
        const QStringList names = tables((*db)->connection());
        for (const char *table : {"venues", "venue_stations", "members", "tags", "member_tags", "events",
                                  "participations", "reports"})
            QVERIFY2(names.contains(QString::fromLatin1(table)), table);
        // A fresh file has nothing to lose: no migration backup is taken.
        QVERIFY(QDir(dir.filePath(QStringLiteral("fresh.sqlite.backups")))
                    .entryList({QStringLiteral("*-before-*")}, QDir::Files)
                    .isEmpty());
    }

    void stepwiseUpgradeAppliesEachStepOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("steps.sqlite"));
        const Migrations migrations(QStringLiteral(":/test/schema-steps"));
        QVERIFY(!migrations.loadError().isError());
        QCOMPARE(migrations.latestVersion(), 3);
        {
            QSqlDatabase db = openRaw(path, QStringLiteral("steps"));
            QVERIFY(migrations.migrate(db, 1).ok());
            QCOMPARE(*Migrations::userVersion(db), 1);
            QVERIFY(!tables(db).contains(QStringLiteral("emails")));
            QVERIFY(migrations.migrate(db, 2).ok());
            QCOMPARE(*Migrations::userVersion(db), 2);
            QVERIFY(tables(db).contains(QStringLiteral("emails")));
            QVERIFY(!tables(db).contains(QStringLiteral("emails_address")));
            int calls = 0;
            QVERIFY(migrations
                        .migrate(db, -1,
                                 [&calls](int from, int to) -> Result<void> {
                                     ++calls;
                                     [&] {
                                         QCOMPARE(from, 2);
                                         QCOMPARE(to, 3);
                                     }();
                                     return {};
                                 })
                        .ok());
            QCOMPARE(calls, 1);
            QCOMPARE(*Migrations::userVersion(db), 3);
            QVERIFY(tables(db).contains(QStringLiteral("emails_address")));
            // The trigger from step 1 survived the splitter intact.
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE people SET name = 'x' WHERE id = 1")));
            QVERIFY(q.exec(QStringLiteral("SELECT entry FROM log")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("changed; x"));
            // Up to date: nothing more runs, the hook is not called.
            QVERIFY(migrations
                        .migrate(db, -1,
                                 [&calls](int, int) -> Result<void> {
                                     ++calls;
                                     return {};
                                 })
                        .ok());
            QCOMPARE(calls, 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("steps"));
    }

    void stepsAreIdempotent()
    {
        QTemporaryDir dir;
        const Migrations migrations(QStringLiteral(":/test/schema-steps"));
        {
            QSqlDatabase db = openRaw(dir.filePath(QStringLiteral("twice.sqlite")), QStringLiteral("twice"));
            QVERIFY(migrations.migrate(db).ok());
            const QStringList before = tables(db);
            // Running every step again (as after an interruption between steps) changes nothing.
            for (const auto &step : migrations.steps())
                QVERIFY(migrations.applyStep(db, step).ok());
            QCOMPARE(tables(db), before);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM people")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM emails")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("twice"));
    }

    void bundledSchemaIsIdempotent()
    {
        QTemporaryDir dir;
        const Migrations migrations;
        {
            QSqlDatabase db =
                openRaw(dir.filePath(QStringLiteral("bundled.sqlite")), QStringLiteral("bundled"));
            QVERIFY(migrations.migrate(db).ok());
            const QStringList before = tables(db);
            for (const auto &step : migrations.steps())
                QVERIFY2(migrations.applyStep(db, step).ok(), qPrintable(step.name));
            QCOMPARE(tables(db), before);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bundled"));
    }

    void failingStepLeavesThePreviousVersion()
    {
        QTemporaryDir dir;
        const Migrations migrations(QStringLiteral(":/test/schema-broken"));
        {
            QSqlDatabase db =
                openRaw(dir.filePath(QStringLiteral("broken.sqlite")), QStringLiteral("broken"));
            auto result = migrations.migrate(db);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code(), Error::Code::Migration);
            QVERIFY(result.error().detail().contains(QLatin1String("003_fails")));
            QCOMPARE(*Migrations::userVersion(db), 2);
            // The half of step 3 that ran was rolled back with it.
            QVERIFY(!tables(db).contains(QStringLiteral("half_done")));
            QVERIFY(tables(db).contains(QStringLiteral("emails")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("broken"));
    }

    void upgradeThroughDatabaseTakesABackupFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const Migrations migrations(QStringLiteral(":/test/schema-steps"));
        {
            QSqlDatabase db = openRaw(path, QStringLiteral("old"));
            QVERIFY(migrations.migrate(db, 1).ok());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        const QByteArray before = test::checksum(path);

        Database::Options options;
        options.migrationsFolder = QStringLiteral(":/test/schema-steps");
        options.dailyBackup = false;
        {
            auto db = Database::open(path, options);
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
            QCOMPARE((*db)->schemaVersion(), 3);
        }
        const QStringList backups =
            QDir(path + QStringLiteral(".backups"))
                .entryList({QStringLiteral("old-before-v1-to-v3-*.sqlite")}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        // The backup is the database as it was before the migration.
        {
            QSqlDatabase copy =
                openRaw(path + QStringLiteral(".backups/") + backups.constFirst(), QStringLiteral("copy"));
            QCOMPARE(*Migrations::userVersion(copy), 1);
            QVERIFY(!tables(copy).contains(QStringLiteral("emails")));
            QSqlQuery q(copy);
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM people")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("O'Brien; the first"));
            copy.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        QVERIFY(test::checksum(path) != before);
    }
    void blogAccountsGetTheirOwnKeychainIds()
    {
        // Version 7 gives every existing blog account a keychain id of its own, even two accounts at the same
        // address with the same user, and a row added without one gets one too.
        QTemporaryDir dir;
        const Migrations migrations;
        QVERIFY(migrations.latestVersion() >= 7);
        {
            QSqlDatabase db = openRaw(dir.filePath(QStringLiteral("v6.sqlite")), QStringLiteral("v6"));
            QVERIFY(migrations.migrate(db, 6).ok());
            QSqlQuery q(db);
            for (const char *name : {"one", "two"})
                QVERIFY(
                    q.exec(QStringLiteral("INSERT INTO blog_accounts (name, kind, url, user_name) "
                                          "VALUES ('%1', 'wordpress', 'https://blog.example.com', 'alice')")
                               .arg(QLatin1String(name))));
            QVERIFY(migrations.migrate(db, 7).ok());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO blog_accounts (name, kind, url, user_name) "
                                      "VALUES ('three', 'wordpress', 'https://blog.example.com', 'alice')")));
            QVERIFY(q.exec(QStringLiteral("SELECT keychain_id FROM blog_accounts ORDER BY id")));
            QStringList ids;
            while (q.next())
                ids.append(q.value(0).toString());
            QCOMPARE(ids.size(), 3);
            static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
            for (const QString &id : std::as_const(ids))
                QVERIFY2(hex.match(id).hasMatch(), qPrintable(id));
            QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 3);
            // Running the step again (idempotence) keeps the ids.
            QVERIFY(migrations.applyStep(db, migrations.steps().at(6)).ok());
            QVERIFY(q.exec(QStringLiteral("SELECT keychain_id FROM blog_accounts ORDER BY id")));
            for (const QString &id : std::as_const(ids))
                QVERIFY(q.next() && q.value(0).toString() == id);
            // Two accounts cannot share one.
            QVERIFY(!q.exec(QStringLiteral("UPDATE blog_accounts SET keychain_id = '%1'").arg(ids.first())));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v6"));
    }
    void memberAccountsArriveEmptyAndChecked()
    {
        // Version 11 adds the members' service accounts and the minutes of online participants; existing
        // members keep everything and have no account yet.
        QTemporaryDir dir;
        const Migrations migrations;
        QVERIFY(migrations.latestVersion() >= 11);
        {
            QSqlDatabase db = openRaw(dir.filePath(QStringLiteral("v10.sqlite")), QStringLiteral("v10"));
            QVERIFY(migrations.migrate(db, 10).ok());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO members (display_name) VALUES ('佐藤 花子')")));
            const qint64 id = q.lastInsertId().toLongLong();
            QVERIFY(migrations.migrate(db, 11).ok());
            QVERIFY(q.exec(QStringLiteral("SELECT display_name FROM members")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("佐藤 花子"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM member_accounts")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('participations') "
                                          "WHERE name = 'minutes_attended'")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            const auto insert = [&](const QString &service, const QString &account) {
                return q.exec(QStringLiteral("INSERT INTO member_accounts (member_id, service, account, "
                                             "account_key) VALUES (%1, '%2', '%3', lower('%3'))")
                                  .arg(id)
                                  .arg(service, account));
            };
            QVERIFY(insert(QStringLiteral("connpass"), QStringLiteral("Hanako_S")));
            QVERIFY(!insert(QStringLiteral("connpass"), QStringLiteral("other"))); // one per service
            QVERIFY(!insert(QStringLiteral("myspace"), QStringLiteral("hanako"))); // a known service
            QVERIFY(!insert(QStringLiteral("meetup"), QStringLiteral("  ")));      // not blank
            QVERIFY(insert(QStringLiteral("meetup"), QStringLiteral("271828")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v10"));
    }
    void communitySettingsArriveEmptyWithOneRowPerKey()
    {
        // Version 12 adds the community's settings: an existing community keeps everything and reads the
        // defaults (no row), and each setting is one row.
        QTemporaryDir dir;
        const Migrations migrations;
        QVERIFY(migrations.latestVersion() >= 12);
        {
            QSqlDatabase db = openRaw(dir.filePath(QStringLiteral("v11.sqlite")), QStringLiteral("v11"));
            QVERIFY(migrations.migrate(db, 11).ok());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO members (display_name) VALUES ('佐藤 花子')")));
            QVERIFY(!tables(db).contains(QStringLiteral("community_settings")));
            QVERIFY(migrations.migrate(db, 12).ok());
            QCOMPARE(*Migrations::userVersion(db), 12);
            QVERIFY(q.exec(QStringLiteral("SELECT display_name FROM members")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("佐藤 花子"));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM community_settings")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO community_settings VALUES ('name', '異業種交流会')")));
            QVERIFY(!q.exec(
                QStringLiteral("INSERT INTO community_settings VALUES ('name', 'again')")));     // one row
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO community_settings VALUES ('', 'x')"))); // a key
            QVERIFY(
                !q.exec(QStringLiteral("INSERT INTO community_settings VALUES ('theme', NULL)"))); // a value
            // Running the step again (idempotence) keeps the rows.
            QVERIFY(migrations.applyStep(db, migrations.steps().at(11)).ok());
            QVERIFY(q.exec(QStringLiteral("SELECT value FROM community_settings WHERE key = 'name'")) &&
                    q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("異業種交流会"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v11"));
    }
    void applicationAndShortMapArriveEmpty()
    {
        // Version 13 adds how to apply to an event and by when, and a venue's short map link; events and
        // venues of before keep everything and have none.
        QTemporaryDir dir;
        const Migrations migrations;
        QVERIFY(migrations.latestVersion() >= 13);
        {
            QSqlDatabase db = openRaw(dir.filePath(QStringLiteral("v11.sqlite")), QStringLiteral("v11"));
            QVERIFY(migrations.migrate(db, 11).ok());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO venues (name) VALUES ('ワインバー')")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO events (title, kind, starts_at, time_zone, uid) VALUES "
                                      "('第2回オフ会', 'offline_meetup', '2013-08-29T10:30:00Z', "
                                      "'Asia/Tokyo', 'u1')")));
            QVERIFY(migrations.migrate(db, 13).ok());
            QVERIFY(q.exec(QStringLiteral("SELECT title, how_to_apply, apply_by FROM events")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("第2回オフ会"));
            QCOMPARE(q.value(1).toString(), QString());
            QVERIFY(q.value(2).isNull());
            QVERIFY(q.exec(QStringLiteral("SELECT name, short_map_url FROM venues")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ワインバー"));
            QCOMPARE(q.value(1).toString(), QString());
            QVERIFY(q.exec(
                QStringLiteral("UPDATE events SET apply_by = '2013-08-27', how_to_apply = 'connpass'")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE events SET apply_by = '27 Aug'"))); // an ISO date or none
            QVERIFY(q.exec(QStringLiteral("UPDATE venues SET short_map_url = 'https://maps.app.goo.gl/x'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v11"));
    }
    void searchTextIsRebuiltAfterVersion14()
    {
        // Version 14 marks every member's search text stale, so that the search index rebuilds it with
        // every field (MemberSearchIndex, tst_membersearchindex) when the database next opens; the members
        // themselves keep everything.
        QTemporaryDir dir;
        const Migrations migrations;
        QVERIFY(migrations.latestVersion() >= 14);
        {
            QSqlDatabase db = openRaw(dir.filePath(QStringLiteral("v13.sqlite")), QStringLiteral("v13"));
            QVERIFY(migrations.migrate(db, 13).ok());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO members (display_name) VALUES ('佐藤 花子')")));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO member_profiles (member_id, skills, sort_key, "
                                           "search_notes) VALUES (1, 'ワインテイスティング', 'さとう', '') "
                                           "ON CONFLICT (member_id) DO UPDATE SET skills = excluded.skills, "
                                           "sort_key = excluded.sort_key, search_notes = ''")),
                     qPrintable(q.lastError().text()));
            QVERIFY(migrations.migrate(db, 14).ok());
            QCOMPARE(*Migrations::userVersion(db), 14);
            QVERIFY(
                q.exec(QStringLiteral("SELECT m.display_name, p.skills, p.sort_key IS NULL FROM members m "
                                      "JOIN member_profiles p ON p.member_id = m.id")) &&
                q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("佐藤 花子"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("ワインテイスティング"));
            QVERIFY(q.value(2).toBool());
            // Running the step again only marks the rows again.
            QVERIFY(migrations.applyStep(db, migrations.steps().at(13)).ok());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM member_profiles")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v13"));
    }
    void venuesEventsAndReportsGetVersionsThatEveryWriteBumps()
    {
        // Version 16 gives venues, events and reports a row version, 1 for the rows of before; every UPDATE
        // that does not set it adds one (VenueStore, EventStore and ReportStore write over the version read).
        QTemporaryDir dir;
        const Migrations migrations;
        QVERIFY(migrations.latestVersion() >= 16);
        {
            QSqlDatabase db = openRaw(dir.filePath(QStringLiteral("v15.sqlite")), QStringLiteral("v15"));
            QVERIFY(migrations.migrate(db, 15).ok());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO venues (name) VALUES ('ワインバー')")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO events (title, kind, starts_at, time_zone, uid) VALUES "
                                      "('第2回オフ会', 'offline_meetup', '2013-08-29T10:30:00Z', "
                                      "'Asia/Tokyo', 'u1')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO reports (event_id, title) VALUES (1, 'レポート')")));
            QVERIFY(migrations.migrate(db, 16).ok());
            for (const QString &table :
                 {QStringLiteral("venues"), QStringLiteral("events"), QStringLiteral("reports")}) {
                QVERIFY(q.exec(QStringLiteral("SELECT row_version FROM %1").arg(table)) && q.next());
                QCOMPARE(q.value(0).toInt(), 1);
                QVERIFY(q.exec(QStringLiteral("UPDATE %1 SET created_at = created_at").arg(table)));
                QVERIFY(q.exec(QStringLiteral("UPDATE %1 SET row_version = 7").arg(table))); // set: kept
                QVERIFY(q.exec(QStringLiteral("UPDATE %1 SET updated_at = updated_at").arg(table)));
                QVERIFY(q.exec(QStringLiteral("SELECT row_version FROM %1").arg(table)) && q.next());
                QCOMPARE(q.value(0).toInt(), 8);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v15"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
