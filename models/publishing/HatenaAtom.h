#pragma once

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace offkai {

/// The XML of Hatena Blog's AtomPub and Hatena Fotolife's AtomAPI, and their WSSE header.
class HatenaAtom
{
public:
    struct Entry
    {
        QString title;
        QString author; ///< the Hatena ID
        QString markdown;
        QStringList categories;
        bool draft = true;
    };
    /// What an entry answer says: its edit URL (the remote id), public URL and draft state.
    struct EntryAnswer
    {
        QUrl edit;
        QUrl alternate;
        std::optional<bool> draft;
    };
    /// What Fotolife answers for an uploaded image.
    struct PhotoAnswer
    {
        QUrl imageUrl;  ///< hatena:imageurl, what the Markdown links to
        QString syntax; ///< hatena:syntax, "f:id:ID:20240101123456j:image"
        QUrl edit;
        QString id;
    };

    /// An Atom entry (RFC 5023) with `<content type="text/x-markdown">` and `<app:draft>`.
    static QByteArray entryXml(const Entry &entry);
    static std::optional<EntryAnswer> parseEntry(const QByteArray &xml);

    /// A Fotolife PostURI entry: the image base64-encoded into `<content mode="base64">`, in `folder`.
    static QByteArray photoXml(const QString &title, const QString &mimeType, const QByteArray &data,
                               const QString &folder);
    static std::optional<PhotoAnswer> parsePhoto(const QByteArray &xml);

    /// `UsernameToken Username="…", PasswordDigest="…", Nonce="…", Created="…"`, where PasswordDigest is
    /// Base64(SHA-1(nonce + created + API key)) and the nonce travels Base64-encoded.
    static QByteArray wsse(const QString &userName, const QString &apiKey, const QByteArray &nonce,
                           const QDateTime &created);
    /// The same with a fresh random nonce and the current time.
    static QByteArray wsse(const QString &userName, const QString &apiKey);

    /// `text` without the characters XML 1.0 cannot carry.
    static QString xmlSafe(const QString &text);
};

} // namespace offkai
