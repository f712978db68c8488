#pragma once

#include <memory>
#include <QDialog>

class QComboBox;
class QLabel;
class QTableView;

namespace offkai {

class ChangeLog;
class ChangeLogModel;
class Database;

/// File › Change History… on a team database: the latest changes by every organizer (or one), newest first,
/// with when, who, what and how (ChangeLog, ChangeLogModel). It reads the log when opened and on Refresh.
class ChangeHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    /// The most entries shown.
    static constexpr int kLimit = 1000;

    explicit ChangeHistoryDialog(Database &database, QWidget *parent = nullptr);
    ~ChangeHistoryDialog() override;

    /// Reads the log again, for the organizer chosen.
    void refresh();
    ChangeLogModel *model() const { return m_model; }
    QComboBox *organizerBox() const { return m_organizer; }
    QString statusText() const;

private:
    std::unique_ptr<ChangeLog> m_log;
    ChangeLogModel *m_model;
    QComboBox *m_organizer;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace offkai
