#include "shell/MainWindow.h"
#include "shell/Page.h"
#include "shell/RecentDatabases.h"
#include "storage/Database.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "venues/VenuesPage.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace offkai;

class TestMainWindow : public QObject
{
    Q_OBJECT

    /// Opens `path` in `window` and types `name` into a new venue, leaving it unsaved.
    static bool typeUnsavedVenue(MainWindow &window, const QString &path, const QString &name)
    {
        if (!window.openDatabase(path))
            return false;
        auto *page = window.findChild<VenuesPage *>();
        window.showPage(int(window.pages().indexOf(page)));
        page->addVenue();
        page->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
        return true;
    }

    /// The one venue saved in the database at `path`.
    static QString onlyVenueIn(const QString &path)
    {
        auto db = Database::open(path);
        if (!db)
            return QStringLiteral("(cannot open)");
        auto venues = VenueStore(**db).list();
        return venues && venues->size() == 1 ? venues->constFirst().name : QStringLiteral("(not one venue)");
    }

    static QAction *findAction(QWidget &window, const QKeySequence &shortcut)
    {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == shortcut)
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::prepareEnvironment();
        QSettings().clear();
    }

    void withoutADatabaseShowsOnlyTheWelcome()
    {
        MainWindow window;
        QVERIFY(window.pages().isEmpty());
        QVERIFY(!window.findChild<QListWidget *>(QStringLiteral("navigation"))->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("Offkai"));
    }

    void aDatabaseBringsItsPagesAndNoPlaceholders()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("club.sqlite"))));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->count(), window.pages().size());
        QStringList titles;
        for (int i = 0; i < nav->count(); ++i)
            titles.append(nav->item(i)->text());
        QCOMPARE(titles, (QStringList{QStringLiteral("Members"), QStringLiteral("Calendar"),
                                      QStringLiteral("Venues"), QStringLiteral("Reports")}));
        QVERIFY(window.currentPage());
        QCOMPARE(window.windowTitle(), QStringLiteral("club.sqlite — Offkai"));
        QVERIFY(RecentDatabases().paths().contains(
            QFileInfo(dir.filePath(QStringLiteral("club.sqlite"))).absoluteFilePath()));
    }

    void standardShortcutsAreWired()
    {
        MainWindow window;
        for (auto key : {QKeySequence::New, QKeySequence::Open, QKeySequence::Quit, QKeySequence::Undo,
                         QKeySequence::Redo, QKeySequence::Find}) {
            QVERIFY2(findAction(window, QKeySequence(key)), qPrintable(QKeySequence(key).toString()));
        }
    }

    void undoGoesThroughTheOneStack()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("u.sqlite"))));
        auto *page = window.findChild<VenuesPage *>();
        window.showPage(int(window.pages().indexOf(page)));
        page->addVenue();
        QCOMPARE(*window.workspace()->venues().count(), 1);
        QCOMPARE(window.undoStack()->count(), 1);
        findAction(window, QKeySequence(QKeySequence::Undo))->trigger();
        QCOMPARE(*window.workspace()->venues().count(), 0);
        findAction(window, QKeySequence(QKeySequence::Redo))->trigger();
        QCOMPARE(*window.workspace()->venues().count(), 1);
    }

    void closingSavesPendingEditsAndTheWindowState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            MainWindow window;
            window.resize(900, 640);
            window.show();
            QVERIFY(typeUnsavedVenue(window, path, QStringLiteral("typed, never saved")));
            QVERIFY(window.close());
        }
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
        QCOMPARE(onlyVenueIn(path), QStringLiteral("typed, never saved"));
    }

    void shuttingDownSavesReleasesTheLockAndRemovesTheDemo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        MainWindow window;
        window.show();
        QVERIFY(typeUnsavedVenue(window, path, QStringLiteral("typed before SIGTERM")));
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));

        window.shutDown();
        QVERIFY(!window.workspace());
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        QCOMPARE(onlyVenueIn(path), QStringLiteral("typed before SIGTERM"));

        MainWindow demoWindow;
        QVERIFY(demoWindow.openDemo());
        const QString demoFolder = QFileInfo(demoWindow.workspace()->database().path()).absolutePath();
        QVERIFY(QFileInfo(demoFolder).isDir());
        demoWindow.shutDown();
        QVERIFY(!QFileInfo::exists(demoFolder));
        demoWindow.shutDown(); // a second call (the signal after the display went away) does nothing
    }

    void aRefusedDatabaseKeepsTheCurrentOne()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("good.sqlite"))));
        const QString bad = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("definitely not a database");
        file.close();
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
                    box->accept();
            }
        });
        QVERIFY(!window.openDatabase(bad));
        QCOMPARE(QFileInfo(window.workspace()->database().path()).fileName(), QStringLiteral("good.sqlite"));
    }

    void theDemoIsATemporaryDatabase()
    {
        MainWindow window;
        QVERIFY(window.openDemo());
        QVERIFY(window.workspace()->isDemo());
        QVERIFY(window.workspace()->database().path().startsWith(QDir::tempPath()));
        QVERIFY(*window.workspace()->venues().count() >= 4);
        QVERIFY(!RecentDatabases().paths().contains(window.workspace()->database().path()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
