#include "PublishDialog.h"

#include "publishing/HatenaSyntaxCheck.h"
#include "publishing/SessionSecrets.h"
#include "stores/BlogAccountStore.h"
#include "stores/ReportStore.h"
#include "stores/Workspace.h"
#include "workflows/AccountSecrets.h"
#include "workflows/ReportPublisher.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace offkai {

PublishDialog::PublishDialog(Workspace &workspace, qint64 reportId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_reportId(reportId)
    , m_publisher(new ReportPublisher(workspace.reports(), &workspace.blogAccounts(), this))
    , m_account(new QComboBox(this))
    , m_draft(new QCheckBox(tr("Send as a &draft (publish it from the blog later)"), this))
    , m_existing(new QLabel(this))
    , m_mode(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_publish(new QPushButton(tr("&Publish"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Publish Report"));
    m_account->setAccessibleName(tr("Blog account"));
    m_draft->setChecked(true);
    m_existing->setWordWrap(true);
    m_existing->setOpenExternalLinks(true);
    m_status->setWordWrap(true);
    m_mode->setWordWrap(true);
    m_mode->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setOpenExternalLinks(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_prompt = [this](const BlogAccount &account) {
        bool ok = false;
        const QString secret = QInputDialog::getText(
            this, tr("Password for %1").arg(account.name),
            tr("The application password or API key for %1 at %2:").arg(account.userName, account.url.host()),
            QLineEdit::Password, QString(), &ok);
        return ok ? secret : QString();
    };
    if (auto accounts = workspace.blogAccounts().list()) {
        for (const BlogAccount &a : std::as_const(*accounts))
            m_account->addItem(QStringLiteral("%1 (%2)").arg(a.name, BlogAccount::kindLabel(a.kind)), a.id);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Blog:"), m_account);
    form->addRow(QString(), m_draft);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_publish, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_publish->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_existing);
    layout->addWidget(m_mode);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    if (m_account->count() == 0) {
        m_status->setText(tr("There is no blog account yet. Add one under Reports › Blog Accounts."));
        m_publish->setEnabled(false);
    }
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_cancel, &QPushButton::clicked, this, &PublishDialog::reject);
    connect(m_account, &QComboBox::currentIndexChanged, this, &PublishDialog::showExisting);
    connect(m_publisher, &ReportPublisher::progress, this, [this](int done, int total, const QString &step) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_status->setText(step);
    });
    connect(m_publisher, &ReportPublisher::finished, this, &PublishDialog::onFinished);
    showExisting();
    resize(520, sizeHint().height());
}

PublishDialog::~PublishDialog() = default;

bool PublishDialog::isRunning() const
{
    return m_publisher->isRunning();
}

void PublishDialog::showExisting()
{
    m_existing->clear();
    const qint64 accountId = m_account->currentData().toLongLong();
    showMode(accountId);
    auto publications = m_workspace.reports().publications(m_reportId);
    if (!publications)
        return;
    for (const ReportPublication &p : std::as_const(*publications)) {
        if (p.accountId != accountId)
            continue;
        const QString when = QLocale().toString(p.publishedAt.toLocalTime(), QLocale::ShortFormat);
        m_existing->setText((p.draft ? tr("Sent as a draft on %1.") : tr("Published on %1.")).arg(when) +
                            QLatin1Char(' ') +
                            (p.url.isEmpty() ? QString()
                                             : QStringLiteral("<a href=\"%1\">%2</a> ")
                                                   .arg(p.url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                        p.url.toDisplayString().toHtmlEscaped())) +
                            tr("Publishing again updates the same post."));
    }
}

QString PublishDialog::secretFor(const BlogAccount &account, bool *fromKeychain)
{
    *fromKeychain = false;
    m_secretKey.clear();
    AccountSecrets secrets(m_workspace.blogAccounts());
    auto key = secrets.key(account);
    if (!key) {
        m_status->setText(key.error().message());
        return {};
    }
    m_secretKey = *key;
    if (SessionSecrets::instance().contains(m_secretKey))
        return SessionSecrets::instance().get(m_secretKey).value_or(QString());
    m_status->setText(tr("Reading the password from the keychain…"));
    auto stored = secrets.read(account);
    if (stored && !stored->isEmpty()) {
        *fromKeychain = true;
        return *stored;
    }
    if (!stored && !SecretStore::isNotFound(stored.error()))
        m_status->setText(stored.error().message());
    else
        m_status->clear();
    return m_prompt ? m_prompt(account) : QString();
}

void PublishDialog::publish()
{
    auto account = m_workspace.blogAccounts().get(m_account->currentData().toLongLong());
    if (!account) {
        m_status->setText(account.error().message());
        return;
    }
    const QString secret = secretFor(*account, &m_secretFromKeychain);
    if (secret.isNull()) {
        if (!m_secretKey.isEmpty())
            m_status->setText(tr("Not published: no password was given."));
        return;
    }
    m_running = *account;
    m_secret = secret;
    setRunning(true);
    m_status->setText(tr("Connecting to %1…").arg(account->url.host()));
    m_publisher->start(m_reportId, *account, secret, m_draft->isChecked(), m_timeoutMs);
}

void PublishDialog::showMode(qint64 accountId)
{
    m_mode->clear();
    auto account = m_workspace.blogAccounts().get(accountId);
    if (!account || account->kind != BlogAccount::Kind::Hatena)
        return;
    auto contentType = m_workspace.blogAccounts().contentType(accountId);
    const HatenaAtom::Syntax syntax =
        contentType ? HatenaAtom::syntaxOf(*contentType) : HatenaAtom::Syntax::Unknown;
    const QString warning = HatenaSyntaxCheck::warning(syntax);
    m_mode->setText(tr("Editing mode of the blog: %1.").arg(HatenaSyntaxCheck::modeName(syntax)) +
                    (warning.isEmpty() ? QString() : QLatin1Char('\n') + warning));
}

void PublishDialog::onFinished(const Result<PublishOutcome> &result)
{
    setRunning(false);
    const QString key = m_secretKey;
    if (!result) {
        // A secret the blog refused is not kept for another try.
        SessionSecrets::instance().remove(key);
        m_secret.clear();
        m_progress->setValue(0);
        m_status->setTextFormat(Qt::PlainText);
        // When the blog did create the post, its identity was recorded before the failure: say so.
        m_status->setText(
            result.error().message() + QLatin1Char('\n') +
            (m_publisher->recordedPostThisRun()
                 ? tr("The post is on the blog and Offkai recorded it: publishing again updates it.")
                 : tr("The report was not changed.")));
        showExisting();
        Q_EMIT publishFinished(false);
        return;
    }
    if (!m_secretFromKeychain) {
        // It worked: keep the secret in the keychain, or for this run when there is none.
        SecretStore keychain;
        if (!keychain.write(key, m_secret))
            SessionSecrets::instance().set(key, m_secret);
    }
    m_secret.clear();
    m_progress->setValue(m_progress->maximum());
    const QString link = result->url.isEmpty()
                             ? QString()
                             : QStringLiteral(" <a href=\"%1\">%2</a>")
                                   .arg(result->url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                        result->url.toDisplayString().toHtmlEscaped());
    m_status->setTextFormat(Qt::RichText);
    m_status->setText((result->draft ? tr("Sent as a draft.") : tr("Published.")).toHtmlEscaped() + link);
    m_cancel->setText(tr("Close"));
    showExisting();
    Q_EMIT publishFinished(true);
}

void PublishDialog::setRunning(bool running)
{
    m_publish->setEnabled(!running && m_account->count() > 0);
    m_account->setEnabled(!running);
    m_draft->setEnabled(!running);
    if (running)
        m_progress->setRange(0, 0);
    else if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1);
}

void PublishDialog::reject()
{
    if (m_publisher->isRunning()) {
        m_publisher->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace offkai
