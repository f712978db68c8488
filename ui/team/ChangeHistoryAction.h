#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace offkai {

class Database;

/// File › Change History…: offered on a team database (a file keeps no log), opens ChangeHistoryDialog.
class ChangeHistoryAction : public QObject
{
    Q_OBJECT
public:
    explicit ChangeHistoryAction(QWidget *window);

    QAction *action() const { return m_action; }
    /// The window now works on `database` (null: none).
    void databaseChanged(Database *database);

private:
    QWidget *m_window;
    Database *m_database = nullptr;
    QAction *m_action;
};

} // namespace offkai
