#pragma once

#include "core/Result.h"
#include "records/BlogAccount.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace offkai {

class BlogAccountStore;
class HatenaSyntaxCheck;

/// Adds or edits one blog account. The password or API key typed here is written to the keychain (or,
/// without one, kept in memory until Offkai quits), never to the database or the settings.
///
/// Saving a Hatena Blog account with its API key first reads the blog's latest entry: a wrong key or address
/// is caught before it is saved, and a blog whose editing mode is not Markdown gets a warning that says what
/// to change in Hatena's settings.
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
    /// Hatena Blog: the `<content type>` the check on saving read (the editing mode); empty if unknown.
    QString contentType() const { return m_contentType; }

    void accept() override;

private:
    void updateHints();
    void onChecked(const Result<QString> &contentType);

    BlogAccountStore &m_store;
    BlogAccount m_account;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
    HatenaSyntaxCheck *m_check;
    QString m_contentType;
    bool m_checked = false;
};

} // namespace offkai
