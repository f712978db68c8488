#include "dashboard/DashboardPage.h"
#include "events/AgendaView.h"
#include "events/CalendarPage.h"
#include "members/MemberEditor.h"
#include "reports/ReportsPage.h"
#include "shell/MainWindow.h"
#include "shell/Page.h"
#include "shell/RecentDatabases.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"
#include "TestSupport.h"
#include "venues/VenuesPage.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>
#include <QUndoCommand>

using namespace offkai;

class TestMainWindow : public QObject
{
    Q_OBJECT

    /// Opens `path` in `window` and types `name` into a new venue, leaving it unsaved.
    static bool typeUnsavedVenue(MainWindow &window, const QString &path, const QString &name)
    {
        if (!window.openDatabase(path))
            return false;
        auto *page = window.page<VenuesPage>();
        window.showPage(window.pageIndex(page));
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
        QCOMPARE(window.pageCount(), 0);
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
        QCOMPARE(nav->count(), window.pageCount());
        QStringList titles;
        for (int i = 0; i < nav->count(); ++i)
            titles.append(nav->item(i)->text());
        QCOMPARE(titles, (QStringList{QStringLiteral("Dashboard"), QStringLiteral("Members"),
                                      QStringLiteral("Calendar"), QStringLiteral("Venues"),
                                      QStringLiteral("Reports")}));
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
        auto *page = window.page<VenuesPage>();
        window.showPage(window.pageIndex(page));
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

    void onlyThePageShownIsBuilt()
    {
        QTemporaryDir dir;
        QSettings().remove(QStringLiteral("window/page")); // opens on the first page, the dashboard
        MainWindow window;
        window.show();
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("lazy.sqlite"))));
        QCOMPARE(window.pageCount(), 5);
        QCOMPARE(window.findChildren<Page *>().size(), 1);
        QCOMPARE(window.currentPage(), window.findChild<Page *>());
        QVERIFY(window.findChild<DashboardPage *>());
        window.showPage(3);
        QCOMPARE(window.findChildren<Page *>().size(), 2);
        QVERIFY(window.findChild<VenuesPage *>());
        QCOMPARE(window.currentPage(), window.findChild<VenuesPage *>());
        // Asking for a page by its class builds it, once.
        auto *calendar = window.page<CalendarPage>();
        QVERIFY(calendar);
        QCOMPARE(window.page<CalendarPage>(), calendar);
        QCOMPARE(window.findChildren<Page *>().size(), 3);
        QCOMPARE(window.pageIndex(calendar), 2);
        // A request from a page for one not built yet builds and shows it (the report's dialog is closed).
        QVERIFY(!window.findChild<ReportsPage *>());
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        Q_EMIT calendar->writeReportRequested(0);
        QVERIFY(window.findChild<ReportsPage *>());
        QCOMPARE(window.currentPage(), window.findChild<ReportsPage *>());
    }

    void theDaysCopyWaitsForTheFirstPaint()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("daily.sqlite"));
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        QTest::qWait(100);
        QVERIFY(Backups(path).dailyCopies().isEmpty());
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(Backups(path).dailyCopies().size(), 1, 10000);
        QCOMPARE(Backups(path).dailyCopies().constFirst().section(QLatin1Char('/'), -1),
                 QStringLiteral("daily-daily-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    }

    void damageFoundAfterOpeningClosesTheFileAndSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            Database::Options options;
            options.dailyBackup = false;
            auto db = Database::open(path, options);
            QVERIFY(db.ok());
            VenueStore store(**db);
            for (int i = 0; i < 200; ++i) {
                Venue v;
                v.name = QStringLiteral("Venue %1").arg(i);
                v.notes = QString(300, QLatin1Char('n'));
                QVERIFY(store.insert(v).ok());
            }
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qint64 page = 3; page < 6; ++page) {
            QVERIFY(file.seek(page * 4096));
            file.write(QByteArray(4096, char(0x5a)));
        }
        file.close();

        MainWindow window;
        QVERIFY(window.openDatabase(path)); // the header and schema are sound: the full check comes later
        QString said;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&said] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->reject();
            }
        });
        closer.start(20);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 10000);
        QVERIFY2(said.contains(QStringLiteral("damaged")), qPrintable(said));
        QVERIFY(!window.workspace());
        QCOMPARE(window.pageCount(), 0);
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        // Not copied: a damaged file never becomes a backup.
        QVERIFY(Backups(path).dailyCopies().isEmpty());
    }

    void ctrlDigitsSwitchPagesAndCtrlNAddsThePagesItem()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Without a database there is nothing else to create: Ctrl+N makes one.
        QAction *newDatabase = findAction(window, QKeySequence(QKeySequence::New));
        QVERIFY(newDatabase);
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("keys.sqlite"))));
        QVERIFY(newDatabase->shortcut().isEmpty()); // the File menu only, while a database is open
        QCOMPARE(window.pageCount(), 5);
        for (int i : {4, 0, 2, 1, 3}) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window.currentPage(), window.page(i));
        }
        // Members and venues: a new record at once, one step to undo.
        for (int i : {1, 3}) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            const int before = window.undoStack()->count();
            QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
            QCOMPARE(window.undoStack()->count(), before + 1);
        }
        QCOMPARE(*window.workspace()->venues().count(), 1);
        // Calendar and reports: the new event's and the new report's dialogs.
        for (const auto &[page, dialog] :
             {std::pair{2, "offkai::EventEditorDialog"}, std::pair{4, "offkai::NewReportDialog"}}) {
            window.activateWindow(); // back from the dialog before
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
            QString opened;
            QTimer::singleShot(0, this, [&opened] {
                if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                    opened = QString::fromLatin1(modal->metaObject()->className());
                    modal->reject();
                }
            });
            QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
            QCOMPARE(opened, QString::fromLatin1(dialog));
        }
        // The dashboard has nothing to create: Ctrl+N does nothing there.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        const int before = window.undoStack()->count();
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(window.undoStack()->count(), before);
        QVERIFY(!QApplication::activeModalWidget());
    }

    void aLongUndoTextKeepsTheToolbarWhole()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(window.openDatabase(dir.filePath(QStringLiteral("bar.sqlite"))));
        const QString action =
            QStringLiteral("Merge Duplicate into “Yamada Taro (Shibuya Creative Lab, Producer)”");
        window.undoStack()->push(new QUndoCommand(action));
        auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QAction *undo = findAction(window, QKeySequence(QKeySequence::Undo));
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            QCoreApplication::processEvents();
            auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(undo));
            QVERIFY(button);
            QCOMPARE(button->toolButtonStyle(), Qt::ToolButtonIconOnly);
            QVERIFY2(button->toolTip().contains(action), qPrintable(button->toolTip()));
            QVERIFY(!button->toolTip().contains(QLatin1Char('&')));
            const auto *extension =
                toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
            QVERIFY2(!extension || !extension->isVisible(), qPrintable(window.currentPage()->title()));
        }
    }

    void theMemberEditorsButtonsStayInViewAt1366x768()
    {
        // Japanese fonts set lines taller than the offscreen platform's font: a larger font stands in for
        // them, so the form is taller than the space the window gives it.
        const QFont appFont = QApplication::font();
        QFont larger = appFont;
        larger.setPointSizeF(appFont.pointSizeF() * 1.4);
        QApplication::setFont(larger);
        const auto restoreFont = qScopeGuard([&] { QApplication::setFont(appFont); });
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            if (window.currentPage()->findChild<MemberEditor *>())
                break;
        }
        auto *editor = window.currentPage()->findChild<MemberEditor *>();
        QVERIFY(editor);
        // A member of the demo, with answers to the join questions: the longest form.
        auto *list = window.currentPage()->findChild<QTableView *>(QStringLiteral("memberTable"));
        QVERIFY(list);
        list->selectRow(0);
        QCoreApplication::processEvents();
        QVERIFY(editor->original().id > 0);
        auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            for (const char *name : {"saveButton", "revertButton"}) {
                auto *button = editor->findChild<QPushButton *>(QString::fromLatin1(name));
                QVERIFY(button);
                QVERIFY2(button->isVisible(), name);
                // Nothing clips it (a scroll area's viewport would) and it lies inside the window.
                QCOMPARE(button->visibleRegion().boundingRect(), button->rect());
                const QRect inWindow(button->mapTo(&window, QPoint(0, 0)), button->size());
                QVERIFY2(window.rect().contains(inWindow), qPrintable(tabs->tabText(tab)));
            }
        }
    }

    void theAgendaFitsAt1366x768()
    {
        // Every column of the agenda in view at 1366×768 with the demo: the headcount column is as wide as
        // a held meetup's headcount, not as the longest one, which used to push the table past the screen.
        MainWindow window;
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDemo());
        auto *calendar = window.page<CalendarPage>();
        QVERIFY(calendar);
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            if (window.currentPage() == calendar)
                break;
        }
        calendar->showAgenda(true);
        QCoreApplication::processEvents();
        QTableView *agenda = calendar->agendaView();
        QVERIFY(agenda->isVisible());
        QVERIFY2(agenda->horizontalHeader()->length() <= agenda->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(agenda->horizontalHeader()->length())
                                .arg(agenda->viewport()->width())));
    }

    void theFirstWindowFitsTheScreen()
    {
        QSettings().remove(QStringLiteral("window/geometry"));
        MainWindow window;
        const QSize available = window.screen()->availableGeometry().size();
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(QStringLiteral("%1×%2 on %3×%4")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
        QVERIFY(window.width() >= qMin(available.width() - 40, 1280) - 1);
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
