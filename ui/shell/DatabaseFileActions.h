#pragma once

#include "shell/RecentDatabases.h"

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace offkai {

/// The File menu's ways to choose a database: New (asks where to create it), Open (asks which file),
/// Open Recent and the demo. They only ask; the window opens what they name.
class DatabaseFileActions : public QObject
{
    Q_OBJECT
public:
    /// Dialogs and messages appear over `window`.
    explicit DatabaseFileActions(QWidget *window);

    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *demoAction() const { return m_demoAction; }
    /// File › Connect to Team Database…: the window asks for the address and connects.
    QAction *teamAction() const { return m_teamAction; }
    /// File › Save Demo As…: enabled by the window while the demo is open.
    QAction *saveDemoAction() const { return m_saveDemoAction; }
    QMenu *recentMenu() const { return m_recentMenu; }

    /// The window opened `path` (empty: none, or the demo). Open starts in its folder, and it becomes
    /// the newest recent database.
    void databaseOpened(const QString &path);
    /// Asks where to create a new database, then asks the window to open it.
    void newDatabase();
    /// Asks which database to open, then asks the window to open it.
    void chooseDatabase();
    /// Asks for the new file to keep the demo in (an existing one is the window's to refuse).
    void chooseDemoFile();
    /// The file dialogs' filter: Offkai's databases, then all files (translated).
    static QString fileFilter();

Q_SIGNALS:
    void openRequested(const QString &path);
    void demoRequested();
    void teamRequested();
    void saveDemoRequested(const QString &path);

private:
    void updateRecentMenu();

    QWidget *m_window;
    RecentDatabases m_recent;
    QString m_currentPath;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_teamAction = nullptr;
    QAction *m_saveDemoAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace offkai
