#include "FakeHatenaServer.h"
#include "reports/BlogAccountDialog.h"
#include "reports/PublishDialog.h"
#include "storage/Database.h"
#include "stores/BlogAccountStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "workflows/DemoDatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace offkai;
using namespace offkai::test;

/// The Hatena editing mode in the dialogs: the publish dialog shows the mode last seen and what to change,
/// and the account dialog reads it from the blog before saving and warns.
class TestHatenaModeDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_report = 0;

    /// Closes the next message box that opens, keeping its text.
    void closeNextMessageBox(QString *text)
    {
        QTimer::singleShot(50, this, [this, text] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    *text = box->text();
                    box->accept();
                    return;
                }
            }
            closeNextMessageBox(text); // not open yet
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        prepareEnvironment();
        auto path = DemoDatabase::create(m_dir.filePath(QStringLiteral("demo")), QDate(2026, 11, 23));
        QVERIFY(path.ok());
        m_workspace = openWorkspace(*path);
        QVERIFY(m_workspace);
        QSqlQuery q(m_workspace->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM reports ORDER BY id LIMIT 1")));
        QVERIFY(q.next());
        m_report = q.value(0).toLongLong();
    }

    void thePublishDialogShowsTheModeAndWhatToChange()
    {
        BlogAccount account;
        account.kind = BlogAccount::Kind::Hatena;
        account.name = QStringLiteral("はてな記法のブログ");
        account.url = QUrl(QStringLiteral("https://blog.hatena.ne.jp/someone/some.hatenablog.com/atom"));
        account.userName = QStringLiteral("someone");
        auto id = m_workspace->blogAccounts().insert(account);
        QVERIFY(id.ok());
        PublishDialog dialog(*m_workspace, m_report);
        dialog.accountCombo()->setCurrentIndex(dialog.accountCombo()->findData(*id));
        QVERIFY(dialog.modeLabel()->text().contains(QLatin1String("not known yet")));
        QVERIFY(m_workspace->blogAccounts().setContentType(*id, QStringLiteral("text/x-hatena-syntax")).ok());
        dialog.accountCombo()->setCurrentIndex(-1);
        dialog.accountCombo()->setCurrentIndex(dialog.accountCombo()->findData(*id));
        const QString text = dialog.modeLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("はてな記法")) && text.contains(QStringLiteral("編集モード")),
                 qPrintable(text));
        // A WordPress account has no such mode.
        BlogAccount wordpress;
        wordpress.name = QStringLiteral("WordPress");
        wordpress.url = QUrl(QStringLiteral("https://wp.example"));
        wordpress.userName = QStringLiteral("alice");
        auto wpId = m_workspace->blogAccounts().insert(wordpress);
        QVERIFY(wpId.ok());
        PublishDialog again(*m_workspace, m_report);
        again.accountCombo()->setCurrentIndex(again.accountCombo()->findData(*wpId));
        QVERIFY(again.modeLabel()->text().isEmpty());
    }

    void theAccountDialogReadsTheModeBeforeSaving()
    {
        FakeHatenaServer server(QStringLiteral("offkai-test"), QStringLiteral("offkai-test.hatenablog.com"),
                                QStringLiteral("k3yF0rTheTest"));
        QVERIFY(server.listen());
        server.blogContentType = QStringLiteral("text/html");
        server.entries.insert(QStringLiteral("1"), {QStringLiteral("1"),
                                                    QStringLiteral("既存の記事"),
                                                    QStringLiteral("offkai-test"),
                                                    QStringLiteral("<p>x</p>"),
                                                    QStringLiteral("text/html"),
                                                    {},
                                                    false,
                                                    0,
                                                    QDateTime::currentDateTimeUtc()});
        BlogAccount account;
        account.kind = BlogAccount::Kind::Hatena;
        BlogAccountDialog dialog(m_workspace->blogAccounts(), account);
        dialog.nameEdit()->setText(QStringLiteral("見たままのブログ"));
        dialog.urlEdit()->setText(server.rootUrl().toString());
        dialog.userEdit()->setText(QStringLiteral("offkai-test"));
        dialog.secretEdit()->setText(QStringLiteral("k3yF0rTheTest"));
        QString warning;
        closeNextMessageBox(&warning);
        dialog.accept();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        QCOMPARE(dialog.contentType(), QStringLiteral("text/html"));
        QVERIFY2(warning.contains(QStringLiteral("見たまま")), qPrintable(warning));
        QCOMPARE(server.count("GET", QStringLiteral("/atom/entry")), 1);
    }
};

QTEST_MAIN(TestHatenaModeDialogs)
#include "tst_hatenamodedialogs.moc"
