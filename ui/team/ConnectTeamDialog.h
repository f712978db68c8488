#pragma once

#include <memory>
#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace offkai {

class Database;

/// File › Connect to Team Database…: the address and password of a team database on a PostgreSQL server.
///
/// Connecting happens here, so that a refusal (wrong password, unreachable server, no TLS, not Offkai's,
/// newer) is shown under the fields with everything typed kept, and the window only ever receives an open
/// database. The password can be kept in the system keychain; a saved one is used when the field is empty.
class ConnectTeamDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectTeamDialog(QWidget *parent = nullptr);
    ~ConnectTeamDialog() override;

    /// The address field's text, e.g. to prefill it from the last team database.
    void setAddress(const QString &address);
    /// The opened database after the dialog was accepted.
    std::unique_ptr<Database> takeDatabase();

    void accept() override;

private:
    void showProblem(const QString &message);

    QLineEdit *m_address;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<Database> m_database;
};

} // namespace offkai
