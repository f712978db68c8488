#pragma once

#include "PublishErrors.h"
#include "PublishRequest.h"

#include <functional>
#include <QHash>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace offkai {

/// Publishes one report to one blog: uploads the photos that are not there yet, points the Markdown's
/// "images/<fileName>" links at them, then creates or updates the post.
///
/// One run at a time. finished() is emitted exactly once per start(), never from inside start() (it is
/// safe across a queued connection); cancel() aborts what is in flight and finishes with a "cancelled"
/// error before it returns. The secret is sent only over https:// (or to this computer), never follows a
/// redirect, and appears in no log, message or detail.
class BlogClient : public QObject
{
    Q_OBJECT
public:
    /// `network` is used if given (not owned); else the client makes its own.
    explicit BlogClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~BlogClient() override;

    /// The client for a kind of blog.
    static BlogClient *create(BlogAccount::Kind kind, QObject *parent = nullptr);

    virtual void start(const PublishRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }
    QNetworkAccessManager *network() const { return m_network; }

    /// Replaces each "images/<fileName>" link target with the photo's url (photos without a url are left).
    static QString rewritePhotoLinks(const QString &markdown, const QList<PublishPhoto> &photos);

Q_SIGNALS:
    void progress(int done, int total, const QString &step);
    void finished(const offkai::Result<offkai::PublishOutcome> &result);
    /// A photo is on the blog (remoteId and url set), even if the post fails later: record it, so that the
    /// next attempt does not upload it again.
    void photoUploaded(const offkai::PublishPhoto &photo);
    /// The blog has the post: it was just created (its identity read from the answer's Location header or
    /// body), or found to be the one an interrupted earlier attempt created. Emitted before anything else
    /// is read or sent, so that a receiver connected directly can record it at once: whatever fails later,
    /// the next attempt updates this post instead of creating a second one.
    void postCreated(const QString &remoteId, const QUrl &url, bool draft);

protected:
    using SuccessHandler = std::function<void(QNetworkReply *reply, const QByteArray &body)>;
    /// Called for an HTTP error status; returns true when it dealt with it (else the run fails).
    using StatusHandler = std::function<bool(int status, const QByteArray &body)>;

    /// Checks the request (account address, secret) and starts the work; called by start().
    virtual void run() = 0;
    /// "WordPress", "Hatena Blog": for messages.
    virtual QString serviceName() const = 0;

    const PublishRequest &request() const { return m_request; }
    /// Sends one request; on a 2xx answer calls `onSuccess`, else finishes the run with the mapped error.
    /// Refuses (and finishes) before sending when the address is not https:// or loopback.
    void send(const QByteArray &method, QNetworkRequest request, const QByteArray &body,
              const QString &service, SuccessHandler onSuccess, StatusHandler onStatus = {});
    /// "Basic base64(user:secret)", for the Authorization header.
    QByteArray basicAuthorization() const;
    PublishErrors::Call callFor(const QByteArray &method, const QUrl &url, const QString &service) const;

    /// `body` with every form of the secret replaced by "***", for error details.
    QByteArray scrub(const QByteArray &body) const;
    void reportUploaded(const PublishPhoto &photo);
    /// From now on the run updates `remoteId`; emits postCreated().
    void adoptPost(const QString &remoteId, const QUrl &url, bool draft);
    void reportProgress(int done, int total, const QString &step);
    void succeed(const PublishOutcome &outcome);
    void fail(const Error &error);

private:
    void onReplyFinished(QNetworkReply *reply, const PublishErrors::Call &call,
                         const SuccessHandler &onSuccess, const StatusHandler &onStatus);
    void finish(const Result<PublishOutcome> &result);
    void abortAll();

    QNetworkAccessManager *m_network = nullptr;
    PublishRequest m_request;
    QHash<QNetworkReply *, QByteArray> m_replies; ///< in flight → method, for the log
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace offkai
