// Losing the connection to a team database (the real test server, whose backends the test terminates):
// the failure is noticed, a save cut off half-way writes nothing, the connection comes back by itself,
// what others changed meanwhile is announced, and the window's banner says each step.
#include "records/Member.h"
#include "records/Venue.h"
#include "ServerAdmin.h"
#include "shell/ConnectionBanner.h"
#include "storage/ConnectionWatch.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "stores/MemberStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace offkai;

namespace {
int counter = 0;

QString admin(const ServerAddress &address, const QStringList &statements)
{
    return test::serverAdmin(address.database(), statements);
}

QVariant adminValue(const ServerAddress &address, const QString &sql)
{
    return test::serverAdminValue(address.database(), sql);
}

qint64 backendOf(Workspace &workspace)
{
    QSqlQuery query(workspace.database().connection());
    return query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next() ? query.value(0).toLongLong()
                                                                                 : 0;
}

/// Cuts the workspace's connection as a network failure or a server restart would.
QString cut(const ServerAddress &address, Workspace &workspace)
{
    const qint64 pid = backendOf(workspace);
    if (pid == 0)
        return QStringLiteral("no backend");
    return admin(address, {QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(pid)});
}
} // namespace

class TestConnectionLoss : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::pair<ServerAddress, std::unique_ptr<Workspace>> freshWorkspace()
    {
        const QString url = test::serverAddressFor(m_dir.filePath(QStringLiteral("lost%1").arg(++counter)));
        const ServerAddress address = *ServerAddress::parse(url);
        auto db = Database::openServer(address, address.password());
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        return {address, std::make_unique<Workspace>(std::move(db).value())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        if (qEnvironmentVariableIsEmpty("OFFKAI_TEST_SERVER"))
            QFAIL(
                "No test server: run through .ci/test, or `eval \"$(bash .ci/postgres start DIR)\"` first.");
        QVERIFY(m_dir.isValid());
    }

    void aFailedSaveIsNoticedAndSavedAgainWhenTheServerIsBack()
    {
        auto [address, workspace] = freshWorkspace();
        ConnectionWatch *watch = workspace->connectionWatch();
        QVERIFY(watch);
        QVERIFY(watch->isConnected());
        Venue venue;
        venue.name = QStringLiteral("ワインバー・ヴェルデ");
        auto id = workspace->venues().insert(venue);
        QVERIFY(id);
        auto typed = workspace->venues().get(*id);
        QVERIFY(typed);
        typed->name = QStringLiteral("ワインバー・ヴェルデ 銀座店");

        QSignalSpy lost(watch, &ConnectionWatch::lost);
        QSignalSpy restored(watch, &ConnectionWatch::restored);
        QCOMPARE(cut(address, *workspace), QString());
        auto failed = workspace->venues().update(*typed);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code(), Error::Code::Unreachable);
        QVERIFY2(failed.error().message().contains(QStringLiteral("what you typed is kept")),
                 qPrintable(failed.error().message()));
        watch->noteFailure(failed.error());
        QCOMPARE(lost.size(), 1);
        QVERIFY(!watch->isConnected());
        QCOMPARE(adminValue(address, QStringLiteral("SELECT name FROM venues")).toString(),
                 QStringLiteral("ワインバー・ヴェルデ"));

        // The server is there: the first retry (a second later) reconnects by itself.
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 5000);
        QVERIFY(watch->isConnected());
        auto saved = workspace->venues().update(*typed);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        QCOMPARE(adminValue(address, QStringLiteral("SELECT name FROM venues")).toString(),
                 QStringLiteral("ワインバー・ヴェルデ 銀座店"));
    }

    void aSaveCutOffHalfWayWritesNothing()
    {
        auto [address, workspace] = freshWorkspace();
        Member member;
        member.displayName = QStringLiteral("青木 悟");
        member.reading = QStringLiteral("あおき さとる");
        member.emails = {QStringLiteral("aoki@example.jp")};
        auto id = workspace->members().insert(member);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        auto edited = workspace->members().get(*id);
        QVERIFY(edited);
        edited->displayName = QStringLiteral("青木 悟志");
        edited->emails = {QStringLiteral("satoshi@example.jp"), QStringLiteral("aoki@example.jp")};

        // The connection dies after the member's row was written and before its addresses are: the server
        // rolls the whole save back.
        const qint64 pid = backendOf(*workspace);
        QCOMPARE(
            admin(address,
                  {QStringLiteral("CREATE FUNCTION cut_off() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                  "IF pg_backend_pid() = %1 THEN PERFORM pg_terminate_backend(%1); END IF; "
                                  "RETURN NEW; END $$")
                       .arg(pid),
                   QStringLiteral("CREATE TRIGGER cut_off BEFORE INSERT ON member_emails FOR EACH ROW "
                                  "EXECUTE FUNCTION cut_off()")}),
            QString());
        auto failed = workspace->members().update(*edited);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code(), Error::Code::Unreachable);
        QCOMPARE(adminValue(address, QStringLiteral("SELECT display_name FROM members")).toString(),
                 QStringLiteral("青木 悟"));
        QCOMPARE(adminValue(address, QStringLiteral("SELECT string_agg(email, ',') FROM member_emails"))
                     .toString(),
                 QStringLiteral("aoki@example.jp"));
        QCOMPARE(admin(address, {QStringLiteral("DROP TRIGGER cut_off ON member_emails")}), QString());

        QVERIFY(workspace->connectionWatch()->checkNow());
        auto saved = workspace->members().update(*edited);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        QCOMPARE(adminValue(address, QStringLiteral("SELECT display_name FROM members")).toString(),
                 QStringLiteral("青木 悟志"));
        QCOMPARE(adminValue(address, QStringLiteral("SELECT string_agg(email, ',' ORDER BY position) FROM "
                                                    "member_emails"))
                     .toString(),
                 QStringLiteral("satoshi@example.jp,aoki@example.jp"));
    }

    void theBannerFollowsAndOthersChangesAreCaughtUp()
    {
        auto [address, workspace] = freshWorkspace();
        Venue venue;
        venue.name = QStringLiteral("貸会議室A");
        auto id = workspace->venues().insert(venue);
        QVERIFY(id);
        ConnectionWatch *watch = workspace->connectionWatch();
        watch->setHeartbeatInterval(100);
        watch->checkNow(); // the change log's newest id, as a heartbeat would have read it

        ConnectionBanner banner;
        banner.follow(watch);
        QSignalSpy reconnected(&banner, &ConnectionBanner::reconnected);
        QSignalSpy updated(&workspace->venues(), &VenueStore::venueUpdated);
        QVERIFY(banner.isHidden());

        QCOMPARE(cut(address, *workspace), QString());
        // Another organizer renames the venue while this window cannot hear about it.
        QCOMPARE(admin(address, {QStringLiteral("UPDATE venues SET name = '貸会議室B'")}), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!banner.isHidden(), 3000); // the heartbeat noticed, with no save
        QVERIFY2(banner.text().contains(QStringLiteral("lost")), qPrintable(banner.text()));
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.size(), 1, 5000);
        QVERIFY2(banner.text().contains(QStringLiteral("again")), qPrintable(banner.text()));
        QVERIFY(updated.contains(QVariantList{*id}));
        auto seen = workspace->venues().get(*id);
        QVERIFY(seen);
        QCOMPARE(seen->name, QStringLiteral("貸会議室B"));
        QTRY_VERIFY_WITH_TIMEOUT(banner.isHidden(), 8000);
    }

    void anUnreachableServerKeepsTryingLongerApart()
    {
        auto [address, workspace] = freshWorkspace();
        ConnectionWatch *watch = workspace->connectionWatch();
        // No server answers at this address: close the connection and point it at a closed port.
        QSqlDatabase db = workspace->database().connection();
        QCOMPARE(cut(address, *workspace), QString());
        db.close();
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(1); // nothing listens there
        QVERIFY(!watch->checkNow());
        QVERIFY(!watch->isConnected());
        const int first = watch->retryInterval();
        QVERIFY(!watch->checkNow());
        QVERIFY(watch->retryInterval() > first);
        QVERIFY(watch->retryInterval() <= ConnectionWatch::kLongestRetryMs);
        // A save meanwhile is refused before anything is sent, and says why.
        Venue venue;
        venue.name = QStringLiteral("貸会議室");
        auto refused = workspace->venues().insert(venue);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::Unreachable);
        QVERIFY2(refused.error().message().contains(QStringLiteral("what you typed is kept")),
                 qPrintable(refused.error().message()));
    }
};

QTEST_MAIN(TestConnectionLoss)
#include "tst_connectionloss.moc"
