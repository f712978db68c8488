#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace offkai {

class Database;

/// File › Copy to a Team Database… (push) and File › Save Team Database as File… (pull), with a progress
/// dialog that can stop the copy. Both run TeamTransfer, which changes nothing unless the whole copy is
/// verified; the window's own database stays open throughout.
class TeamTransferActions : public QObject
{
    Q_OBJECT
public:
    explicit TeamTransferActions(QWidget *window);

    QAction *pushAction() const { return m_pushAction; }
    QAction *pullAction() const { return m_pullAction; }

    /// The window now works on `database` (null: none): push is offered for a file, pull for a team
    /// database.
    void databaseChanged(Database *database);

    /// Asks for a team database (ConnectTeamDialog) and copies the open file into it.
    void push();
    /// Asks for a new file and writes the open team database into it.
    void pull();

private:
    QWidget *m_window;
    Database *m_database = nullptr;
    QAction *m_pushAction;
    QAction *m_pullAction;
};

} // namespace offkai
