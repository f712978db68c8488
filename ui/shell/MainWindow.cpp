#include "MainWindow.h"
#include "Icons.h"

#include "events/CalendarPage.h"
#include "members/MembersPage.h"
#include "reports/ReportsPage.h"
#include "shell/AboutDialog.h"
#include "shell/DatabaseFileActions.h"
#include "shell/Page.h"
#include "shell/RestoreBackupDialog.h"
#include "shell/WelcomeWidget.h"
#include "storage/Database.h"
#include "stores/Workspace.h"
#include "venues/VenuesPage.h"
#include "workflows/DemoDatabase.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>

namespace offkai {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/offkai/icons/offkai.svg")));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setMaximumWidth(180);
    m_navigation->setMinimumWidth(140);
    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomeWidget(this);
    m_stack->addWidget(m_welcome);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    createMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    connect(m_welcome, &WelcomeWidget::newRequested, m_files, &DatabaseFileActions::newDatabase);
    connect(m_welcome, &WelcomeWidget::openRequested, m_files, &DatabaseFileActions::chooseDatabase);
    connect(m_welcome, &WelcomeWidget::demoRequested, this, &MainWindow::openDemo);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    rebuildPages();
}

MainWindow::~MainWindow()
{
    // Pages hold references into the workspace: they go first.
    m_undoStack.clear();
    for (Page *page : std::as_const(m_pages))
        delete page;
    m_pages.clear();
    m_workspace.reset();
}

