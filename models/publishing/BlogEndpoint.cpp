#include "BlogEndpoint.h"

#include <QHostAddress>

namespace offkai {

bool BlogEndpoint::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return false;
    if (host == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool BlogEndpoint::isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

Result<void> BlogEndpoint::checkSecure(const QUrl &url)
{
    if (!isWebUrl(url))
        return Error(Error::Code::Invalid,
                     tr("“%1” is not a web address. Enter an address that starts with https://.")
                         .arg(url.toString(QUrl::RemoveUserInfo)),
                     QStringLiteral("publish insecure: not an http(s) URL"));
    if (url.scheme() == QLatin1String("http") && !isLoopback(url))
        return Error(Error::Code::Invalid,
                     tr("Offkai does not send passwords over plain http:// (to %1). Use the blog's https:// "
                        "address.")
                         .arg(url.host()),
                     QStringLiteral("publish insecure: http to non-loopback host %1").arg(url.host()));
    return {};
}

bool BlogEndpoint::sameOrigin(const QUrl &url, const QUrl &root)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() == root.scheme() && url.host().compare(root.host(), Qt::CaseInsensitive) == 0 &&
           url.port(defaultPort) == root.port(defaultPort);
}

QString BlogEndpoint::display(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace offkai
