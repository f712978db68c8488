#include "FakeHatenaServer.h"
#include "FakeWordPressServer.h"
#include "storage/Database.h"
#include "stores/BlogAccountStore.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/DemoDatabase.h"
#include "workflows/ReportPublisher.h"

#include <optional>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;
using namespace offkai::test;

namespace {
const QString kHatenaId = QStringLiteral("offkai-test");
const QString kApiKey = QStringLiteral("k3yF0rTheTest");
const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("abcd EFGH 1234 ijkl MNOP 5678");
} // namespace

/// A publication interrupted after the blog created the post never leads to a second post: the real
/// `offkai reports publish` is killed while the blog is answering (the post exists, nothing reached the
/// database), or the database refuses the record; publishing again updates the one post.
class TestPublishRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_report = 0;

    qint64 addAccount(BlogAccount::Kind kind, const QString &name, const QUrl &url, const QString &user)
    {
        auto w = openWorkspace(m_db);
        BlogAccount account;
        account.kind = kind;
        account.name = name;
        account.url = url;
        account.userName = user;
        auto id = w->blogAccounts().insert(account);
        return id ? *id : 0;
    }

    /// The report's publication on the account: its remote id, empty when none is recorded.
    QString recordedRemoteId(qint64 accountId)
    {
        auto w = openWorkspace(m_db);
        const auto publications = w->reports().publications(m_report);
        if (!publications)
            return QStringLiteral("(unreadable)");
        const QList<ReportPublication> list = *publications;
        for (const ReportPublication &p : list)
            if (p.accountId == accountId)
                return p.remoteId;
        return {};
    }

    bool attemptPending(qint64 accountId)
    {
        auto w = openWorkspace(m_db);
        return w->reports().publishAttempt(m_report, accountId)->isValid();
    }

    /// `offkai reports publish` with the secret on standard input; `killWhen` may kill it (the process is
    /// given) while this process serves the blog.
    int publish(const QString &account, const QByteArray &secret, QProcess **running = nullptr,
                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        if (running)
            *running = &process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(offkaiBinary(),
                      {QStringLiteral("--db"), m_db, QStringLiteral("reports"), QStringLiteral("publish"),
                       QString::number(m_report), QStringLiteral("--account"), account,
                       QStringLiteral("--password-stdin"), QStringLiteral("--timeout"),
                       QStringLiteral("10")});
        if (!process.waitForStarted())
            return -2;
        process.write(secret);
        process.closeWriteChannel();
        if (!finished.wait(60000))
            process.kill();
        if (running)
            *running = nullptr;
        const QByteArray err = process.readAllStandardError();
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() != 0)
            qWarning("offkai: %s", err.constData());
        return process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareEnvironment();
        auto path = DemoDatabase::create(m_dir.filePath(QStringLiteral("demo")), QDate(2026, 11, 23));
        QVERIFY(path.ok());
        m_db = *path;
        auto w = openWorkspace(m_db);
        QVERIFY(w);
        QSqlQuery q(w->database().connection());
        // The report with a photo, so that the run uploads before it creates.
        QVERIFY(q.exec(QStringLiteral("SELECT r.id FROM reports r JOIN events e ON e.id = r.event_id "
                                      "WHERE e.title = '第2回オフ会'")));
        QVERIFY(q.next());
        m_report = q.value(0).toLongLong();
    }

    void hatenaKilledWhileTheBlogAnswersThenPublishedAgain()
    {
        FakeHatenaServer server(kHatenaId, QStringLiteral("offkai-test.hatenablog.com"), kApiKey);
        QVERIFY(server.listen());
        const qint64 account =
            addAccount(BlogAccount::Kind::Hatena, QStringLiteral("Hatena kill"), server.rootUrl(), kHatenaId);
        QVERIFY(account > 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OFFKAI_FOTOLIFE_ENDPOINT"), server.fotolifeUrl().toString());
        QProcess *running = nullptr;
        server.onSaved = [&](const FakeHatenaServer::Entry &) {
            if (running) // the entry exists; the client never hears of it
                running->kill();
        };
        QCOMPARE(publish(QStringLiteral("Hatena kill"), kApiKey.toUtf8(), &running, env), -1);
        QCOMPARE(server.entries.size(), 1);
        QVERIFY(recordedRemoteId(account).isEmpty());
        QVERIFY(attemptPending(account));

        server.onSaved = {};
        QCOMPARE(publish(QStringLiteral("Hatena kill"), kApiKey.toUtf8(), nullptr, env), 0);
        QCOMPARE(server.entries.size(), 1);
        QCOMPARE(server.count("POST", QStringLiteral("/atom/entry")), 1);
        QCOMPARE(server.count("PUT", QStringLiteral("/atom/entry/")), 1);
        const QString edit =
            server.rootUrl().toString() + QStringLiteral("/entry/") + server.entries.first().id;
        QCOMPARE(recordedRemoteId(account), edit);
        QVERIFY(!attemptPending(account));

        // And once more: the recorded edit URL, no search.
        QCOMPARE(publish(QStringLiteral("Hatena kill"), kApiKey.toUtf8(), nullptr, env), 0);
        QCOMPARE(server.count("POST", QStringLiteral("/atom/entry")), 1);
        QCOMPARE(server.count("GET", QStringLiteral("/atom/entry")), 1);
        QCOMPARE(server.entries.first().updates, 2);
    }

    void wordPressKilledWhileTheBlogAnswersThenPublishedAgain()
    {
        FakeWordPressServer server(kUser, kPassword);
        QVERIFY(server.listen());
        const qint64 account =
            addAccount(BlogAccount::Kind::WordPress, QStringLiteral("WP kill"), server.siteUrl(), kUser);
        QVERIFY(account > 0);
        QProcess *running = nullptr;
        server.onSaved = [&](const FakeWordPressServer::Post &) {
            if (running)
                running->kill();
        };
        QCOMPARE(publish(QStringLiteral("WP kill"), kPassword.toUtf8(), &running), -1);
        QCOMPARE(server.posts.size(), 1);
        QVERIFY(recordedRemoteId(account).isEmpty());

        server.onSaved = {};
        QCOMPARE(publish(QStringLiteral("WP kill"), kPassword.toUtf8()), 0);
        QCOMPARE(server.posts.size(), 1);
        QCOMPARE(server.posts.first().updates, 1);
        QCOMPARE(recordedRemoteId(account), QString::number(server.posts.firstKey()));
        QVERIFY(!attemptPending(account));
    }

    void withoutAKeychainTheCommandLineSaysHowToGiveTheSecret()
    {
        FakeWordPressServer server(kUser, kPassword);
        QVERIFY(server.listen());
        QVERIFY(addAccount(BlogAccount::Kind::WordPress, QStringLiteral("No keychain"), server.siteUrl(),
                           kUser) > 0);
        const CommandRun run = runOffkai(
            {QStringLiteral("--db"), m_db, QStringLiteral("reports"), QStringLiteral("publish"),
             QString::number(m_report), QStringLiteral("--account"), QStringLiteral("No keychain")},
            {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QLatin1String("--password-stdin")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("each time")), qPrintable(run.err)); // it does not ask
        QVERIFY(server.requests.isEmpty());
    }

    void aRecordThatFailsIsFoundAgainOnTheBlog()
    {
        // The blog answers in full, but the database refuses the publication record: the run says so, the
        // attempt stays noted, and the next run finds the post and updates it.
        FakeHatenaServer server(kHatenaId, QStringLiteral("offkai-test.hatenablog.com"), kApiKey);
        QVERIFY(server.listen());
        const qint64 accountId = addAccount(BlogAccount::Kind::Hatena, QStringLiteral("Hatena record"),
                                            server.rootUrl(), kHatenaId);
        auto w = openWorkspace(m_db);
        BlogAccount account = *w->blogAccounts().get(accountId);
        qputenv("OFFKAI_FOTOLIFE_ENDPOINT", server.fotolifeUrl().toString().toUtf8());
        const auto run = [&] {
            ReportPublisher publisher(w->reports(), &w->blogAccounts());
            std::optional<Result<PublishOutcome>> result;
            connect(&publisher, &ReportPublisher::finished, this,
                    [&](const Result<PublishOutcome> &r) { result.emplace(r); });
            publisher.start(m_report, account, kApiKey, true, 5000);
            for (int waited = 0; !result && waited < 15000; waited += 10)
                QTest::qWait(10);
            return result ? *result
                          : Result<PublishOutcome>(Error(Error::Code::Io, QStringLiteral("no answer")));
        };
        QVERIFY(failWrites(w->database().connection(), QStringLiteral("INSERT"),
                           QStringLiteral("report_publications"), QStringLiteral("1")));
        auto first = run();
        QVERIFY(!first.ok());
        QCOMPARE(server.entries.size(), 1);
        QVERIFY(!first.error().message().isEmpty());
        w.reset(); // the trigger lives on this connection only
        w = openWorkspace(m_db);
        QVERIFY(w->reports().publishAttempt(m_report, accountId)->isValid());
        auto second = run();
        qunsetenv("OFFKAI_FOTOLIFE_ENDPOINT");
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toString()));
        QCOMPARE(server.entries.size(), 1);
        QCOMPARE(server.count("POST", QStringLiteral("/atom/entry")), 1);
        QCOMPARE(server.entries.first().updates, 1);
        QCOMPARE(*w->blogAccounts().contentType(accountId), QStringLiteral("text/x-markdown"));
        QVERIFY(!w->reports().publishAttempt(m_report, accountId)->isValid());
        w.reset();
        QCOMPARE(recordedRemoteId(accountId), second->remoteId);
    }
};

QTEST_GUILESS_MAIN(TestPublishRecovery)
#include "tst_publishrecovery.moc"
