#pragma once

#include "core/Error.h"
#include "records/BlogAccount.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QStringList>
#include <QUrl>

namespace offkai {

/// Turns what a blog or the network answered into Errors that tell the user what to do.
///
/// `message` is translated; `detail` holds the technical part (token, method, URL, HTTP status, at most 200
/// characters of the body) and starts with "publish <token>:", which failureOf() reads back.
class PublishErrors
{
    Q_DECLARE_TR_FUNCTIONS(offkai::PublishErrors)
public:
    enum class Failure
    {
        None,
        Unauthorized, ///< 401: wrong user name, application password or API key
        Forbidden,    ///< 403: the account may not publish
        NotFound,     ///< 404: wrong address, or the WordPress REST API is off
        ServerError,  ///< 5xx
        Rejected,     ///< another 4xx
        Redirected,   ///< 3xx: the address moved; redirects are not followed with credentials
        Timeout,
        Tls,     ///< certificate or TLS handshake failure
        Network, ///< no network, connection refused, host not found
        Cancelled,
        Insecure,   ///< http:// to a host that is not this computer; nothing was sent
        BadResponse ///< the answer could not be understood
    };

    /// One HTTP exchange, for messages: which service, which method and address.
    struct Call
    {
        BlogAccount::Kind kind = BlogAccount::Kind::WordPress;
        QString service; ///< "WordPress", "Hatena Blog", "Hatena Fotolife"
        QByteArray method;
        QUrl url;
    };

    static Error fromStatus(const Call &call, int status, const QByteArray &body, const QUrl &redirect = {});
    static Error fromNetwork(const Call &call, QNetworkReply::NetworkError error, const QString &errorString,
                             int timeoutMs);
    static Error badResponse(const Call &call, const QString &problem, const QByteArray &body);
    static Error cancelled();

    static Failure failureOf(const Error &error);
    /// Replaces every occurrence of each secret (and its Basic-auth forms) in `text` with "***".
    static QString redact(QString text, const QStringList &secrets);
    /// At most 200 characters of a response body, on one line.
    static QString excerpt(const QByteArray &body);

private:
    static QString describe(const Call &call);
};

} // namespace offkai
