#pragma once

#include "BlogClient.h"

namespace offkai {

/// Publishes to Hatena Blog through AtomPub, signed in with the Hatena ID and the blog's API key over
/// HTTP Basic authentication.
///
/// The account's url is the AtomPub root endpoint (https://blog.hatena.ne.jp/{ID}/{BLOG}/atom). A new entry
/// is POSTed to {root}/entry, an existing one PUT to its edit URL (the remote id, which must belong to the
/// same server as the root). The Markdown is sent as `text/x-markdown`; the blog must be set to the
/// Markdown editing mode. Photos go first to Hatena Fotolife's AtomAPI (POST {fotolife}/post, WSSE
/// authentication with the same Hatena ID and API key, folder "Hatena Blog"), and the Markdown links to
/// the returned image URL.
class HatenaBlogClient : public BlogClient
{
    Q_OBJECT
public:
    explicit HatenaBlogClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    /// The Fotolife AtomAPI root, https://f.hatena.ne.jp/atom unless set (tests point it at 127.0.0.1).
    QUrl fotolifeEndpoint() const { return m_fotolife; }
    void setFotolifeEndpoint(const QUrl &endpoint) { m_fotolife = endpoint; }
    static QUrl defaultFotolifeEndpoint();

protected:
    void run() override;
    QString serviceName() const override;

private:
    QString fotolifeName() const;
    QUrl root() const;
    void uploadNext();
    void saveEntry();

    QUrl m_fotolife;
    QList<PublishPhoto> m_photos;
    QList<qsizetype> m_pending;
    int m_done = 0;
    int m_uploads = 0;
};

} // namespace offkai
