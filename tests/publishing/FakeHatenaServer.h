#pragma once

#include "RecordedRequest.h"

#include <functional>
#include <QDateTime>
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
        QDateTime published;
    };
    /// How a created entry is answered: as the fake's own well-formed XML with a Location header; as Hatena's
    /// documentation shows it (an undeclared app: prefix, <entry> where </entry> belongs) with a Location;
    /// with only a Location and an empty body; or with neither (a body that is no XML, no Location).
    enum class CreateAnswer
    {
        WellFormed,
        Documented,
        LocationOnly,
        Garbage
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
    CreateAnswer answerCreatesWith = CreateAnswer::WellFormed;
    /// The blog's editing mode: Hatena stores and answers every entry in it, whatever the request said.
    QString blogContentType = QStringLiteral("text/x-markdown");
    /// Fotolife answers as documented: Atom 0.3 with undeclared dc: and hatena: prefixes, a misspelt
    /// </dc:subjetct>, and an http:// image URL on f.hatena.ne.jp.
    bool documentedFotolifeAnswer = false;
    /// Called when an entry was saved, before the answer is sent.
    std::function<void(const Entry &)> onSaved;

    QList<RecordedRequest> requests;
    QMap<QString, Entry> entries;
    QList<Photo> photos;

    int count(const QByteArray &method, const QString &pathPart) const;

private:
    QHttpServerResponse handle(const QHttpServerRequest &request);
    QHttpServerResponse text(int status, const QString &message, const RecordedRequest &r);
    QHttpServerResponse listEntries();
    QHttpServerResponse saveEntry(const RecordedRequest &r, const QString &id);
    QHttpServerResponse postPhoto(const RecordedRequest &r);
    bool wsseValid(const QByteArray &header);
    QByteArray entryXml(const Entry &entry) const;
    QByteArray documentedEntryXml(const Entry &entry) const;
    QByteArray documentedPhotoXml(const Photo &photo, const QString &syntax) const;
    QString editUrl(const Entry &entry) const;

    QString m_hatenaId;
    QString m_blogId;
    QString m_apiKey;
    QHttpServer m_server;
    quint16 m_port = 0;
    qint64 m_nextId = 1700000000;
    QSet<QByteArray> m_nonces;
};

} // namespace offkai::test