void MainWindow::createActions()
{
    m_files = new DatabaseFileActions(this);
    connect(m_files, &DatabaseFileActions::openRequested, this, &MainWindow::openDatabase);
    connect(m_files, &DatabaseFileActions::demoRequested, this, &MainWindow::openDemo);

    m_restoreAction = new QAction(Icons::get(QStringLiteral("edit-undo")), tr("Restore from &Backup…"), this);
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);

    m_quitAction = new QAction(Icons::get(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(Icons::get(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, [this] { undoOrRedo(true); });
    m_redoAction = new QAction(Icons::get(QStringLiteral("edit-redo")), tr("&Redo"), this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, this, [this] { undoOrRedo(false); });
    connect(&m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(&m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(&m_undoStack, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
        m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(&m_undoStack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });

    m_findAction = new QAction(Icons::get(QStringLiteral("edit-find")), tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (Page *page = currentPage())
            page->focusSearch();
    });

    m_aboutAction = new QAction(tr("&About Offkai"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_files->newAction());
    file->addAction(m_files->openAction());
    file->addMenu(m_files->recentMenu());
    file->addAction(m_files->demoAction());
    file->addAction(m_restoreAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    m_pageMenu = menuBar()->addMenu(QString());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    if (Page *page = currentPage(); page && page != m_pages.at(index))
        page->commitPendingEdits();
    m_stack->setCurrentWidget(m_pages.at(index));
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
    updatePageActions();
}

void MainWindow::updatePageActions()
{
    m_toolBar->clear();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_pageMenu->clear();
    Page *page = currentPage();
    m_pageMenu->menuAction()->setVisible(page != nullptr);
    if (!page)
        return;
    m_pageMenu->setTitle(page->title());
    m_toolBar->addSeparator();
    for (QAction *action : page->pageActions())
        m_pageMenu->addAction(action);
    for (QAction *action : page->toolBarActions())
        m_toolBar->addAction(action);
}

void MainWindow::rebuildPages()
{
    m_undoStack.clear();
    m_navigation->clear();
    for (Page *page : std::as_const(m_pages)) {
        m_stack->removeWidget(page);
        delete page;
    }
    m_pages.clear();
    if (m_workspace) {
        // A page appears here when its feature lands.
        auto *calendar = new CalendarPage(*m_workspace, m_undoStack, this);
        auto *reports = new ReportsPage(*m_workspace, m_undoStack, this);
        m_pages.append(new MembersPage(*m_workspace, m_undoStack, this));
        m_pages.append(calendar);
        m_pages.append(new VenuesPage(*m_workspace, m_undoStack, this));
        m_pages.append(reports);
        connect(calendar, &CalendarPage::writeReportRequested, this, [this, reports](qint64 eventId) {
            showPage(int(m_pages.indexOf(reports)));
            reports->newReportFor(eventId);
        });
    }
    for (Page *page : std::as_const(m_pages)) {
        m_stack->addWidget(page);
        new QListWidgetItem(page->icon(), page->title(), m_navigation);
        connect(page, &Page::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    }
    m_restoreAction->setEnabled(m_workspace && !m_workspace->isDemo());
    m_navigation->setVisible(!m_pages.isEmpty());
    if (m_pages.isEmpty()) {
        m_stack->setCurrentWidget(m_welcome);
        updatePageActions();
    } else {
        const int saved = QSettings().value(QStringLiteral("window/page"), 0).toInt();
        showPage(qBound(0, saved, int(m_pages.size()) - 1));
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(QStringLiteral("Offkai"));
        m_databaseLabel->clear();
        return;
    }
    const QString path = m_workspace->database().path();
    const QString name = m_workspace->isDemo() ? tr("Demo database") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1 — Offkai").arg(name));
    m_databaseLabel->setText(m_workspace->isDemo() ? tr("Demo: changes are discarded when Offkai closes")
                                                   : QDir::toNativeSeparators(path));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(path));
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_undoStack.clear();
    for (Page *page : std::as_const(m_pages)) {
        m_stack->removeWidget(page);
        delete page;
    }
    m_pages.clear();
    m_workspace = std::move(workspace);
    m_files->databaseOpened(m_workspace && !m_workspace->isDemo() ? m_workspace->database().path()
                                                                  : QString());
    rebuildPages();
}

bool MainWindow::commitPendingEdits()
{
    for (Page *page : std::as_const(m_pages)) {
        if (!page->commitPendingEdits())
            return false;
    }
    return true;
}

void MainWindow::undoOrRedo(bool undo)
{
    // Unsaved typing becomes a command first, so Undo takes back exactly what the user sees.
    if (!commitPendingEdits())
        return;
    if (undo)
        m_undoStack.undo();
    else
        m_undoStack.redo();
}

void MainWindow::showError(const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Critical, title, error.message(), QMessageBox::Ok, this);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
}

bool MainWindow::openDatabase(const QString &path)
{
    if (!commitPendingEdits())
        return false;
    if (m_workspace && QFileInfo(m_workspace->database().path()) == QFileInfo(path))
        return true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = Database::open(path);
    QApplication::restoreOverrideCursor();
    if (!db) {
        showError(tr("Open Database"), db.error());
        return false;
    }
    const QString recovered = (*db)->recoveryNote();
    setWorkspace(std::make_unique<Workspace>(std::move(db).value()));
    if (recovered.isEmpty())
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        statusBar()->showMessage(recovered, 30000);
    return true;
}

bool MainWindow::openDemo()
{
    if (!commitPendingEdits())
        return false;
    auto folder = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/offkai-demo-XXXXXX"));
    if (!folder->isValid()) {
        showError(tr("Demo Database"),
                  Error(Error::Code::Io, tr("Could not create a temporary folder for the demo.")));
        return false;
    }
    auto path = DemoDatabase::create(folder->path());
    if (!path) {
        showError(tr("Demo Database"), path.error());
        return false;
    }
    Database::Options options;
    options.dailyBackup = false;
    auto db = Database::open(*path, options);
    if (!db) {
        showError(tr("Demo Database"), db.error());
        return false;
    }
    setWorkspace(std::make_unique<Workspace>(std::move(db).value(), true));
    m_demoFolder = std::move(folder); // the previous demo folder, if any, goes now that nothing uses it
    return true;
}

void MainWindow::restoreFromBackup()
{
    if (!m_workspace || !commitPendingEdits())
        return;
    const QString path = m_workspace->database().path();
    RestoreBackupDialog dialog(
        path, [this] { setWorkspace(nullptr); }, [this, path] { return openDatabase(path); }, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.outcome(), 15000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_shutDown && !commitPendingEdits()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::shutDown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    // Nothing may wait for an answer here: an edit the editor refuses to save stays unsaved, as it would
    // if the machine lost power, and what could be saved is.
    commitPendingEdits();
    saveLayout();
    setWorkspace(nullptr);
    m_demoFolder.reset();
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_navigation->currentRow() >= 0)
        settings.setValue(QStringLiteral("window/page"), m_navigation->currentRow());
}

} // namespace offkai
