#include "members/import/MemberImportWizard.h"
#include "members/MembersPage.h"
#include "shell/MainWindow.h"
#include "shell/WelcomeWidget.h"
#include "storage/Database.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace offkai;

/// The first run, as a new organizer meets it: no database yet, the welcome page, the community's name
/// typed, the suggested file under the documents folder accepted, and the window on the community's pages
/// with its name in the title.
class TestFirstRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static WelcomeWidget *welcomeOf(MainWindow &window)
    {
        auto *welcome = window.findChild<WelcomeWidget *>(QStringLiteral("welcome"));
        return welcome && welcome->isVisible() ? welcome : nullptr;
    }
    template<typename W> static W *child(QWidget *parent, const char *name)
    {
        return parent->findChild<W *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        // A fresh profile: its own home, documents folder and settings.
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        QSettings().clear();
    }

    void firstRunToACreatedCommunity()
    {
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openLastDatabase(); // nothing to open on a first run
        QVERIFY(!window.workspace());
        WelcomeWidget *welcome = welcomeOf(window);
        QVERIFY(welcome);
        QCOMPARE(window.windowTitle(), QStringLiteral("Offkai"));

        // The file's place is a normal path under the documents folder, and follows the name typed.
        const QString documents = QDir(m_home.path()).filePath(QStringLiteral("Documents"));
        QCOMPARE(WelcomeWidget::defaultFolder(), documents);
        auto *name = child<QLineEdit>(welcome, "communityName");
        auto *file = child<QLineEdit>(welcome, "communityFile");
        QVERIFY(file->text().startsWith(QDir::toNativeSeparators(documents + QLatin1Char('/'))));
        name->setFocus();
        test::typeText(name, QStringLiteral("オンライン異業種交流会"));
        const QString expected = documents + QStringLiteral("/オンライン異業種交流会.sqlite");
        QCOMPARE(QDir::fromNativeSeparators(file->text()), expected);

        QTest::mouseClick(child<QPushButton>(welcome, "start"), Qt::LeftButton);
        QVERIFY(window.workspace());
        QCOMPARE(QFileInfo(window.workspace()->database().path()).absoluteFilePath(), expected);
        QVERIFY(QFileInfo(expected).isFile());
        QCOMPARE(window.windowTitle(), QStringLiteral("オンライン異業種交流会 — Offkai"));
        QVERIFY(window.pageCount() >= 5);
        QVERIFY(window.currentPage() && window.currentPage()->isVisible());
        QVERIFY(child<QListWidget>(&window, "navigation")->isVisible());
        // The name is the community's, in its file; a Japanese locale gave it Tokyo's time.
        auto settings = window.workspace()->settings().load();
        QCOMPARE(settings->name, QStringLiteral("オンライン異業種交流会"));
        QCOMPARE(settings->timeZone.id(), QByteArray("Asia/Tokyo"));
    }

    void theNextStartOpensTheCommunityAgain()
    {
        // Run after the first: the community created there is the recent database.
        MainWindow window;
        window.openLastDatabase();
        QVERIFY(window.workspace());
        QCOMPARE(window.windowTitle(), QStringLiteral("オンライン異業種交流会 — Offkai"));
    }

    void anExistingFileIsNeverTakenOver()
    {
        QTemporaryDir dir;
        const QString taken = dir.filePath(QStringLiteral("taken.sqlite"));
        {
            QFile f(taken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("my notes");
        }
        MainWindow window;
        window.show();
        WelcomeWidget *welcome = welcomeOf(window);
        QVERIFY(welcome);
        test::typeText(child<QLineEdit>(welcome, "communityName"), QStringLiteral("Club"));
        auto *file = child<QLineEdit>(welcome, "communityFile");
        file->selectAll();
        test::typeText(file, QDir::toNativeSeparators(taken));
        QTest::mouseClick(child<QPushButton>(welcome, "start"), Qt::LeftButton);
        QVERIFY(!window.workspace());
        QVERIFY(welcome->errorText().contains(QStringLiteral("taken.sqlite")));
        QCOMPARE(test::checksum(taken),
                 QCryptographicHash::hash("my notes", QCryptographicHash::Sha256).toHex());
        QCOMPARE(child<QLineEdit>(welcome, "communityName")->text(), QStringLiteral("Club"));
        // A name is asked for.
        child<QLineEdit>(welcome, "communityName")->clear();
        QTest::mouseClick(child<QPushButton>(welcome, "start"), Qt::LeftButton);
        QVERIFY(!window.workspace());
        QVERIFY(!welcome->errorText().isEmpty());
    }

    void startAndImportOpensTheMemberImport()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        WelcomeWidget *welcome = welcomeOf(window);
        QVERIFY(welcome);
        test::typeText(child<QLineEdit>(welcome, "communityName"), QStringLiteral("Alumni"));
        welcome->setFilePath(dir.filePath(QStringLiteral("sub/alumni.sqlite"))); // a folder made on the way
        bool wizardShown = false;
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, &wizardShown] {
            auto *wizard = qobject_cast<MemberImportWizard *>(QApplication::activeModalWidget());
            if (!wizard || !wizard->isVisible())
                return;
            timer->stop();
            timer->deleteLater();
            wizardShown = true;
            wizard->reject();
        });
        timer->start();
        QTest::mouseClick(child<QPushButton>(welcome, "startAndImport"), Qt::LeftButton);
        QVERIFY(wizardShown);
        QVERIFY(window.workspace());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("sub/alumni.sqlite"))).isFile());
        QVERIFY(qobject_cast<MembersPage *>(window.currentPage()));
        QCOMPARE(window.windowTitle(), QStringLiteral("Alumni — Offkai"));
    }

    void suggestedNamesAreSafeAndNew()
    {
        QTemporaryDir dir;
        QCOMPARE(QFileInfo(WelcomeWidget::suggestedPath(dir.path(), QStringLiteral("a/b:c?"))).fileName(),
                 QStringLiteral("a b c.sqlite"));
        QCOMPARE(QFileInfo(WelcomeWidget::suggestedPath(dir.path(), QStringLiteral("..hidden"))).fileName(),
                 QStringLiteral("hidden.sqlite"));
        QFile(dir.filePath(QStringLiteral("Club.sqlite"))).open(QIODevice::WriteOnly);
        QCOMPARE(QFileInfo(WelcomeWidget::suggestedPath(dir.path(), QStringLiteral("Club"))).fileName(),
                 QStringLiteral("Club 2.sqlite"));
        QVERIFY(!QFileInfo(WelcomeWidget::suggestedPath(dir.path(), QString())).completeBaseName().isEmpty());
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
