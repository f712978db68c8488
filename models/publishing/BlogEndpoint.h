#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QUrl>

namespace offkai {

/// The rules every blog address follows, shared by the account store and the clients: a password or API
/// key only ever travels over https://, except to this computer (tests and local servers).
class BlogEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(offkai::BlogEndpoint)
public:
    /// True for localhost, 127.0.0.0/8 and ::1.
    static bool isLoopback(const QUrl &url);
    /// An http:// or https:// address with a host.
    static bool isWebUrl(const QUrl &url);
    /// Refuses anything but https://, except http:// to a loopback host. Nothing is sent on refusal.
    static Result<void> checkSecure(const QUrl &url);
    /// Same scheme, host and port: where credentials for `root` may also be sent.
    static bool sameOrigin(const QUrl &url, const QUrl &root);
    /// The address without user info, query or fragment, for messages and logs.
    static QString display(const QUrl &url);
};

} // namespace offkai
