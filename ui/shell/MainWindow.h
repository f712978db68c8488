#pragma once

#include "core/Error.h"

#include <memory>
#include <QMainWindow>
#include <QUndoStack>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTemporaryDir;
class QToolBar;

namespace offkai {

class DatabaseFileActions;
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
    /// Takes over an opened workspace (used by start-up and tests).
    void setWorkspace(std::unique_ptr<Workspace> workspace);

    Workspace *workspace() const { return m_workspace.get(); }
    QUndoStack *undoStack() { return &m_undoStack; }
    QList<Page *> pages() const { return m_pages; }
    Page *currentPage() const;
    void showPage(int index);
    /// The session is ending (a signal, or the display went away): saves what the pages hold and the
    /// window's layout, closes the database (releasing its lock) and removes a demo's folder, asking
    /// nothing. Runs once; the window shows the welcome page after it.
    void shutDown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void rebuildPages();
    void updatePageActions();
    void updateTitle();
    void restoreFromBackup();
    bool commitPendingEdits();
    void saveLayout() const;
    void undoOrRedo(bool undo);
    void showError(const QString &title, const Error &error);

    QUndoStack m_undoStack;
    std::unique_ptr<QTemporaryDir> m_demoFolder;
    std::unique_ptr<Workspace> m_workspace;
    QList<Page *> m_pages;
    bool m_shutDown = false;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomeWidget *m_welcome = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_pageMenu = nullptr;
    QLabel *m_databaseLabel = nullptr;

    DatabaseFileActions *m_files = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace offkai
