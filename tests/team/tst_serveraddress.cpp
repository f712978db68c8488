#include "storage/ServerAddress.h"

#include <QtTest>

using namespace offkai;

class TestServerAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHostPortAndDatabase()
    {
        const auto a = ServerAddress::parse(QStringLiteral("postgresql://hana@db.example.org:6543/ginza"));
        QVERIFY2(a, qPrintable(a ? QString() : a.error().toString()));
        QCOMPARE(a->user(), QStringLiteral("hana"));
        QCOMPARE(a->host(), QStringLiteral("db.example.org"));
        QCOMPARE(a->port(), 6543);
        QCOMPARE(a->database(), QStringLiteral("ginza"));
        QVERIFY(!a->isLocal());
        QCOMPARE(a->sslMode(), QStringLiteral("verify-full"));
        QVERIFY(a->connectOptions().contains(QStringLiteral("sslmode=verify-full")));
        QCOMPARE(a->toDisplayString(), QStringLiteral("postgresql://hana@db.example.org:6543/ginza"));
    }

    void theDefaultPortAndTheShortScheme()
    {
        const auto a = ServerAddress::parse(QStringLiteral("postgres://hana@db.example.org/ginza"));
        QVERIFY(a);
        QCOMPARE(a->port(), 5432);
    }

    void aSocketFolderInTheHostOrAsAParameter()
    {
        const auto encoded =
            ServerAddress::parse(QStringLiteral("postgresql://hana@%2Frun%2Fpostgresql/ginza"));
        QVERIFY2(encoded, qPrintable(encoded ? QString() : encoded.error().toString()));
        QCOMPARE(encoded->host(), QStringLiteral("/run/postgresql"));
        QVERIFY(encoded->viaSocket());
        QVERIFY(encoded->isLocal());
        QCOMPARE(encoded->sslMode(), QStringLiteral("prefer"));

        const auto parameter =
            ServerAddress::parse(QStringLiteral("postgresql://hana@/ginza?host=/tmp/pg&port=5433"));
        QVERIFY2(parameter, qPrintable(parameter ? QString() : parameter.error().toString()));
        QCOMPARE(parameter->host(), QStringLiteral("/tmp/pg"));
        QCOMPARE(parameter->port(), 5433);
        // Shown and stored in the keychain the same way, and read back to the same place.
        const auto again = ServerAddress::parse(parameter->toDisplayString());
        QVERIFY2(again, qPrintable(parameter->toDisplayString()));
        QCOMPARE(again->host(), QStringLiteral("/tmp/pg"));
        QCOMPARE(again->port(), 5433);
        QCOMPARE(again->database(), QStringLiteral("ginza"));
    }

    void loopbackNeedsNoTlsButMayAskForIt()
    {
        for (const char *host : {"localhost", "127.0.0.1", "[::1]"}) {
            const auto a = ServerAddress::parse(
                QStringLiteral("postgresql://hana@%1:5432/ginza").arg(QLatin1String(host)));
            QVERIFY2(a, host);
            QVERIFY2(a->isLocal(), host);
            QCOMPARE(a->sslMode(), QStringLiteral("prefer"));
        }
        const auto strict =
            ServerAddress::parse(QStringLiteral("postgresql://hana@127.0.0.1/ginza?sslmode=verify-full"));
        QVERIFY(strict);
        QCOMPARE(strict->sslMode(), QStringLiteral("verify-full"));
    }

    void aRemoteServerWithoutVerifiedTlsIsRefused()
    {
        for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca"}) {
            const auto a = ServerAddress::parse(
                QStringLiteral("postgresql://hana@db.example.org/ginza?sslmode=%1").arg(QLatin1String(mode)));
            QVERIFY2(!a, mode);
            QVERIFY(a.error().message().contains(QStringLiteral("verify-full")));
        }
        // 127.1.2.3 is loopback; 10.0.0.1 is another machine.
        QVERIFY(ServerAddress::parse(QStringLiteral("postgresql://h@127.1.2.3/g?sslmode=disable")));
        QVERIFY(!ServerAddress::parse(QStringLiteral("postgresql://h@10.0.0.1/g?sslmode=disable")));
    }

    void incompleteOrUnknownAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("file path") << QStringLiteral("/home/hana/offkai.sqlite");
        QTest::newRow("no database") << QStringLiteral("postgresql://hana@db.example.org");
        QTest::newRow("no user") << QStringLiteral("postgresql://db.example.org/ginza");
        QTest::newRow("no host") << QStringLiteral("postgresql://hana@/ginza");
        QTest::newRow("unknown setting") << QStringLiteral("postgresql://hana@db.example.org/ginza?sslmod=x");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://hana@localhost/ginza?sslmode=maybe");
        QTest::newRow("bad port") << QStringLiteral("postgresql://hana@localhost/ginza?port=http");
    }
    void incompleteOrUnknownAddressesAreRefused()
    {
        QFETCH(QString, text);
        const auto a = ServerAddress::parse(text);
        QVERIFY2(!a, qPrintable(text));
        QCOMPARE(a.error().code(), Error::Code::Usage);
        QVERIFY(!a.error().message().isEmpty());
    }

    void aPasswordInTheAddressIsUsedButNeverShown()
    {
        const auto a = ServerAddress::parse(QStringLiteral("postgresql://hana:s%40cret@localhost/ginza"));
        QVERIFY(a);
        QCOMPARE(a->password(), QStringLiteral("s@cret"));
        QVERIFY(!a->toDisplayString().contains(QStringLiteral("cret")));
    }

    void japaneseDatabaseAndUserNames()
    {
        const auto a = ServerAddress::parse(
            QStringLiteral("postgresql://%E8%8A%B1%E5%AD%90@localhost/%E9%8A%80%E5%BA%A7"));
        QVERIFY(a);
        QCOMPARE(a->user(), QStringLiteral("花子"));
        QCOMPARE(a->database(), QStringLiteral("銀座"));
        QCOMPARE(ServerAddress::parse(a->toDisplayString())->database(), QStringLiteral("銀座"));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
