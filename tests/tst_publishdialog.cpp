#include "publishing/FakeWordPressServer.h"
#include "publishing/SessionSecrets.h"
#include "reports/PublishDialog.h"
#include "storage/Database.h"
#include "stores/BlogAccountStore.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/AccountSecrets.h"
#include "workflows/DemoDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace offkai;

/// The publish dialog without a keychain (its D-Bus address leads nowhere): it asks for the application
/// password, keeps it in memory for the session, publishes to a WordPress API on 127.0.0.1 and updates the
/// same post the second time; a failing server leaves the report as it was.
class TestPublishDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<test::FakeWordPressServer> m_server;
    qint64 m_report = 0;
    BlogAccount m_account;
    const QString kSecret = QStringLiteral("app pass 1234");

    /// The account's own keychain (and session) key.
    QString secretKey() { return *AccountSecrets(m_workspace->blogAccounts()).key(m_account); }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        auto path = DemoDatabase::create(m_dir.filePath(QStringLiteral("demo")), QDate(2026, 11, 23));
        QVERIFY(path.ok());
        auto db = Database::open(*path, Database::Options{});
        QVERIFY(db.ok());
        m_workspace = std::make_unique<Workspace>(std::move(db).value());
        m_server = std::make_unique<test::FakeWordPressServer>(QStringLiteral("alice"), kSecret);
        QVERIFY(m_server->listen());
        m_account.name = QStringLiteral("Local");
        m_account.kind = BlogAccount::Kind::WordPress;
        m_account.url = m_server->siteUrl();
        m_account.userName = QStringLiteral("alice");
        auto id = m_workspace->blogAccounts().insert(m_account);
        QVERIFY(id.ok());
        m_account.id = *id;
        QSqlQuery q(m_workspace->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT r.id FROM reports r JOIN events e ON e.id = r.event_id WHERE "
                                      "e.title = '第2回オフ会'")) &&
                q.next());
        m_report = q.value(0).toLongLong();
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_workspace.reset();
    }

    void asksOnceThenUpdatesTheSamePost()
    {
        int asked = 0;
        for (int round = 0; round < 2; ++round) {
            PublishDialog dialog(*m_workspace, m_report);
            dialog.setSecretPrompt([&](const BlogAccount &account) {
                ++asked;
                return account.userName == QLatin1String("alice") ? kSecret : QString();
            });
            dialog.accountCombo()->setCurrentIndex(dialog.accountCombo()->findData(m_account.id));
            dialog.show();
            QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
            QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
            QVERIFY(finished.wait(20000));
            QVERIFY2(finished.constFirst().constFirst().toBool(), qPrintable(dialog.statusLabel()->text()));
            QVERIFY(dialog.statusLabel()->text().contains(m_server->siteUrl().toString()));
        }
        QCOMPARE(asked, 1); // the second time the session remembered it
        QVERIFY(SessionSecrets::instance().contains(secretKey()));
        QCOMPARE(m_server->posts.size(), 1);
        QCOMPARE(m_server->posts.first().updates, 1);
        QCOMPARE(m_server->posts.first().status, QStringLiteral("draft"));
        auto publications = m_workspace->reports().publications(m_report);
        QCOMPARE(publications->size(), 1);
        QVERIFY(publications->constFirst().draft);
        QCOMPARE(m_workspace->reports().get(m_report)->status, Report::Status::Draft);
    }

    void aFailingServerChangesNothing()
    {
        const auto before = m_workspace->reports().publications(m_report);
        m_server->failStatus = 500;
        m_server->failPath = QStringLiteral("/posts");
        PublishDialog dialog(*m_workspace, m_report);
        dialog.setSecretPrompt([&](const BlogAccount &) { return kSecret; });
        dialog.accountCombo()->setCurrentIndex(dialog.accountCombo()->findData(m_account.id));
        dialog.draftBox()->setChecked(false);
        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        dialog.publish();
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.constFirst().constFirst().toBool());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("WordPress")));
        QVERIFY(!dialog.statusLabel()->text().contains(kSecret));
        QCOMPARE(m_workspace->reports().get(m_report)->status, Report::Status::Draft);
        QCOMPARE(m_workspace->reports().publications(m_report)->constFirst().publishedAt,
                 before->constFirst().publishedAt);
        // A refused secret is not kept for the next try.
        QVERIFY(!SessionSecrets::instance().contains(secretKey()));
        m_server->failStatus = 0;
    }

    void photosUploadedBeforeAFailureAreRemembered()
    {
        BlogAccount second = m_account;
        second.id = 0;
        second.name = QStringLiteral("Local, second account");
        auto id = m_workspace->blogAccounts().insert(second);
        QVERIFY(id.ok());
        const int mediaBefore = int(m_server->media.size());
        m_server->failStatus = 503;
        m_server->failPath = QStringLiteral("/posts");
        // The first account's secret, kept for the session: the second one (same address, same user) has a
        // key of its own, so it is asked for its own and its failure leaves the first one's alone.
        SessionSecrets::instance().set(secretKey(), kSecret);
        int asked = 0;
        PublishDialog dialog(*m_workspace, m_report);
        dialog.setSecretPrompt([&](const BlogAccount &) {
            ++asked;
            return kSecret;
        });
        dialog.accountCombo()->setCurrentIndex(dialog.accountCombo()->findData(*id));
        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        dialog.publish();
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.constFirst().constFirst().toBool());
        QCOMPARE(asked, 1);
        QVERIFY(SessionSecrets::instance().contains(secretKey()));
        m_server->failStatus = 0;
        QCOMPARE(int(m_server->media.size()), mediaBefore + 1);
        QCOMPARE(m_workspace->reports().uploads(m_report, *id)->size(), 1);
        QVERIFY(m_workspace->reports().publications(m_report)->size() == 1); // still only the first account
        // The next try posts without uploading the photo again.
        finished.clear();
        dialog.publish();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.constFirst().constFirst().toBool());
        QCOMPARE(int(m_server->media.size()), mediaBefore + 1);
    }
};

QTEST_MAIN(TestPublishDialog)
#include "tst_publishdialog.moc"
