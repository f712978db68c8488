#include "DatabaseFileActions.h"

#include "shell/Icons.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace offkai {

namespace {
const char *const kFileFilter =
    QT_TRANSLATE_NOOP("offkai::DatabaseFileActions", "Offkai databases (*.sqlite *.offkai);;All files (*)");
}

DatabaseFileActions::DatabaseFileActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_newAction = new QAction(Icons::get(QStringLiteral("document-new")), tr("&New Database…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new, empty database file"));
    connect(m_newAction, &QAction::triggered, this, &DatabaseFileActions::newDatabase);

    m_openAction = new QAction(Icons::get(QStringLiteral("document-open")), tr("&Open Database…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open an existing database file"));
    connect(m_openAction, &QAction::triggered, this, &DatabaseFileActions::chooseDatabase);

    m_demoAction = new QAction(tr("Open the &Demo Database"), this);
    m_demoAction->setStatusTip(tr("Explore a sample community; your own database is not touched"));
    connect(m_demoAction, &QAction::triggered, this, &DatabaseFileActions::demoRequested);

    m_teamAction = new QAction(tr("Connect to &Team Database…"), this);
    m_teamAction->setObjectName(QStringLiteral("teamAction"));
    m_teamAction->setStatusTip(tr("Work with other organizers on a shared database on a PostgreSQL server"));
    connect(m_teamAction, &QAction::triggered, this, &DatabaseFileActions::teamRequested);

    m_saveDemoAction = new QAction(tr("Save Demo &As…"), this);
    m_saveDemoAction->setObjectName(QStringLiteral("saveDemoAction"));
    m_saveDemoAction->setStatusTip(tr("Keep the demo, as it is now, in a file of your own"));
    m_saveDemoAction->setEnabled(false);
    connect(m_saveDemoAction, &QAction::triggered, this, &DatabaseFileActions::chooseDemoFile);

    m_recentMenu = new QMenu(tr("Open &Recent"), window);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DatabaseFileActions::updateRecentMenu);
    updateRecentMenu();
}

void DatabaseFileActions::databaseOpened(const QString &path)
{
    m_currentPath = path;
    if (!path.isEmpty())
        m_recent.add(path);
}

void DatabaseFileActions::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent.paths();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        QAction *action =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                QMessageBox::warning(m_window, tr("Open Recent"),
                                     tr("“%1” no longer exists. It was removed from the list.")
                                         .arg(QDir::toNativeSeparators(path)));
                m_recent.remove(path);
                return;
            }
            Q_EMIT openRequested(path);
        });
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this,
                [this] { m_recent.clear(); });
    }
}

void DatabaseFileActions::newDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("New Database"), folder + QStringLiteral("/community.sqlite"), tr(kFileFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // The dialog already asked to replace; a database is never overwritten in place, so say so.
        QMessageBox::information(m_window, tr("New Database"),
                                 tr("“%1” already exists, so Offkai opens it instead of replacing it.")
                                     .arg(QDir::toNativeSeparators(path)));
    }
    Q_EMIT openRequested(path);
}

void DatabaseFileActions::chooseDemoFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Demo As"),
                                                folder + QStringLiteral("/offkai-demo.sqlite"),
                                                tr(kFileFilter), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    Q_EMIT saveDemoRequested(path);
}

QString DatabaseFileActions::fileFilter()
{
    return tr(kFileFilter);
}

void DatabaseFileActions::chooseDatabase()
{
    const QString start = !m_currentPath.isEmpty()
                              ? QFileInfo(m_currentPath).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Database"), start, tr(kFileFilter));
    if (!path.isEmpty())
        Q_EMIT openRequested(path);
}

} // namespace offkai
