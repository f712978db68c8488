#include "BlogAccountDialog.h"

#include "stores/BlogAccountStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

namespace offkai {

BlogAccountDialog::BlogAccountDialog(BlogAccountStore &store, const BlogAccount &account, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_account(account)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(account.name, this))
    , m_url(new QLineEdit(account.url.toString(), this))
    , m_user(new QLineEdit(account.userName, this))
    , m_secret(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    setWindowTitle(account.id > 0 ? tr("Edit Blog Account") : tr("Add Blog Account"));
    for (BlogAccount::Kind kind : BlogAccount::allKinds())
        m_kind->addItem(BlogAccount::kindLabel(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(account.kind)));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(account.id > 0 ? tr("Leave empty to keep the stored one") : QString());
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("&Blog:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password or key:"), m_secret);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BlogAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BlogAccountDialog::updateHints);
    updateHints();
    resize(560, sizeHint().height());
}

void BlogAccountDialog::updateHints()
{
    const auto kind = BlogAccount::Kind(m_kind->currentData().toInt());
    if (kind == BlogAccount::Kind::Hatena) {
        m_url->setPlaceholderText(QStringLiteral("https://blog.hatena.ne.jp/ID/BLOG/atom"));
        m_user->setPlaceholderText(tr("Hatena ID"));
        m_hint->setText(tr("Hatena Blog: copy the root endpoint and the API key from Settings › Advanced "
                           "settings › AtomPub of your blog."));
    } else {
        m_url->setPlaceholderText(QStringLiteral("https://example.com"));
        m_user->setPlaceholderText(tr("WordPress user name"));
        m_hint->setText(tr("WordPress: create an application password under Users › Profile › Application "
                           "Passwords and paste it here. Your login password is not needed."));
    }
}

BlogAccount BlogAccountDialog::account() const
{
    BlogAccount a = m_account;
    a.kind = BlogAccount::Kind(m_kind->currentData().toInt());
    a.name = m_name->text().trimmed();
    a.url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty())
        a.url = QUrl();
    a.userName = m_user->text().trimmed();
    return a;
}

QString BlogAccountDialog::secret() const
{
    return m_secret->text();
}

void BlogAccountDialog::accept()
{
    const BlogAccount a = account();
    if (auto valid = m_store.validate(a); !valid) {
        QMessageBox::warning(this, windowTitle(), valid.error().message());
        return;
    }
    if (a.id == 0 && m_secret->text().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Enter the application password or API key."));
        m_secret->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace offkai
