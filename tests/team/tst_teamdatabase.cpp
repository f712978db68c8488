// Opening team databases on a real PostgreSQL server (the throw-away cluster .ci/test starts): set-up,
// migration, and every refusal with nothing changed on the server.
#include "ServerAdmin.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/ServerAddress.h"
#include "TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QtTest>

using namespace offkai;

namespace {
// Setting up and reading the databases behind the app's back, as the server's superuser.
const auto admin = &test::serverAdmin;
const auto adminValue = &test::serverAdminValue;

int freshCounter = 0;
} // namespace

class TestTeamDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// A new, empty database on the test server and its address.
    ServerAddress freshDatabase()
    {
        const QString url =
            test::serverAddressFor(m_dir.filePath(QStringLiteral("db%1").arg(++freshCounter)));
        return *ServerAddress::parse(url);
    }
    /// The same database over TCP with a password (scram-sha-256, as a real server asks).
    ServerAddress overTcp(const ServerAddress &address, const QString &extra = {})
    {
        auto tcp = ServerAddress::parse(qEnvironmentVariable("OFFKAI_TEST_SERVER_TCP") + extra);
        return tcp->withDatabase(address.database());
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        if (qEnvironmentVariableIsEmpty("OFFKAI_TEST_SERVER") ||
            qEnvironmentVariableIsEmpty("OFFKAI_TEST_SERVER_TCP"))
            QFAIL(
                "No test server: run through .ci/test, or `eval \"$(bash .ci/postgres start DIR)\"` first.");
        QVERIFY(m_dir.isValid());
    }

    void anEmptyDatabaseIsSetUpAtTheLatestSchema()
    {
        const ServerAddress address = freshDatabase();
        Database::Options options;
        auto db = Database::openServer(address, QString(), options);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
        QVERIFY((*db)->isServer());
        QCOMPARE((*db)->schemaVersion(), Database::supportedSchemaVersion());
        QCOMPARE(Migrations(Migrations::defaultFolder(Backend::PostgreSql)).latestVersion(),
                 Migrations().latestVersion());
        QCOMPARE((*db)->path(), address.toDisplayString());
        QCOMPARE((*db)->serverUser(), QStringLiteral("postgres"));
        db->reset();
        // Opening again finds it ready and changes nothing.
        auto again = Database::openServer(address, QString());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE((*again)->schemaVersion(), Database::supportedSchemaVersion());
    }

    void twoOrganizersOpeningANewDatabaseTogetherSetItUpOnce()
    {
        const ServerAddress address = freshDatabase();
        auto first = Database::openServer(address, QString());
        auto second = Database::openServer(address, QString());
        QVERIFY2(first && second, "both open");
        QCOMPARE((*second)->schemaVersion(), Database::supportedSchemaVersion());
        QCOMPARE(adminValue(address.database(), QStringLiteral("SELECT count(*) FROM offkai_schema")).toInt(),
                 1);
    }

    void aWrongPasswordIsRefused()
    {
        const ServerAddress address = overTcp(freshDatabase());
        auto db = Database::openServer(address, QStringLiteral("not-the-password"));
        QVERIFY(!db);
        QCOMPARE(db.error().code(), Error::Code::Unauthorized);
        QVERIFY(db.error().message().contains(QStringLiteral("password")));
        // And the right one is accepted.
        auto right = Database::openServer(address, qEnvironmentVariable("OFFKAI_TEST_SERVER_PASSWORD"));
        QVERIFY2(right, qPrintable(right ? QString() : right.error().toString()));
    }

    void anUnreachableServerIsSaidSo()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        const auto address = ServerAddress::parse(
            QStringLiteral("postgresql://postgres@127.0.0.1:%1/offkai?connect_timeout=3").arg(closedPort));
        QVERIFY(address);
        auto db = Database::openServer(*address, QStringLiteral("x"));
        QVERIFY(!db);
        QCOMPARE(db.error().code(), Error::Code::Unreachable);
        QVERIFY(db.error().message().contains(QStringLiteral("could not reach")));
    }

    void aServerWithoutTlsIsRefusedWhereTlsIsRequired()
    {
        // The test server has no TLS; asking for verify-full (the rule for any other machine) must refuse.
        const ServerAddress address = overTcp(freshDatabase(), QStringLiteral("?sslmode=verify-full"));
        QCOMPARE(address.sslMode(), QStringLiteral("verify-full"));
        auto db = Database::openServer(address, qEnvironmentVariable("OFFKAI_TEST_SERVER_PASSWORD"));
        QVERIFY(!db);
        QCOMPARE(db.error().code(), Error::Code::Insecure);
        QVERIFY(db.error().message().contains(QStringLiteral("TLS")));
        QVERIFY(!adminValue(address.database(), QStringLiteral("SELECT to_regclass('offkai_schema') IS NULL"))
                     .toBool() == false);
    }

    void aMissingDatabaseIsNamed()
    {
        const auto address = freshDatabase().withDatabase(QStringLiteral("no_such_database"));
        auto db = Database::openServer(address, QString());
        QVERIFY(!db);
        QCOMPARE(db.error().code(), Error::Code::NotFound);
        QVERIFY(db.error().message().contains(QStringLiteral("no_such_database")));
    }

    void aDatabaseMadeByANewerOffkaiIsLeftAlone()
    {
        const ServerAddress address = freshDatabase();
        QVERIFY(Database::openServer(address, QString()));
        const int newer = Database::supportedSchemaVersion() + 1;
        QCOMPARE(
            admin(address.database(), {QStringLiteral("UPDATE offkai_schema SET version = %1").arg(newer),
                                       QStringLiteral("DROP TABLE community_settings")}),
            QString());
        auto db = Database::openServer(address, QString());
        QVERIFY(!db);
        QCOMPARE(db.error().code(), Error::Code::NewerSchema);
        QVERIFY(db.error().message().contains(QString::number(newer)));
        QCOMPARE(adminValue(address.database(), QStringLiteral("SELECT version FROM offkai_schema")).toInt(),
                 newer);
        QVERIFY(
            adminValue(address.database(), QStringLiteral("SELECT to_regclass('community_settings') IS NULL"))
                .toBool());
    }

    void aDatabaseThatIsNotOffkaisIsLeftAlone()
    {
        const ServerAddress address = freshDatabase();
        QCOMPARE(admin(address.database(),
                       {QStringLiteral("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)"),
                        QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")}),
                 QString());
        auto db = Database::openServer(address, QString());
        QVERIFY(!db);
        QVERIFY(db.error().message().contains(QStringLiteral("not an Offkai team database")));
        QCOMPARE(adminValue(address.database(),
                            QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                     .toInt(),
                 1);
    }

    void aUserWithoutRightsCannotSetUpADatabase()
    {
        const ServerAddress address = freshDatabase();
        const QString role = QStringLiteral("guest_") + address.database();
        QCOMPARE(admin(QStringLiteral("postgres"),
                       {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'guest-pass'").arg(role)}),
                 QString());
        // PostgreSQL 15 lets only the database owner create tables in `public`.
        const auto asGuest = ServerAddress::parse(QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                                                      .arg(role)
                                                      .arg(overTcp(address).port())
                                                      .arg(address.database()));
        QVERIFY(asGuest);
        auto db = Database::openServer(*asGuest, QStringLiteral("guest-pass"));
        QVERIFY(!db);
        QCOMPARE(db.error().code(), Error::Code::Unauthorized);
        QVERIFY2(db.error().message().contains(QStringLiteral("may not set it up")),
                 qPrintable(db.error().message()));
        QVERIFY(adminValue(address.database(), QStringLiteral("SELECT to_regclass('offkai_schema') IS NULL"))
                    .toBool());
    }
};

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
