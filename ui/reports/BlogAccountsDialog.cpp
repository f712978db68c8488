#include "BlogAccountsDialog.h"

#include "BlogAccountDialog.h"
#include "publishing/SessionSecrets.h"
#include "stores/BlogAccountStore.h"
#include "stores/Workspace.h"
#include "workflows/AccountSecrets.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

namespace offkai {

namespace {

/// Keeps the secret in the keychain; without one, in memory for this run. Returns a note for the user
/// when the keychain could not take it.
QString storeSecret(BlogAccountStore &store, const BlogAccount &account, const QString &secret)
{
    if (secret.isEmpty())
        return {};
    AccountSecrets secrets(store);
    auto key = secrets.key(account);
    if (!key)
        return key.error().message();
    auto written = secrets.keychain().write(*key, secret);
    if (written)
        return {};
    SessionSecrets::instance().set(*key, secret);
    return written.error().message();
}

} // namespace

BlogAccountsDialog::BlogAccountsDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Blog Accounts"));
    m_list->setAccessibleName(tr("Blog accounts"));
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *hint = new QLabel(tr("Passwords and API keys are kept in the system keychain only, never in the "
                               "database or the settings."),
                            this);
    hint->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(hint);
    layout->addWidget(close);
    connect(add, &QPushButton::clicked, this, &BlogAccountsDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &BlogAccountsDialog::editAccount);
    connect(m_remove, &QPushButton::clicked, this, &BlogAccountsDialog::removeAccount);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &BlogAccountsDialog::editAccount);
    connect(m_list, &QListWidget::currentRowChanged, this, &BlogAccountsDialog::updateButtons);
    reload();
    resize(560, 320);
}

void BlogAccountsDialog::reload()
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    auto accounts = m_workspace.blogAccounts().list();
    if (accounts) {
        for (const BlogAccount &a : std::as_const(*accounts)) {
            auto *item =
                new QListWidgetItem(QStringLiteral("%1 — %2 (%3)")
                                        .arg(a.name, BlogAccount::kindLabel(a.kind), a.url.toDisplayString()),
                                    m_list);
            item->setData(Qt::UserRole, a.id);
            if (a.id == current)
                m_list->setCurrentItem(item);
        }
    }
    updateButtons();
}

void BlogAccountsDialog::updateButtons()
{
    m_edit->setEnabled(m_list->currentItem() != nullptr);
    m_remove->setEnabled(m_list->currentItem() != nullptr);
}

void BlogAccountsDialog::addAccount()
{
    BlogAccountDialog dialog(m_workspace.blogAccounts(), BlogAccount(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    BlogAccount account = dialog.account();
    auto id = m_workspace.blogAccounts().insert(account);
    if (!id) {
        QMessageBox::warning(this, windowTitle(), id.error().message());
        return;
    }
    account.id = *id;
    // The editing mode the dialog read from the blog, shown by the publish dialog (a cache: if it is not
    // kept, the first publish reads it again).
    if (!dialog.contentType().isEmpty())
        (void)m_workspace.blogAccounts().setContentType(*id, dialog.contentType());
    if (const QString note = storeSecret(m_workspace.blogAccounts(), account, dialog.secret());
        !note.isEmpty())
        QMessageBox::information(this, windowTitle(), note);
    reload();
}

void BlogAccountsDialog::editAccount()
{
    if (!m_list->currentItem())
        return;
    auto account = m_workspace.blogAccounts().get(m_list->currentItem()->data(Qt::UserRole).toLongLong());
    if (!account) {
        QMessageBox::warning(this, windowTitle(), account.error().message());
        return;
    }
    BlogAccountDialog dialog(m_workspace.blogAccounts(), *account, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BlogAccount edited = dialog.account();
    if (edited.secretKey() != account->secretKey()) {
        // The account's own keychain entry stays the same through an edit, but an old-style entry (named by
        // address and user) could no longer be found after one: move it first.
        (void)AccountSecrets(m_workspace.blogAccounts()).read(*account);
    }
    if (auto updated = m_workspace.blogAccounts().update(edited); !updated) {
        QMessageBox::warning(this, windowTitle(), updated.error().message());
        return;
    }
    if (const QString note = storeSecret(m_workspace.blogAccounts(), edited, dialog.secret());
        !note.isEmpty())
        QMessageBox::information(this, windowTitle(), note);
    reload();
}

void BlogAccountsDialog::removeAccount()
{
    if (!m_list->currentItem())
        return;
    auto account = m_workspace.blogAccounts().get(m_list->currentItem()->data(Qt::UserRole).toLongLong());
    if (!account)
        return;
    if (QMessageBox::question(
            this, windowTitle(),
            tr("Remove the account “%1”? Posts already on the blog stay there; Offkai forgets "
               "them and its stored password.")
                .arg(account->name)) != QMessageBox::Yes)
        return;
    AccountSecrets secrets(m_workspace.blogAccounts());
    const auto key = secrets.key(*account); // named in the row that is about to go
    if (auto removed = m_workspace.blogAccounts().remove(account->id); !removed) {
        QMessageBox::warning(this, windowTitle(), removed.error().message());
        return;
    }
    if (key)
        (void)secrets.forget(*account, *key);
    reload();
}

} // namespace offkai
