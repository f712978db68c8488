#include "BlogClient.h"

#include "BlogEndpoint.h"
#include "HatenaBlogClient.h"
#include "PublishingLog.h"
#include "WordPressClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace offkai {

BlogClient::BlogClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
    qRegisterMetaType<offkai::PublishPhoto>();
    qRegisterMetaType<offkai::PublishOutcome>();
    qRegisterMetaType<offkai::Result<offkai::PublishOutcome>>();
}

BlogClient::~BlogClient()
{
    abortAll();
}

BlogClient *BlogClient::create(BlogAccount::Kind kind, QObject *parent)
{
    if (kind == BlogAccount::Kind::Hatena)
        return new HatenaBlogClient(nullptr, parent);
    return new WordPressClient(nullptr, parent);
}

void BlogClient::start(const PublishRequest &request)
{
    if (m_running) {
        qCWarning(lcPublishing) << "start() ignored: a publication is already running";
        return;
    }
    m_request = request;
    m_running = true;
    const quint64 generation = ++m_generation;
    // Never finish from inside start(): the caller may connect after calling it, or through a queue.
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_generation || !m_running)
                return;
            if (m_request.secret.isEmpty()) {
                fail(Error(
                    Error::Code::Invalid,
                    tr("Enter the password or API key of the blog account “%1”.").arg(m_request.account.name),
                    QStringLiteral("publish: empty secret")));
                return;
            }
            if (auto secure = BlogEndpoint::checkSecure(m_request.account.url); !secure) {
                fail(secure.error());
                return;
            }
            qCInfo(lcPublishing).noquote()
                << "publishing to" << serviceName() << BlogEndpoint::display(m_request.account.url)
                << (m_request.remoteId.isEmpty() ? "(new post)" : "(update)");
            run();
        },
        Qt::QueuedConnection);
}

void BlogClient::cancel()
{
    if (!m_running)
        return;
    qCInfo(lcPublishing) << "publication cancelled";
    fail(PublishErrors::cancelled());
}

QByteArray BlogClient::basicAuthorization() const
{
    return QByteArrayLiteral("Basic ") +
           (m_request.account.userName + QLatin1Char(':') + m_request.secret).toUtf8().toBase64();
}

PublishErrors::Call BlogClient::callFor(const QByteArray &method, const QUrl &url,
                                        const QString &service) const
{
    return {m_request.account.kind, service, method, url};
}

void BlogClient::send(const QByteArray &method, QNetworkRequest request, const QByteArray &body,
                      const QString &service, SuccessHandler onSuccess, StatusHandler onStatus)
{
    if (!m_running)
        return;
    const PublishErrors::Call call = callFor(method, request.url(), service);
    if (auto secure = BlogEndpoint::checkSecure(request.url()); !secure) {
        fail(secure.error());
        return;
    }
    request.setTransferTimeout(m_request.timeoutMs > 0 ? m_request.timeoutMs : 30000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Offkai/" OFFKAI_VERSION));
    qCInfo(lcPublishing).noquote() << QString::fromLatin1(method) << BlogEndpoint::display(request.url())
                                   << body.size() << "bytes";
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = m_network->get(request);
    else if (method == "POST")
        reply = m_network->post(request, body);
    else if (method == "PUT")
        reply = m_network->put(request, body);
    else
        reply = m_network->sendCustomRequest(request, method, body);
    m_replies.insert(reply, method);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call, onSuccess = std::move(onSuccess), onStatus = std::move(onStatus)] {
                onReplyFinished(reply, call, onSuccess, onStatus);
            });
}

