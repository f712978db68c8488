#pragma once

#include "records/BlogAccount.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace offkai {

class BlogAccountStore;

/// Adds or edits one blog account. The password or API key typed here is written to the keychain (or,
/// without one, kept in memory until Offkai quits), never to the database or the settings.
class BlogAccountDialog : public QDialog
{
    Q_OBJECT
public:
    BlogAccountDialog(BlogAccountStore &store, const BlogAccount &account, QWidget *parent = nullptr);

    BlogAccount account() const;
    QString secret() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *secretEdit() const { return m_secret; }
    QComboBox *kindCombo() const { return m_kind; }

    void accept() override;

private:
    void updateHints();

    BlogAccountStore &m_store;
    BlogAccount m_account;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QLabel *m_hint;
};

} // namespace offkai
