#pragma once

#include "RecordedRequest.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace offkai::test {

/// Hatena Blog's AtomPub (/{ID}/{BLOG}/atom/entry, POST to create, PUT to a member to update; HTTP Basic
/// with the Hatena ID and API key) and Hatena Fotolife's AtomAPI (/atom/post; WSSE with the same key) on
/// 127.0.0.1 for tests. Records every request and keeps entries and photos.
class FakeHatenaServer : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString id;
        QString title;
        QString author;
        QString content;
        QString contentType;
        QStringList categories;
        bool draft = false;
        int updates = 0;
    };
    struct Photo
    {
        QString id;
        QString title;
        QString mimeType;
        QString folder;
        QByteArray data;
        QUrl imageUrl;
    };

    FakeHatenaServer(const QString &hatenaId, const QString &blogId, const QString &apiKey,
                     QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:PORT/{ID}/{BLOG}/atom
    QUrl rootUrl() const;
    /// http://127.0.0.1:PORT/atom (Fotolife)
    QUrl fotolifeUrl() const;

    int failStatus = 0; ///< answered to every request whose path contains failPath
    QString failPath;
    bool echoCredentials = false;

    QList<RecordedRequest> requests;
    QMap<QString, Entry> entries;
    QList<Photo> photos;

    int count(const QByteArray &method, const QString &pathPart) const;

private:
    QHttpServerResponse handle(const QHttpServerRequest &request);
    QHttpServerResponse text(int status, const QString &message, const RecordedRequest &r);
    QHttpServerResponse saveEntry(const RecordedRequest &r, const QString &id);
    QHttpServerResponse postPhoto(const RecordedRequest &r);
    bool wsseValid(const QByteArray &header);
    QByteArray entryXml(const Entry &entry) const;

    QString m_hatenaId;
    QString m_blogId;
    QString m_apiKey;
    QHttpServer m_server;
    quint16 m_port = 0;
    qint64 m_nextId = 1700000000;
    QSet<QByteArray> m_nonces;
};

} // namespace offkai::test
