#pragma once

#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

namespace offkai::test {

/// Accepts connections on 127.0.0.1, reads what comes and never answers: a server that hangs.
class SilentServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit SilentServer(QObject *parent = nullptr)
        : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            }
        });
    }
    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
    int connections() const { return m_connections; }

private:
    int m_connections = 0;
};

} // namespace offkai::test