void BlogClient::onReplyFinished(QNetworkReply *reply, const PublishErrors::Call &call,
                                 const SuccessHandler &onSuccess, const StatusHandler &onStatus)
{
    if (!m_replies.remove(reply))
        return; // aborted by cancel() or a failure elsewhere
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant statusValue = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Errors below 100 are the connection's (refused, timeout, TLS…), whatever status came before them.
    if (statusValue.isValid() && !(error != QNetworkReply::NoError && int(error) < 100)) {
        const int status = statusValue.toInt();
        qCInfo(lcPublishing).noquote()
            << QString::fromLatin1(call.method) << BlogEndpoint::display(call.url) << "→ HTTP" << status;
        if (status >= 200 && status < 300) {
            onSuccess(reply, body);
            return;
        }
        if (onStatus && onStatus(status, body))
            return;
        const QUrl redirect =
            call.url.resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        fail(PublishErrors::fromStatus(call, status, scrub(body), redirect));
        return;
    }
    qCWarning(lcPublishing).noquote() << QString::fromLatin1(call.method) << BlogEndpoint::display(call.url)
                                      << "→ network error" << int(error) << reply->errorString();
    fail(PublishErrors::fromNetwork(call, error, reply->errorString(), m_request.timeoutMs));
}

void BlogClient::reportUploaded(const PublishPhoto &photo)
{
    if (m_running)
        Q_EMIT photoUploaded(photo);
}

void BlogClient::adoptPost(const QString &remoteId, const QUrl &url, bool draft)
{
    if (!m_running || remoteId.isEmpty())
        return;
    m_request.remoteId = remoteId;
    qCInfo(lcPublishing).noquote() << "the blog has the post" << BlogEndpoint::display(QUrl(remoteId));
    Q_EMIT postCreated(remoteId, url, draft);
}

void BlogClient::reportProgress(int done, int total, const QString &step)
{
    if (m_running)
        Q_EMIT progress(done, total, step);
}

void BlogClient::succeed(const PublishOutcome &outcome)
{
    qCInfo(lcPublishing).noquote() << "published" << BlogEndpoint::display(outcome.url)
                                   << (outcome.draft ? "(draft)" : "(public)");
    finish(outcome);
}

QByteArray BlogClient::scrub(const QByteArray &body) const
{
    // A careless server may echo credentials; they must not reach a message, a detail or the log.
    if (m_request.secret.size() < 3)
        return body;
    QByteArray clean = body;
    const QByteArray secret = m_request.secret.toUtf8();
    for (const QByteArray &form : {secret, QUrl::toPercentEncoding(m_request.secret), secret.toBase64(),
                                   basicAuthorization().mid(int(sizeof("Basic ")) - 1)})
        clean.replace(form, "***");
    return clean;
}

void BlogClient::fail(const Error &error)
{
    const QStringList secrets = {m_request.secret,
                                 QString::fromLatin1(basicAuthorization().mid(int(sizeof("Basic ")) - 1))};
    const Error clean(error.code(), PublishErrors::redact(error.message(), secrets),
                      PublishErrors::redact(error.detail(), secrets));
    qCWarning(lcPublishing).noquote() << "publication failed:" << clean.detail();
    finish(clean);
}

void BlogClient::finish(const Result<PublishOutcome> &result)
{
    if (!m_running)
        return;
    m_running = false;
    abortAll();
    m_request.secret.clear();
    Q_EMIT finished(result);
}

void BlogClient::abortAll()
{
    const QList<QNetworkReply *> replies = m_replies.keys();
    m_replies.clear();
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

QString BlogClient::rewritePhotoLinks(const QString &markdown, const QList<PublishPhoto> &photos)
{
    QString text = markdown;
    for (const PublishPhoto &photo : photos) {
        if (photo.url.isEmpty() || photo.fileName.isEmpty())
            continue;
        QString target = photo.url.toString(QUrl::FullyEncoded);
        target.replace(QLatin1Char('('), QStringLiteral("%28"))
            .replace(QLatin1Char(')'), QStringLiteral("%29"));
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(photo.fileName));
        for (const QString &name : {photo.fileName, encoded}) {
            // A link target: "](images/x)", "](<images/x>)", "[ref]: images/x" or src="images/x".
            const QRegularExpression link(QStringLiteral(R"((\]\(\s*<?|\]:[ \t]*<?|src=["'])images/)") +
                                              QRegularExpression::escape(name) +
                                              QStringLiteral(R"((?=[\s)>"']|$))"),
                                          QRegularExpression::MultilineOption);
            text.replace(link, QStringLiteral("\\1") + target);
        }
    }
    return text;
}

} // namespace offkai
