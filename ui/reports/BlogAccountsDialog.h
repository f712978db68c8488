#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace offkai {

class Workspace;

/// Settings › Blog accounts: the WordPress sites and Hatena blogs reports are published to. Passwords and
/// API keys go to the system keychain only; without one, Offkai asks for them when publishing.
class BlogAccountsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BlogAccountsDialog(Workspace &workspace, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    void addAccount();
    void editAccount();
    void removeAccount();

private:
    void reload();
    void updateButtons();

    Workspace &m_workspace;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace offkai
