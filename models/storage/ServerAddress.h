#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace offkai {

/// Where a team database lives: a `postgresql://user@host:port/database` address, parsed and checked.
///
/// Accepted forms are libpq's URI forms: `postgresql://` or `postgres://`, an optional `user[:password]@`,
/// a host name, an IPv4 address, a bracketed IPv6 address or a percent-encoded Unix socket folder
/// (`%2Frun%2Fpostgresql`), an optional port, the database name, and the parameters `host` (a socket
/// folder), `port`, `user`, `sslmode`, `sslrootcert`, `connect_timeout` and `application_name`. Any other
/// parameter is refused, so that a typo never silently weakens the connection.
///
/// TLS policy: a server on another machine is reached only with `sslmode=verify-full` (the default for
/// it); a weaker mode in the address is refused. Over a Unix socket or to this machine (localhost,
/// 127.0.0.0/8, ::1) traffic never leaves the machine, so TLS is used when the server offers it
/// (`prefer`) unless the address asks for more.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ServerAddress)
public:
    static Result<ServerAddress> parse(const QString &text);
    /// Whether `text` looks like a server address rather than a file path.
    static bool looksLikeAddress(const QString &text);

    QString user() const { return m_user; }
    /// Host name or address; for a socket, the socket's folder (starting with '/').
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    /// A password written in the address itself (discouraged; the keychain is the usual place).
    QString password() const { return m_password; }
    QString sslMode() const { return m_sslMode; }
    bool viaSocket() const { return m_host.startsWith(QLatin1Char('/')); }
    /// Over a socket or to a loopback address: traffic stays on this machine.
    bool isLocal() const;

    /// The same server, user and settings, another database.
    ServerAddress withDatabase(const QString &database) const
    {
        ServerAddress other = *this;
        other.m_database = database;
        return other;
    }

    /// The options for Qt's PostgreSQL driver (libpq keywords, ';'-separated).
    QString connectOptions() const;
    /// The address without password, as shown to the user and used as the keychain entry's key:
    /// `postgresql://user@host:port/database`.
    QString toDisplayString() const;
    /// A short form for the title bar: `database on host`.
    QString shortName() const;

private:
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_sslMode;
    QString m_sslRootCert;
    int m_connectTimeout = 10;
    QString m_applicationName = QStringLiteral("Offkai");
};

} // namespace offkai
