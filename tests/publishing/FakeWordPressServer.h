#pragma once

#include "RecordedRequest.h"

#include <functional>
#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QUrl>

namespace offkai::test {

/// A WordPress REST API (wp-json/wp/v2: media, tags, posts) on 127.0.0.1 for tests. Checks the Application
/// Password sent with HTTP Basic authentication, records every request and keeps what was created, so that
/// an update really updates.
class FakeWordPressServer : public QObject
{
    Q_OBJECT
public:
    struct Post
    {
        qint64 id = 0;
        QString title;
        QString content;
        QString status;
        QList<qint64> tags;
        int updates = 0;
        QDateTime modified;
    };
    /// How a created post is answered: as WordPress does (201, the post as JSON, Location), with only a
    /// Location header and a body that is no JSON, or with neither.
    enum class CreateAnswer
    {
        Json,
        LocationOnly,
        Garbage
    };
    struct Media
    {
        qint64 id = 0;
        QString fileName;
        QByteArray mimeType;
        QByteArray data;
        QString caption;
        QUrl url;
    };

    FakeWordPressServer(const QString &user, const QString &password, QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_port; }
    /// The site, in a sub-folder: http://127.0.0.1:PORT/blog
    QUrl siteUrl() const;

    /// When set, every request whose path contains failPath answers this status (before the auth check).
    int failStatus = 0;
    QString failPath;
    /// Puts the received Authorization header and password into failure bodies (a careless server).
    bool echoCredentials = false;
    bool allowTagCreation = true;
    CreateAnswer answerCreatesWith = CreateAnswer::Json;
    /// Called when a post was saved, before the answer is sent.
    std::function<void(const Post &)> onSaved;

    QList<RecordedRequest> requests;
    QMap<qint64, Post> posts;
    QMap<qint64, Media> media;
    QMap<qint64, QString> tags;

    int count(const QByteArray &method, const QString &pathPart) const;

private:
    QHttpServerResponse handle(const QHttpServerRequest &request);
    QHttpServerResponse error(int status, const QString &code, const QString &message,
                              const RecordedRequest &r, const QJsonObject &data = {});
    QHttpServerResponse uploadMedia(const RecordedRequest &r);
    QHttpServerResponse listTags(const RecordedRequest &r);
    QHttpServerResponse createTag(const RecordedRequest &r);
    QHttpServerResponse listPosts(const RecordedRequest &r);
    QHttpServerResponse savePost(const RecordedRequest &r, qint64 id);
    QJsonObject postJson(const Post &post) const;

    QString m_user;
    QString m_password;
    QHttpServer m_server;
    quint16 m_port = 0;
    qint64 m_nextId = 100;
};

} // namespace offkai::test
