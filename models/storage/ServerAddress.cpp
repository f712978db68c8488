#include "ServerAddress.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace offkai {

namespace {
const QStringList kSslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                               QStringLiteral("prefer"),    QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

Error invalid(const QString &message)
{
    return Error(Error::Code::Usage, message);
}
} // namespace

bool ServerAddress::looksLikeAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!looksLikeAddress(trimmed))
        return invalid(tr("“%1” is not a team database address. Write it as "
                          "postgresql://user@host:port/database.")
                           .arg(trimmed));
    // QUrl refuses libpq's percent-encoded socket folder as a host name: set it aside, parse the rest.
    static const QRegularExpression socketHost(
        QStringLiteral("^(postgres(?:ql)?://(?:[^@/]*@)?)(%2[Ff][^:/?]*)(.*)$"));
    const QRegularExpressionMatch socket = socketHost.match(trimmed);
    const QUrl url(socket.hasMatch() ? socket.captured(1) + QStringLiteral("localhost") + socket.captured(3)
                                     : trimmed,
                   QUrl::StrictMode);
    if (!url.isValid())
        return invalid(tr("“%1” is not a valid team database address: %2").arg(trimmed, url.errorString()));

    ServerAddress address;
    address.m_user = url.userName(QUrl::FullyDecoded);
    address.m_password = url.password(QUrl::FullyDecoded);
    address.m_host = socket.hasMatch() ? QUrl::fromPercentEncoding(socket.captured(2).toUtf8())
                                       : url.host(QUrl::FullyDecoded);
    if (url.port() > 0)
        address.m_port = url.port();
    address.m_database = url.path(QUrl::FullyDecoded).mid(1);

    const QUrlQuery query(url);
    for (const auto &[key, encoded] : query.queryItems(QUrl::FullyEncoded)) {
        const QString value = QUrl::fromPercentEncoding(encoded.toUtf8());
        if (key == QLatin1String("host")) {
            address.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.m_port = value.toInt(&ok);
            if (!ok || address.m_port <= 0 || address.m_port > 65535)
                return invalid(tr("“%1” is not a port number.").arg(value));
        } else if (key == QLatin1String("user")) {
            address.m_user = value;
        } else if (key == QLatin1String("sslmode")) {
            if (!kSslModes.contains(value))
                return invalid(tr("“%1” is not an sslmode. Use verify-full.").arg(value));
            address.m_sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            address.m_sslRootCert = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            address.m_connectTimeout = value.toInt(&ok);
            if (!ok || address.m_connectTimeout <= 0)
                return invalid(tr("“%1” is not a number of seconds.").arg(value));
        } else if (key == QLatin1String("application_name")) {
            address.m_applicationName = value;
        } else {
            return invalid(tr("The team database address has an unknown setting “%1”.").arg(key));
        }
    }
    if (address.m_host.isEmpty())
        return invalid(tr("The team database address names no server. Write it as "
                          "postgresql://user@host:port/database."));
    if (address.m_database.isEmpty() || address.m_database.contains(QLatin1Char('/')))
        return invalid(tr("The team database address names no database. Write it as "
                          "postgresql://user@host:port/database."));
    if (address.m_user.isEmpty())
        return invalid(tr("The team database address names no user. Write it as "
                          "postgresql://user@host:port/database."));
    if (address.m_sslMode.isEmpty())
        address.m_sslMode = address.isLocal() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
    else if (!address.isLocal() && address.m_sslMode != QLatin1String("verify-full"))
        return invalid(tr("Offkai reaches a team database on another machine only over verified TLS, so that "
                          "passwords and members' data cannot be read or changed on the way. Remove "
                          "“sslmode=%1” from the address, or use sslmode=verify-full.")
                           .arg(address.m_sslMode));
    return address;
}

bool ServerAddress::isLocal() const
{
    if (viaSocket() || m_host == QLatin1String("localhost"))
        return true;
    const QHostAddress ip(m_host);
    return !ip.isNull() && ip.isLoopback();
}

QString ServerAddress::connectOptions() const
{
    QStringList options = {QStringLiteral("sslmode=") + m_sslMode,
                           QStringLiteral("connect_timeout=") + QString::number(m_connectTimeout),
                           QStringLiteral("application_name=") + m_applicationName};
    if (!m_sslRootCert.isEmpty())
        options.append(QStringLiteral("sslrootcert=") + m_sslRootCert);
    return options.join(QLatin1Char(';'));
}

QString ServerAddress::toDisplayString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    if (viaSocket()) {
        // libpq's form for a socket: no host before the path, the folder (and port) as parameters.
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), m_host);
        if (m_port != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
        url.setHost(QStringLiteral("localhost"));
        url.setPath(QLatin1Char('/') + m_database);
        url.setQuery(query);
        return url.toString(QUrl::PrettyDecoded).replace(QLatin1String("@localhost/"), QLatin1String("@/"));
    }
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    return url.toString(QUrl::PrettyDecoded);
}

QString ServerAddress::shortName() const
{
    return viaSocket() ? tr("%1 on this computer").arg(m_database) : tr("%1 on %2").arg(m_database, m_host);
}

} // namespace offkai
