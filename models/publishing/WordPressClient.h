#pragma once

#include "BlogClient.h"

#include <QUrlQuery>

namespace offkai {

/// Publishes to a WordPress site through its REST API (wp-json/wp/v2), signed in with an Application
/// Password over HTTP Basic authentication.
///
/// Photos go to /media as raw bytes (with their caption and alt text); tags are looked up by name in /tags
/// and created when missing (a tag the account may not create is left out, with a warning in the log); the
/// post is created with POST /posts or updated with POST /posts/{id}, its content being the Markdown
/// rendered to HTML by MarkdownHtml.
///
/// A created post is never created twice: its id (from the answer's body, or its Location header) is handed
/// on (postCreated()) as soon as the status says it was created; after an attempt that ended before that
/// (PublishRequest::interruptedAttempt), the blog is searched for it first (same title, modified since).
class WordPressClient : public BlogClient
{
    Q_OBJECT
public:
    explicit WordPressClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    /// {site}/wp-json/wp/v2/{route}, keeping a site that lives in a sub-folder.
    static QUrl apiUrl(const QUrl &site, const QString &route, const QUrlQuery &query = {});

protected:
    void run() override;
    QString serviceName() const override;

private:
    QNetworkRequest jsonRequest(const QUrl &url) const;
    /// After an interrupted attempt: adopts the post it created, if a search finds one.
    void findInterrupted();
    void uploadNext();
    void resolveNextTag();
    void createTag(const QString &name);
    void savePost();

    QList<PublishPhoto> m_photos;
    QList<qsizetype> m_pending; ///< indexes in m_photos still to upload
    QStringList m_tagsLeft;
    QList<qint64> m_tagIds;
    int m_done = 0;
    int m_uploads = 0;
    int m_total = 0;
};

} // namespace offkai
