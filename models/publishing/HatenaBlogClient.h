#pragma once

#include "BlogClient.h"

namespace offkai {

/// Publishes to Hatena Blog through AtomPub, signed in with the Hatena ID and the blog's API key over
/// HTTP Basic authentication.
///
/// The account's url is the AtomPub root endpoint (https://blog.hatena.ne.jp/{ID}/{BLOG}/atom). A new entry
/// is POSTed to {root}/entry, an existing one PUT to its edit URL (the remote id, which must belong to the
/// same server as the root). The Markdown is sent as `text/x-markdown`, which suits a blog in the
/// Markdown editing mode. Photos go first to Hatena Fotolife's AtomAPI (POST {fotolife}/post, WSSE
/// authentication with the same Hatena ID and API key, folder "Hatena Blog"), and the Markdown links to
/// the returned image URL. Hatena reads the text in the blog's editing mode, whatever its type says: when
/// the request knows the blog is in 見たまま mode the text goes as HTML, in はてな記法 mode its photos go as
/// Fotolife notation (the rest of the Markdown stays; HatenaSyntaxCheck::warning() says what to change).
///
/// A created entry is never created twice: its edit URL is taken from the answer's body or its Location
/// header and handed on (postCreated()) as soon as the status says it was created; after an attempt that
/// ended before that (PublishRequest::interruptedAttempt), the latest entries are searched for it first.
class HatenaBlogClient : public BlogClient
{
    Q_OBJECT
public:
    explicit HatenaBlogClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    /// The Fotolife AtomAPI root: https://f.hatena.ne.jp/atom, or the environment's OFFKAI_FOTOLIFE_ENDPOINT
    /// (a proxy, or a test's server on 127.0.0.1), unless set here.
    QUrl fotolifeEndpoint() const { return m_fotolife; }
    void setFotolifeEndpoint(const QUrl &endpoint) { m_fotolife = endpoint; }
    static QUrl defaultFotolifeEndpoint();
    /// For a はてな記法 blog: each Markdown image of an uploaded photo ("![…](images/<fileName>)") as its
    /// Fotolife notation ("[f:id:ID:…:image]", the photo's remote id).
    static QString fotolifeSyntax(const QString &markdown, const QList<PublishPhoto> &photos);

protected:
    void run() override;
    QString serviceName() const override;

private:
    QString fotolifeName() const;
    QUrl root() const;
    /// After an interrupted attempt: adopts the entry it created, if the latest entries show one.
    void findInterrupted();
    void uploadNext();
    void saveEntry();

    QUrl m_fotolife;
    QList<PublishPhoto> m_photos;
    QList<qsizetype> m_pending;
    int m_done = 0;
    int m_uploads = 0;
};

} // namespace offkai
