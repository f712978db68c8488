#include "MainWindow.h"
#include "Icons.h"

#include "dashboard/DashboardPage.h"
#include "events/CalendarPage.h"
#include "members/MembersPage.h"
#include "records/CommunitySettings.h"
#include "reports/ReportsPage.h"
#include "shell/AboutDialog.h"
#include "shell/AppTheme.h"
#include "shell/ConnectionBanner.h"
#include "shell/DatabaseFileActions.h"
#include "shell/HelpWindow.h"
#include "shell/Page.h"
#include "shell/PreferencesDialog.h"
#include "shell/RecentDatabases.h"
#include "shell/RestoreBackupDialog.h"
#include "shell/UndoActions.h"
#include "shell/WelcomeWidget.h"
#include "shell/WorkspaceCaption.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/DatabaseUpkeep.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/Workspace.h"
#include "team/ChangeHistoryAction.h"
#include "team/ConnectTeamDialog.h"
#include "team/TeamTransferActions.h"
#include "venues/VenuesPage.h"
#include "workflows/DemoDatabase.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

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

    m_banner = new ConnectionBanner(this);
    connect(m_banner, &ConnectionBanner::reconnected, this, &MainWindow::commitPendingEdits);
    auto *central = new QWidget(this);
    auto *layout = new QGridLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner, 0, 0, 1, 2);
    layout->addWidget(m_navigation, 1, 0);
    layout->addWidget(m_stack, 1, 1);
    layout->setColumnStretch(1, 1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    createMenus();

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(defaultSize());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    rebuildPages();
}

MainWindow::~MainWindow()
{
    // Pages hold references into the workspace: they go first.
    m_upkeep.reset();
    removePages();
    m_workspace.reset();
}

template<typename P> MainWindow::PageSlot MainWindow::slotFor()
{
    return {&P::staticMetaObject, P::pageTitle(), P::pageIcon(), [this]() -> Page * {
                return new P(*m_workspace, m_undoStack, this);
            }};
}

void MainWindow::removePages()
{
    m_undoStack.clear();
    for (const PageSlot &slot : std::as_const(m_slots)) {
        if (slot.page) {
            m_stack->removeWidget(slot.page);
            delete slot.page;
        }
    }
    m_slots.clear();
}

Page *MainWindow::page(int index)
{
    if (index < 0 || index >= m_slots.size())
        return nullptr;
    PageSlot &slot = m_slots[index];
    if (!slot.page) {
        slot.page = slot.build();
        m_stack->addWidget(slot.page);
        wire(slot.page);
        if (!m_workspace->database().canWrite())
            slot.page->enterReadOnly();
    }
    return slot.page;
}

int MainWindow::pageIndex(const Page *page) const
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (page && m_slots.at(i).page == page)
            return i;
    }
    return -1;
}

