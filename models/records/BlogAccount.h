#pragma once

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace offkai {

/// A blog that reports are published to. The password or API key is not part of it: it lives only in the
/// keychain, under secretKey().
struct BlogAccount
{
    Q_DECLARE_TR_FUNCTIONS(offkai::BlogAccount)
public:
    enum class Kind
    {
        WordPress, ///< url is the site ("https://example.com"); the REST API is under /wp-json/wp/v2
        Hatena     ///< url is the AtomPub root endpoint ("https://blog.hatena.ne.jp/ID/BLOG/atom")
    };

    qint64 id = 0;
    QString name; ///< the organizer's name for it, unique ("Community blog")
    Kind kind = Kind::WordPress;
    QUrl url;
    QString userName; ///< WordPress user name, or the Hatena ID
    QDateTime createdAt;

    /// The keychain entry that holds the Application Password or API key.
    QString secretKey() const;

    static QList<Kind> allKinds();
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString kindLabel(Kind kind);
};

/// Where and when a report was published to one account.
struct ReportPublication
{
    qint64 reportId = 0;
    qint64 accountId = 0;
    QString remoteId; ///< the post id (WordPress) or the entry's edit URL (Hatena)
    QUrl url;         ///< the public address of the post
    bool draft = true;
    QDateTime publishedAt;
};

} // namespace offkai
