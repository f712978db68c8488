#pragma once

#include "core/Error.h"

#include <functional>
#include <memory>
#include <QIcon>
#include <QMainWindow>
#include <QUndoStack>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTemporaryDir;
class QToolBar;

namespace offkai {

class ConnectionBanner;
class DatabaseFileActions;
class UndoActions;
class TeamTransferActions;
class ChangeHistoryAction;
class DatabaseUpkeep;
class HelpWindow;
class Page;
class WelcomeWidget;
class Workspace;

/// The window: navigation on the left, the current page on the right, menus, one undo stack.
/// It knows how to open databases and which pages exist; everything else belongs to the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens `path`, creating it when it does not exist. On failure the message is shown and the
    /// current database stays open.
    bool openDatabase(const QString &path);
    /// Builds a fresh demo database in a temporary folder and opens it.
    bool openDemo();
    /// File › Connect to Team Database…: asks for the address and password, then works on that database.
    /// With `address` (`offkai --server URL`), connects at once with the keychain's password and asks only
    /// when that is refused.
    bool connectToTeamDatabase(const QString &address = QString());
    /// At start-up without `--db`: opens the newest recent database that still exists (or the one at
    /// Database::defaultPath()); with none, the welcome page stays, to start a community.
    void openLastDatabase();
    /// Creates the community's file at `path` (which must not exist), names the community and opens it;
    /// with `importMembers`, then runs the member import. On failure the welcome page says why.
    bool startCommunity(const QString &name, const QString &path, bool importMembers = false);
    /// Writes the open demo, as it is now, to a new file chosen by the user, and opens that file.
    bool saveDemoAs(const QString &path);
    /// Edit › Preferences: the community's settings.
    void editPreferences();
    /// Takes over an opened workspace (used by start-up and tests).
    void setWorkspace(std::unique_ptr<Workspace> workspace);

    Workspace *workspace() const { return m_workspace.get(); }
    QUndoStack *undoStack() { return &m_undoStack; }
    /// The open database's pages, in the navigation's order. A page is built the first time it is shown or
    /// asked for, so that opening a database costs only the page on screen.
    int pageCount() const { return int(m_slots.size()); }
    /// The page at `index`, built if it was not yet; nullptr out of range.
    Page *page(int index);
    /// The page of class `P`, built if it was not yet; nullptr without a database.
    template<typename P> P *page()
    {
        for (int i = 0; i < m_slots.size(); ++i) {
            if (m_slots.at(i).type == &P::staticMetaObject)
                return static_cast<P *>(page(i));
        }
        return nullptr;
    }
    /// The index of a built page, or -1.
    int pageIndex(const Page *page) const;
    Page *currentPage() const;
    void showPage(int index);
    /// The session is ending (a signal, or the display went away): saves what the pages hold and the
    /// window's layout, closes the database (releasing its lock) and removes a demo's folder, asking
    /// nothing. Runs once; the window shows the welcome page after it.
    void shutDown();
    /// Shows the user manual in the UI's language (Help › Offkai Help, F1).
    void showHelp();
    /// The window's size when no layout was saved: fits the screen it opens on (a 1366×768 laptop too).
    QSize defaultSize() const;

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    /// A page of the navigation, before and after it is built.
    struct PageSlot
    {
        const QMetaObject *type = nullptr;
        QString title;
        QIcon icon;
        std::function<Page *()> build;
        Page *page = nullptr;
    };
    template<typename P> PageSlot slotFor();
    void removePages();
    void wire(Page *page);

    WelcomeWidget *welcome();
    void createActions();
    void createMenus();
    void rebuildPages();
    void updatePageActions();
    void updateTitle();
    void applyCommunitySettings();
    void restoreFromBackup();
    bool commitPendingEdits();
    void saveLayout() const;
    void showError(const QString &title, const Error &error);
    bool open(const QString &path, bool offerRestore);
    void startUpkeep();
    void dropUpkeep();
    void onDamageFound(const Error &error);
    /// Says why `path` cannot be opened and, when it is damaged and copies exist, offers to restore one.
    void showOpenError(const QString &path, const Error &error, bool offerRestore);

    QUndoStack m_undoStack;
    std::unique_ptr<QTemporaryDir> m_demoFolder;
    std::unique_ptr<Workspace> m_workspace;
    /// The open database's deferred check and daily copy, started after the first paint.
    std::unique_ptr<DatabaseUpkeep> m_upkeep;
    bool m_painted = false;
    QList<PageSlot> m_slots;
    bool m_shutDown = false;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomeWidget *m_welcome = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_pageMenu = nullptr;
    /// Ctrl+1 … Ctrl+9: one action per page, on the window.
    QList<QAction *> m_pageKeys;
    HelpWindow *m_help = nullptr;
    QLabel *m_databaseLabel = nullptr;
    ConnectionBanner *m_banner = nullptr;

    TeamTransferActions *m_teamTransfer = nullptr;
    ChangeHistoryAction *m_changeHistory = nullptr;
    DatabaseFileActions *m_files = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_quitAction = nullptr;
    UndoActions *m_undo = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace offkai