void MainWindow::wire(Page *page)
{
    connect(page, &Page::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    if (auto *calendar = qobject_cast<CalendarPage *>(page)) {
        connect(calendar, &CalendarPage::writeReportRequested, this, [this](qint64 eventId) {
            auto *reports = this->page<ReportsPage>();
            showPage(pageIndex(reports));
            reports->newReportFor(eventId);
        });
    }
}

void MainWindow::createActions()
{
    m_files = new DatabaseFileActions(this);
    connect(m_files, &DatabaseFileActions::openRequested, this, &MainWindow::openDatabase);
    connect(m_files, &DatabaseFileActions::demoRequested, this, &MainWindow::openDemo);
    connect(m_files, &DatabaseFileActions::teamRequested, this, [this] { connectToTeamDatabase(); });
    m_teamTransfer = new TeamTransferActions(this);
    m_changeHistory = new ChangeHistoryAction(this);
    connect(m_files, &DatabaseFileActions::saveDemoRequested, this, &MainWindow::saveDemoAs);

    m_restoreAction = new QAction(Icons::get(QStringLiteral("edit-undo")), tr("Restore from &Backup…"), this);
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreFromBackup);

    m_quitAction = new QAction(Icons::get(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undo = new UndoActions(
        m_undoStack, [this] { return commitPendingEdits(); }, this);

    m_findAction = new QAction(Icons::get(QStringLiteral("edit-find")), tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (Page *page = currentPage())
            page->focusSearch();
    });

    m_helpAction = new QAction(Icons::get(QStringLiteral("help-contents")), tr("Offkai &Help"), this);
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    connect(m_helpAction, &QAction::triggered, this, &MainWindow::showHelp);

    m_preferencesAction = new QAction(Icons::get(QStringLiteral("configure")), tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    // The platform's own shortcut; where it has none (Windows, GNOME), Ctrl+, as most apps use.
    m_preferencesAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                          ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                          : QKeySequence::keyBindings(QKeySequence::Preferences));
    m_preferencesAction->setStatusTip(tr("The community's name and the defaults of new events"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::editPreferences);

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
    file->addAction(m_files->teamAction());
    file->addAction(m_teamTransfer->pushAction());
    file->addAction(m_teamTransfer->pullAction());
    file->addAction(m_changeHistory->action());
    file->addAction(m_files->demoAction());
    file->addAction(m_files->saveDemoAction());
    file->addAction(m_restoreAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo->undoAction());
    edit->addAction(m_undo->redoAction());
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    m_pageMenu = menuBar()->addMenu(QString());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_helpAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
}

WelcomeWidget *MainWindow::welcome()
{
    // Built when first needed: a window that opens a database never shows it.
    if (!m_welcome) {
        m_welcome = new WelcomeWidget(this);
        m_stack->addWidget(m_welcome);
        connect(m_welcome, &WelcomeWidget::startRequested, this,
                [this](const QString &name, const QString &path, bool importMembers) {
                    startCommunity(name, path, importMembers);
                });
        connect(m_welcome, &WelcomeWidget::openRequested, m_files, &DatabaseFileActions::chooseDatabase);
        connect(m_welcome, &WelcomeWidget::demoRequested, this, &MainWindow::openDemo);
    }
    return m_welcome;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::showPage(int index)
{
    Page *target = page(index);
    if (!target)
        return;
    if (Page *shown = currentPage(); shown && shown != target)
        shown->commitPendingEdits();
    m_stack->setCurrentWidget(target);
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
    updatePageActions();
}

void MainWindow::updatePageActions()
{
    m_toolBar->clear();
    m_toolBar->addAction(m_undo->undoAction());
    m_toolBar->addAction(m_undo->redoAction());
    // Icons only: "Undo Merge 2 Members into …" would push the page's buttons into the overflow menu.
    for (QAction *action : {m_undo->undoAction(), m_undo->redoAction()}) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
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
    removePages();
    m_navigation->clear();
    if (m_workspace)
        m_slots = {slotFor<DashboardPage>(), slotFor<MembersPage>(), slotFor<CalendarPage>(),
                   slotFor<VenuesPage>(), slotFor<ReportsPage>()};
    qDeleteAll(m_pageKeys);
    m_pageKeys.clear();
    for (int i = 0; i < m_slots.size(); ++i) {
        const PageSlot &slot = m_slots.at(i);
        auto *item = new QListWidgetItem(slot.icon, slot.title, m_navigation);
        if (i >= 9)
            continue;
        // Ctrl+1 … Ctrl+9 go to the pages in the navigation's order (said in each item's tooltip). Not a
        // menu: every letter a "Go" menu could take is some page's field's.
        auto *go = new QAction(slot.title, this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { showPage(i); });
        addAction(go);
        m_pageKeys.append(go);
        item->setToolTip(UndoActions::toolTipOf(go));
    }
    // Ctrl+N adds the page's item (member, event, …) while a database is open; before, a database.
    m_files->newAction()->setShortcut(m_workspace ? QKeySequence() : QKeySequence(QKeySequence::New));
    m_restoreAction->setEnabled(m_workspace && !m_workspace->isDemo() && !m_workspace->database().isServer());
    m_files->saveDemoAction()->setEnabled(m_workspace && m_workspace->isDemo());
    m_preferencesAction->setEnabled(m_workspace && m_workspace->database().canWrite());
    m_navigation->setVisible(!m_slots.isEmpty());
    if (m_slots.isEmpty()) {
        m_stack->setCurrentWidget(welcome());
        updatePageActions();
    } else {
        const int saved = QSettings().value(QStringLiteral("window/page"), 0).toInt();
        showPage(qBound(0, saved, pageCount() - 1));
    }
    updateTitle();
}

void MainWindow::updateTitle()
{
    setWindowTitle(WorkspaceCaption::title(m_workspace.get()));
    m_databaseLabel->setText(WorkspaceCaption::statusText(m_workspace.get()));
    m_banner->follow(m_workspace ? m_workspace->connectionWatch() : nullptr);
    m_databaseLabel->setToolTip(m_workspace ? QDir::toNativeSeparators(m_workspace->database().path())
                                            : QString());
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    dropUpkeep();
    removePages();
    m_workspace = std::move(workspace);
    if (m_workspace)
        connect(&m_workspace->settings(), &CommunitySettingsStore::changed, this,
                &MainWindow::applyCommunitySettings);
    applyCommunitySettings();
    m_teamTransfer->databaseChanged(m_workspace ? &m_workspace->database() : nullptr);
    m_changeHistory->databaseChanged(m_workspace ? &m_workspace->database() : nullptr);
    m_files->databaseOpened(m_workspace && !m_workspace->isDemo() && !m_workspace->database().isServer()
                                ? m_workspace->database().path()
                                : QString());
    rebuildPages();
}

bool MainWindow::commitPendingEdits()
{
    for (const PageSlot &slot : std::as_const(m_slots)) {
        if (slot.page && !slot.page->commitPendingEdits())
            return false;
    }
    return true;
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

QSize MainWindow::defaultSize() const
{
    // Room for the desktop's panels and the window's frame on a 1366×768 laptop screen.
    const QSize wanted(1280, 800);
    const QScreen *shown = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!shown)
        return wanted;
    return wanted.boundedTo(shown->availableGeometry().size() - QSize(40, 64));
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
    return open(path, true);
}

bool MainWindow::open(const QString &path, bool offerRestore)
{
    if (!commitPendingEdits())
        return false;
    if (m_workspace && QFileInfo(m_workspace->database().path()) == QFileInfo(path))
        return true;
    // What grows with the file (the full check, the day's copy) waits until the window is painted.
    Database::Options options;
    options.dailyBackup = false;
    options.deferIntegrityCheck = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = Database::open(path, options);
    QApplication::restoreOverrideCursor();
    if (!db) {
        showOpenError(path, db.error(), offerRestore);
        return false;
    }
    const QString recovered = (*db)->recoveryNote();
    const bool checkOwed = (*db)->integrityCheckDeferred();
    setWorkspace(std::make_unique<Workspace>(std::move(db).value()));
    m_upkeep = std::make_unique<DatabaseUpkeep>(m_workspace->database().path(), checkOwed, true,
                                                QDate::currentDate());
    connect(m_upkeep.get(), &DatabaseUpkeep::damaged, this, &MainWindow::onDamageFound);
    if (m_painted)
        startUpkeep();
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

bool MainWindow::connectToTeamDatabase(const QString &address)
{
    if (!commitPendingEdits())
        return false;
    ConnectTeamDialog dialog(this);
    if (!address.isEmpty()) {
        dialog.setAddress(address);
        dialog.accept(); // with the keychain's password; a refusal stays in the dialog, shown below
    }
    if (dialog.result() != QDialog::Accepted && dialog.exec() != QDialog::Accepted)
        return false;
    setWorkspace(std::make_unique<Workspace>(dialog.takeDatabase()));
    statusBar()->showMessage(tr("Connected to %1").arg(m_workspace->database().path()), 5000);
    return true;
}

void MainWindow::applyCommunitySettings()
{
    auto settings =
        m_workspace ? m_workspace->settings().load() : Result<CommunitySettings>(CommunitySettings());
    AppTheme::apply(settings ? settings->theme : CommunitySettings::Theme::FollowSystem);
    updateTitle();
}

void MainWindow::editPreferences()
{
    if (!m_workspace || !commitPendingEdits())
        return;
    PreferencesDialog dialog(*m_workspace, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Preferences saved."), 5000);
}

void MainWindow::openLastDatabase()
{
    QStringList candidates = RecentDatabases().paths();
    candidates.append(Database::defaultPath());
    for (const QString &path : std::as_const(candidates)) {
        if (QFileInfo(path).isFile()) {
            openDatabase(path);
            return;
        }
    }
}

bool MainWindow::startCommunity(const QString &name, const QString &path, bool importMembers)
{
    const auto refuse = [this](const QString &message) {
        welcome()->showError(message);
        return false;
    };
    if (QFileInfo::exists(path))
        return refuse(WelcomeWidget::takenMessage(path));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return refuse(tr("Could not create the folder “%1”.")
                          .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    if (!open(path, false))
        return false;
    CommunitySettings settings;
    settings.name = name;
    settings.timeZone = CommunitySettings::suggestedTimeZone(QLocale());
    if (auto saved = m_workspace->settings().save(settings); !saved)
        showError(tr("Start a Community"), saved.error());
    if (importMembers) {
        auto *members = page<MembersPage>();
        showPage(pageIndex(members));
        members->importCsv();
    }
    return true;
}

bool MainWindow::saveDemoAs(const QString &path)
{
    if (!m_workspace || !m_workspace->isDemo() || !commitPendingEdits())
        return false;
    auto written = m_workspace->database().copyToNewFile(path);
    if (!written) {
        showError(tr("Save Demo As"), written.error());
        return false;
    }
    if (!openDatabase(*written))
        return false;
    m_demoFolder.reset(); // nothing uses the temporary demo any more
    statusBar()->showMessage(
        tr("The demo is now yours in %1; changes are kept.").arg(QDir::toNativeSeparators(*written)), 10000);
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

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Queued: the frame is flushed to the display first.
        QTimer::singleShot(0, this, &MainWindow::startUpkeep);
    }
    return handled;
}

void MainWindow::dropUpkeep()
{
    if (!m_upkeep)
        return;
    m_upkeep->stop();
    m_upkeep->disconnect(this);
    // Later: this may run inside one of its signals (a damaged file is closed from `damaged`).
    DatabaseUpkeep *upkeep = m_upkeep.release();
    upkeep->setParent(this);
    upkeep->deleteLater();
}

void MainWindow::startUpkeep()
{
    if (m_upkeep)
        m_upkeep->start();
}

void MainWindow::onDamageFound(const Error &error)
{
    // The check that opening deferred found the file damaged: it is closed, as opening would have
    // refused it, and the message says which backup to restore.
    const QString path = m_workspace ? m_workspace->database().path() : QString();
    setWorkspace(nullptr);
    statusBar()->clearMessage(); // "Opened …" would contradict the message
    showOpenError(path, error, true);
}

void MainWindow::showOpenError(const QString &path, const Error &error, bool offerRestore)
{
    QMessageBox box(QMessageBox::Critical, tr("Open Database"), error.message(), QMessageBox::Close, this);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    QPushButton *restore = nullptr;
    if (offerRestore && error.code() == Error::Code::Corrupt && Backups(path).newest())
        restore = box.addButton(tr("Restore from &Backup…"), QMessageBox::AcceptRole);
    box.exec();
    if (!restore || box.clickedButton() != restore)
        return;
    // Reopened after the restore without this offer again: a refusal then is only reported.
    RestoreBackupDialog dialog(
        path, [] {}, [this, path] { return open(path, false); }, this);
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
