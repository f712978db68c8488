#pragma once

#include "core/Result.h"
#include "records/BlogAccount.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace offkai {

/// A photo of the report, as a client uploads it. The Markdown links to it as "images/<fileName>".
struct PublishPhoto
{
    qint64 photoId = 0;
    QString fileName;
    QString mimeType;
    QString caption;
    QByteArray data;
    QString remoteId;
    QUrl url; ///< non-empty: already uploaded to this account, not uploaded again
};

/// Everything one publication needs. The secret is only held here for the run, never stored or logged.
struct PublishRequest
{
    BlogAccount account;
    QString secret; ///< WordPress application password or Hatena API key
    QString title;
    QString markdown;
    QStringList tags;
    bool draft = true;
    QString remoteId; ///< empty: create a post; else update that post
    /// Set when no post is known but an earlier attempt to create one started then and never recorded its
    /// end (killed, timed out, an unreadable answer): the client looks for a post it may have created (same
    /// title, created since) and updates it rather than creating a second one.
    QDateTime interruptedAttempt;
    QList<PublishPhoto> photos;
    int timeoutMs = 30000;
    /// Hatena Blog: the `<content type>` the blog last answered (its editing mode), empty when not known. A
    /// 見たまま blog is sent HTML; a はてな記法 blog gets its photos as [f:id:…:image].
    QString blogContentType;
};

/// What the blog answered: the post and every photo with its remote id and address filled in.
struct PublishOutcome
{
    QString remoteId; ///< WordPress post id, or the Hatena entry's edit URL
    QUrl url;         ///< the public address of the post
    bool draft = true;
    QList<PublishPhoto> photos;
    /// Hatena: the `<content type>` the blog answered, which tells its editing mode; empty if unknown.
    QString contentType;
};

} // namespace offkai

Q_DECLARE_METATYPE(offkai::PublishPhoto)
Q_DECLARE_METATYPE(offkai::PublishOutcome)
Q_DECLARE_METATYPE(offkai::Result<offkai::PublishOutcome>)
