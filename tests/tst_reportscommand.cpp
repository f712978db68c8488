#include "publishing/FakeWordPressServer.h"
#include "storage/Database.h"
#include "stores/BlogAccountStore.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/AccountSecrets.h"
#include "workflows/DemoDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// `offkai reports …` and `offkai accounts …` run as a user's script runs them: the real binary, a real
/// Secret Service (this test runs under with-keyring.sh) and a WordPress API on 127.0.0.1.
class TestReportsCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    const QString kSecret = QStringLiteral("abcd EFGH 1234 ijkl MNOP 5678");

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    /// Runs offkai while this process keeps serving HTTP (the fake server lives on this event loop).
    Run offkai(const QStringList &arguments, const QByteArray &input = {},
               const QProcessEnvironment &env = {})
    {
        QProcess process;
        if (!env.isEmpty())
            process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(test::offkaiBinary(), QStringList{QStringLiteral("--db"), m_db} + arguments);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(60000))
            process.kill();
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    qint64 secondReport()
    {
        auto db = Database::open(m_db, Database::Options{});
        Workspace w(std::move(db).value());
        QSqlQuery q(w.database().connection());
        q.exec(QStringLiteral("SELECT r.id FROM reports r JOIN events e ON e.id = r.event_id "
                              "WHERE e.title = '第2回オフ会'"));
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    bool fileContains(const QString &path, const QByteArray &needle)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QVERIFY2(qEnvironmentVariableIsSet("OFFKAI_KEYRING_SESSION"),
                 "run this test through with-keyring.sh");
        auto path = DemoDatabase::create(m_dir.filePath(QStringLiteral("demo")), QDate(2026, 11, 23));
        QVERIFY(path.ok());
        m_db = *path;
    }

    void listAsJson()
    {
        const Run run = offkai({QStringLiteral("reports"), QStringLiteral("list"), QStringLiteral("--format"),
                                QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &row : rows)
            QVERIFY(row.toObject().value(QStringLiteral("id")).toInteger() > 0);
    }

    void exportWritesMarkdownAndImages()
    {
        QTemporaryDir out;
        const qint64 id = secondReport();
        const Run run = offkai({QStringLiteral("reports"), QStringLiteral("export"), QString::number(id),
                                QStringLiteral("--out"), out.path(), QStringLiteral("--front-matter")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QString path = QString::fromUtf8(run.out).trimmed();
        QVERIFY(path.endsWith(QStringLiteral(".md")));
        QFile md(path);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.startsWith(QStringLiteral("---\ntitle: ")));
        QVERIFY(text.contains(QStringLiteral("draft: true")));
        QVERIFY(text.contains(QStringLiteral("9名（うち当日参加1名）")));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("images/meetup-ginza.png"))));

        const Run missing = offkai({QStringLiteral("reports"), QStringLiteral("export"),
                                    QStringLiteral("9999"), QStringLiteral("--out"), out.path()});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(!missing.err.isEmpty());
        const Run noOut = offkai({QStringLiteral("reports"), QStringLiteral("export"), QString::number(id)});
        QCOMPARE(noOut.exitCode, 2);
    }

    void accountsRefuseWhatCannotBeKeptSafely()
    {
        // http:// to a real host: refused, nothing added.
        Run run = offkai({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--kind"),
                          QStringLiteral("wordpress"), QStringLiteral("--name"), QStringLiteral("Plain"),
                          QStringLiteral("--url"), QStringLiteral("http://blog.example.com"),
                          QStringLiteral("--user"), QStringLiteral("alice")},
                         kSecret.toUtf8());
        QCOMPARE(run.exitCode, 1);
        // No keychain: refused rather than storing the secret anywhere else.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        run = offkai({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--kind"),
                      QStringLiteral("wordpress"), QStringLiteral("--name"), QStringLiteral("NoKeychain"),
                      QStringLiteral("--url"), QStringLiteral("https://blog.example.com"),
                      QStringLiteral("--user"), QStringLiteral("alice")},
                     kSecret.toUtf8(), env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        const Run list = offkai({QStringLiteral("accounts"), QStringLiteral("list"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1); // the demo's own blog only
    }

    void accountsWithTheSameAddressAndUserKeepTheirOwnSecrets()
    {
        test::FakeWordPressServer server(QStringLiteral("alice"), kSecret);
        QVERIFY(server.listen());
        const auto add = [&](const QString &name, const QByteArray &secret) {
            return offkai({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--kind"),
                           QStringLiteral("wordpress"), QStringLiteral("--name"), name,
                           QStringLiteral("--url"), server.siteUrl().toString(), QStringLiteral("--user"),
                           QStringLiteral("alice")},
                          secret + '\n')
                .exitCode;
        };
        const auto publish = [&](const QString &name) {
            return offkai({QStringLiteral("reports"), QStringLiteral("publish"),
                           QString::number(secondReport()), QStringLiteral("--account"), name});
        };
        QCOMPARE(add(QStringLiteral("Same one"), kSecret.toUtf8()), 0);
        QCOMPARE(add(QStringLiteral("Same two"), "not the right one"), 0); // did replace the first one's
        Run run = publish(QStringLiteral("Same one"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(publish(QStringLiteral("Same two")).exitCode, 1); // its own secret, refused by the blog
        run = offkai({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Same two")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.err.contains(kSecret.toUtf8()));
        run = publish(QStringLiteral("Same one")); // removing the other one did delete the only entry
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(offkai({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Same one")})
                     .exitCode,
                 0);
    }

    void anOldStyleKeychainEntryIsMovedOnFirstUse()
    {
        test::FakeWordPressServer server(QStringLiteral("alice"), kSecret);
        QVERIFY(server.listen());
        BlogAccount account;
        account.name = QStringLiteral("Older blog");
        account.url = server.siteUrl();
        account.userName = QStringLiteral("alice");
        {
            // As an Offkai before schema version 7 left it: the entry named by kind, user and address.
            auto db = Database::open(m_db, Database::Options{});
            QVERIFY(db.ok());
            BlogAccountStore store(**db);
            account.id = *store.insert(account);
            account = *store.get(account.id);
            QVERIFY(SecretStore().write(account.secretKey(), kSecret).ok());
        }
        const Run run = offkai({QStringLiteral("reports"), QStringLiteral("publish"),
                                QString::number(secondReport()), QStringLiteral("--account"), account.name});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        auto db = Database::open(m_db, Database::Options{});
        QVERIFY(db.ok());
        BlogAccountStore store(**db);
        AccountSecrets secrets(store);
        QCOMPARE(*secrets.keychain().read(*secrets.key(account)), kSecret); // moved…
        QCOMPARE(SecretStore::failureOf(secrets.keychain().read(account.secretKey()).error()),
                 SecretStore::Failure::NotFound); // …and the old entry deleted
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            QVERIFY(!fileContains(m_db + suffix, kSecret.toUtf8()));
    }

    void publishCreatesThenUpdatesTheSamePost()
    {
        test::FakeWordPressServer server(QStringLiteral("alice"), kSecret);
        QVERIFY(server.listen());
        Run run = offkai({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--kind"),
                          QStringLiteral("wordpress"), QStringLiteral("--name"), QStringLiteral("Local blog"),
                          QStringLiteral("--url"), server.siteUrl().toString(), QStringLiteral("--user"),
                          QStringLiteral("alice")},
                         kSecret.toUtf8() + '\n');
        QCOMPARE(run.exitCode, 0);
        // The secret went to the keychain, not into the database.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            QVERIFY(!fileContains(m_db + suffix, kSecret.toUtf8()));

        const qint64 id = secondReport();
        run = offkai({QStringLiteral("reports"), QStringLiteral("publish"), QString::number(id),
                      QStringLiteral("--account"), QStringLiteral("Local blog")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QString::fromUtf8(run.out).trimmed().startsWith(server.siteUrl().toString()));
        QCOMPARE(server.posts.size(), 1);
        QCOMPARE(server.posts.first().status, QStringLiteral("draft"));
        QVERIFY(server.posts.first().content.contains(QStringLiteral("<table>")));
        QVERIFY(!server.posts.first().content.contains(QStringLiteral("offkai:")));
        QCOMPARE(server.media.size(), 1);
        QVERIFY(server.posts.first().content.contains(server.media.first().url.toString()));

        run =
            offkai({QStringLiteral("reports"), QStringLiteral("publish"), QString::number(id),
                    QStringLiteral("--account"), QStringLiteral("Local blog"), QStringLiteral("--publish")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(server.posts.size(), 1);
        QCOMPARE(server.posts.first().updates, 1);
        QCOMPARE(server.posts.first().status, QStringLiteral("publish"));
        QCOMPARE(server.media.size(), 1); // not uploaded twice

        // A wrong password: a clear message, nothing recorded, the report unchanged.
        const Run wrong = offkai({QStringLiteral("reports"), QStringLiteral("publish"), QString::number(id),
                                  QStringLiteral("--account"), QStringLiteral("Local blog"),
                                  QStringLiteral("--password-stdin")},
                                 "wrong");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.out.isEmpty());
        QVERIFY(!wrong.err.contains("wrong"));
        QCOMPARE(server.posts.first().updates, 1);
    }
};

QTEST_GUILESS_MAIN(TestReportsCommand)
#include "tst_reportscommand.moc"
