#include "HatenaSyntaxCheck.h"

#include "BlogEndpoint.h"
#include "PublishingLog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace offkai {

HatenaSyntaxCheck::HatenaSyntaxCheck(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{}

void HatenaSyntaxCheck::start(const BlogAccount &account, const QString &apiKey, int timeoutMs)
{
    if (m_reply)
        return;
    QUrl url = account.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                    QUrl::StripTrailingSlash);
    url.setPath(url.path() + QStringLiteral("/entry"));
    if (auto secure = BlogEndpoint::checkSecure(url); !secure) {
        finishLater(secure.error());
        return;
    }
    const QByteArray basic = (account.userName + QLatin1Char(':') + apiKey).toUtf8().toBase64();
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Basic " + basic);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Offkai/" OFFKAI_VERSION));
    m_timeoutMs = timeoutMs;
    const PublishErrors::Call call{BlogAccount::Kind::Hatena,
                                   BlogAccount::kindLabel(BlogAccount::Kind::Hatena), "GET", url};
    const QStringList secrets{apiKey, QString::fromLatin1(basic)};
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call, secrets] { onFinished(reply, call, secrets); });
}

void HatenaSyntaxCheck::onFinished(QNetworkReply *reply, const PublishErrors::Call &call,
                                   const QStringList &secrets)
{
    reply->deleteLater();
    m_reply = nullptr;
    const QByteArray body = reply->readAll();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const auto clean = [&secrets](const Error &error) {
        return Error(error.code(), PublishErrors::redact(error.message(), secrets),
                     PublishErrors::redact(error.detail(), secrets));
    };
    if (!status.isValid() || (reply->error() != QNetworkReply::NoError && int(reply->error()) < 100)) {
        Q_EMIT finished(
            clean(PublishErrors::fromNetwork(call, reply->error(), reply->errorString(), m_timeoutMs)));
        return;
    }
    if (status.toInt() < 200 || status.toInt() >= 300) {
        const QUrl redirect =
            call.url.resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        QByteArray scrubbed = body;
        for (const QString &secret : secrets)
            if (secret.size() >= 3)
                scrubbed.replace(secret.toUtf8(), "***");
        Q_EMIT finished(clean(PublishErrors::fromStatus(call, status.toInt(), scrubbed, redirect)));
        return;
    }
    const QList<HatenaAtom::EntryAnswer> entries = HatenaAtom::parseFeed(body);
    const QString type = entries.isEmpty() ? QString() : entries.constFirst().contentType;
    qCInfo(lcPublishing).noquote() << "Hatena blog editing mode:"
                                   << (type.isEmpty() ? QStringLiteral("unknown") : type);
    Q_EMIT finished(type);
}

void HatenaSyntaxCheck::finishLater(const Result<QString> &result)
{
    QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
}

QString HatenaSyntaxCheck::modeName(HatenaAtom::Syntax syntax)
{
    switch (syntax) {
    case HatenaAtom::Syntax::Markdown:
        return tr("Markdown");
    case HatenaAtom::Syntax::Hatena:
        return tr("はてな記法 (Hatena syntax)");
    case HatenaAtom::Syntax::Html:
        return tr("見たまま (WYSIWYG)");
    case HatenaAtom::Syntax::Unknown:
        break;
    }
    return tr("not known yet");
}

QString HatenaSyntaxCheck::warning(HatenaAtom::Syntax syntax)
{
    if (syntax != HatenaAtom::Syntax::Hatena && syntax != HatenaAtom::Syntax::Html)
        return {};
    return tr("This Hatena blog is in the %1 editing mode, so Hatena reads a report's Markdown in that mode "
              "and shows its marks (#, **, |) as they are. In Hatena Blog, open the blog's settings (設定), "
              "then 基本設定 › 編集モード, and choose Markdown. Entries already posted keep their mode.")
        .arg(modeName(syntax));
}

} // namespace offkai
