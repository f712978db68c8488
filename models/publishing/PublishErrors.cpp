#include "PublishErrors.h"

#include "BlogEndpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace offkai {

namespace {

struct Token
{
    PublishErrors::Failure failure;
    const char *name;
};

constexpr Token kTokens[] = {
    {PublishErrors::Failure::Unauthorized, "unauthorized"},
    {PublishErrors::Failure::Forbidden, "forbidden"},
    {PublishErrors::Failure::NotFound, "not-found"},
    {PublishErrors::Failure::ServerError, "server-error"},
    {PublishErrors::Failure::Rejected, "rejected"},
    {PublishErrors::Failure::Redirected, "redirected"},
    {PublishErrors::Failure::Timeout, "timeout"},
    {PublishErrors::Failure::Tls, "tls"},
    {PublishErrors::Failure::Network, "network"},
    {PublishErrors::Failure::Cancelled, "cancelled"},
    {PublishErrors::Failure::Insecure, "insecure"},
    {PublishErrors::Failure::BadResponse, "bad-response"},
};

QString tokenOf(PublishErrors::Failure failure)
{
    for (const Token &t : kTokens)
        if (t.failure == failure)
            return QLatin1String(t.name);
    return QStringLiteral("none");
}

QString detailFor(PublishErrors::Failure failure, const QString &rest)
{
    return QStringLiteral("publish ") + tokenOf(failure) + QStringLiteral(": ") + rest;
}

/// The "message" of a WordPress error body ({"code": …, "message": …}), if there is one.
QString serverMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString text = object.value(QLatin1String("message")).toString();
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text.simplified().left(200);
}

} // namespace

QString PublishErrors::excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(800)).simplified();
    if (text.size() > 200)
        text = text.left(199) + QChar(0x2026);
    return text;
}

QString PublishErrors::describe(const Call &call)
{
    return QString::fromLatin1(call.method) + QLatin1Char(' ') + BlogEndpoint::display(call.url);
}

Error PublishErrors::fromStatus(const Call &call, int status, const QByteArray &body, const QUrl &redirect)
{
    const QString technical =
        describe(call) + QStringLiteral(" → HTTP %1").arg(status) +
        (body.isEmpty() ? QString() : QString(QStringLiteral("; body: ") + excerpt(body)));
    const bool hatena = call.kind == BlogAccount::Kind::Hatena;
    if (status >= 300 && status < 400)
        return Error(Error::Code::Invalid,
                     tr("%1 sent Offkai to another address (%2). Enter the final address in the blog account "
                        "settings; Offkai does not follow redirects with your password.")
                         .arg(call.service, BlogEndpoint::display(redirect)),
                     detailFor(Failure::Redirected, technical));
    if (status == 401)
        return Error(Error::Code::Invalid,
                     hatena ? tr("%1 refused the Hatena ID or API key. Check the Hatena ID and the API key "
                                 "(blog settings › Advanced › AtomPub) and try again.")
                                  .arg(call.service)
                            : tr("%1 refused the user name or application password. Check the user name and "
                                 "the application password (Users › Profile › Application Passwords) and try "
                                 "again.")
                                  .arg(call.service),
                     detailFor(Failure::Unauthorized, technical));
    if (status == 403)
        return Error(Error::Code::Invalid,
                     tr("%1 does not allow this account to publish (HTTP 403). Ask the blog's administrator "
                        "for a role that may publish posts and upload images.")
                         .arg(call.service),
                     detailFor(Failure::Forbidden, technical));
    if (status == 404 || status == 410)
        return Error(Error::Code::NotFound,
                     hatena ? tr("%1 found nothing at %2 (HTTP %3). Check the blog address: it must be the "
                                 "root endpoint shown in the blog settings › Advanced › AtomPub.")
                                  .arg(call.service, BlogEndpoint::display(call.url))
                                  .arg(status)
                            : tr("%1 found nothing at %2 (HTTP %3). Check the blog address; the WordPress "
                                 "REST API may also be turned off on this site.")
                                  .arg(call.service, BlogEndpoint::display(call.url))
                                  .arg(status),
                     detailFor(Failure::NotFound, technical));
    if (status >= 500)
        return Error(
            Error::Code::Io,
            tr("The blog's server failed (%1, HTTP %2). Try again later.").arg(call.service).arg(status),
            detailFor(Failure::ServerError, technical));
    const QString said = serverMessage(body);
    return Error(Error::Code::Invalid,
                 said.isEmpty()
                     ? tr("%1 rejected the request (HTTP %2).").arg(call.service).arg(status)
                     : tr("%1 rejected the request (HTTP %2): %3").arg(call.service).arg(status).arg(said),
                 detailFor(Failure::Rejected, technical));
}

