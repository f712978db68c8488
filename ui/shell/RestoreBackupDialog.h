#pragma once

#include <functional>
#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace offkai {

/// File › Restore from Backup…: lists the copies of the open database and puts the chosen one in place.
///
/// The database must be closed while it is replaced (its lock and connections released), so the window
/// hands in how to close it and how to open it again; the dialog reopens it whatever the outcome. On
/// failure it says why and stays open, with the file as it was.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreBackupDialog(const QString &databasePath, std::function<void()> closeDatabase,
                        std::function<bool()> reopenDatabase, QWidget *parent = nullptr);

    /// After a restore: one sentence for the status bar saying what was done.
    QString outcome() const { return m_outcome; }

private:
    void populate();
    void restore();

    QString m_path;
    std::function<void()> m_close;
    std::function<bool()> m_reopen;
    QString m_outcome;

    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_restoreButton = nullptr;
};

} // namespace offkai
