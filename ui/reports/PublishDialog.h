#pragma once

#include "core/Result.h"
#include "publishing/PublishRequest.h"

#include <functional>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace offkai {

class ReportPublisher;
class Workspace;

/// Publishes a report to one of the blog accounts, with progress and Cancel. The password comes from the
/// keychain; when it has none (or there is no keychain) the dialog asks for it. On failure the message
/// says what to do and the report stays as it was.
class PublishDialog : public QDialog
{
    Q_OBJECT
public:
    /// Asks the user for an account's secret; returns a null string on Cancel.
    using SecretPrompt = std::function<QString(const BlogAccount &account)>;

    PublishDialog(Workspace &workspace, qint64 reportId, QWidget *parent = nullptr);
    ~PublishDialog() override;

    void setSecretPrompt(SecretPrompt prompt) { m_prompt = std::move(prompt); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    QComboBox *accountCombo() const { return m_account; }
    QCheckBox *draftBox() const { return m_draft; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    /// Hatena Blog: the blog's editing mode as last seen, with what to change when it is not Markdown.
    QLabel *modeLabel() const { return m_mode; }
    bool isRunning() const;

    /// Starts publishing to the selected account.
    void publish();

Q_SIGNALS:
    void publishFinished(bool ok);

protected:
    void reject() override;

private:
    QString secretFor(const BlogAccount &account, bool *fromKeychain);
    void showExisting();
    void showMode(qint64 accountId);
    void onFinished(const Result<PublishOutcome> &result);
    void setRunning(bool running);

    Workspace &m_workspace;
    qint64 m_reportId;
    ReportPublisher *m_publisher;
    SecretPrompt m_prompt;
    int m_timeoutMs = 30000;
    QComboBox *m_account;
    QCheckBox *m_draft;
    QLabel *m_existing;
    QLabel *m_mode;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_publish;
    QPushButton *m_cancel;
    BlogAccount m_running;
    QString m_secretKey; ///< the keychain and session key of the account being published to
    QString m_secret;
    bool m_secretFromKeychain = false;
};

} // namespace offkai