Error PublishErrors::fromNetwork(const Call &call, QNetworkReply::NetworkError error,
                                 const QString &errorString, int timeoutMs)
{
    const QString technical =
        describe(call) + QStringLiteral(" → network error %1: %2").arg(int(error)).arg(errorString);
    const QString host = call.url.host();
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // a transfer timeout aborts the reply
        return Error(Error::Code::Io,
                     tr("%1 did not answer within %n second(s). Check your Internet connection and try again "
                        "later.",
                        nullptr, qMax(1, (timeoutMs + 999) / 1000))
                         .arg(call.service),
                     detailFor(Failure::Timeout, technical));
    case QNetworkReply::SslHandshakeFailedError:
        return Error(
            Error::Code::Io,
            tr("The secure connection to %1 failed: its certificate is not valid or not trusted. Check "
               "the blog address, and do not publish over this network if it is not your own.")
                .arg(host),
            detailFor(Failure::Tls, technical));
    case QNetworkReply::ConnectionRefusedError:
        return Error(Error::Code::Io,
                     tr("%1 refused the connection. Check the blog address, or try again later.").arg(host),
                     detailFor(Failure::Network, technical));
    case QNetworkReply::HostNotFoundError:
        return Error(
            Error::Code::Io,
            tr("The server %1 was not found. Check the blog address and your Internet connection.").arg(host),
            detailFor(Failure::Network, technical));
    default:
        return Error(Error::Code::Io,
                     tr("Could not reach %1. Check your Internet connection and try again.").arg(host),
                     detailFor(Failure::Network, technical));
    }
}

Error PublishErrors::badResponse(const Call &call, const QString &problem, const QByteArray &body)
{
    return Error(Error::Code::Io,
                 tr("%1 answered in a way Offkai does not understand. Check the blog address and the blog "
                    "type in the account settings.")
                     .arg(call.service),
                 detailFor(Failure::BadResponse, describe(call) + QStringLiteral(": ") + problem +
                                                     QStringLiteral("; body: ") + excerpt(body)));
}

Error PublishErrors::cancelled()
{
    return Error(Error::Code::Io, tr("Publishing was cancelled."),
                 detailFor(Failure::Cancelled, QStringLiteral("cancelled by the user")));
}

PublishErrors::Failure PublishErrors::failureOf(const Error &error)
{
    if (!error.isError())
        return Failure::None;
    static const QRegularExpression pattern(QStringLiteral("^publish ([a-z-]+):"));
    const QRegularExpressionMatch match = pattern.match(error.detail());
    if (!match.hasMatch())
        return Failure::None;
    for (const Token &t : kTokens)
        if (match.captured(1) == QLatin1String(t.name))
            return t.failure;
    return Failure::None;
}

QString PublishErrors::redact(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() < 3) // too short to be told apart from ordinary text
            continue;
        const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        for (const QString &form : {secret, percent, QString::fromLatin1(secret.toUtf8().toBase64())})
            text.replace(form, QStringLiteral("***"));
    }
    return text;
}

} // namespace offkai
