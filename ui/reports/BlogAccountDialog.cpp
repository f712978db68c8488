#include "BlogAccountDialog.h"

#include "publishing/HatenaSyntaxCheck.h"
#include "stores/BlogAccountStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

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
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_check(new HatenaSyntaxCheck(nullptr, this))
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
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BlogAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &HatenaSyntaxCheck::finished, this, &BlogAccountDialog::onChecked);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
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
    if (a.kind == BlogAccount::Kind::Hatena && !m_secret->text().isEmpty() && !m_checked) {
        m_hint->setText(tr("Checking the blog's editing mode…"));
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        m_check->start(a, m_secret->text());
        return;
    }
    QDialog::accept();
}

void BlogAccountDialog::onChecked(const Result<QString> &contentType)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    updateHints();
    if (!contentType) {
        // Often a wrong API key or address: better known now than at the first publication.
        const auto answer = QMessageBox::question(
            this, windowTitle(),
            tr("Could not check the blog's editing mode:\n%1\n\nSave the account anyway?")
                .arg(contentType.error().message()));
        if (answer != QMessageBox::Yes)
            return;
    } else {
        m_contentType = *contentType;
        if (m_account.id > 0 && !m_contentType.isEmpty())
            (void)m_store.setContentType(m_account.id, m_contentType);
        const QString warning = HatenaSyntaxCheck::warning(HatenaAtom::syntaxOf(m_contentType));
        if (!warning.isEmpty())
            QMessageBox::warning(this, windowTitle(), warning);
    }
    m_checked = true;
    QDialog::accept();
}

} // namespace offkai
