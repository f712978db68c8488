#pragma once

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QList>
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
        QString author;   ///< the Hatena ID
        QString markdown; ///< the text, in `contentType`
        QString contentType = QStringLiteral("text/x-markdown");
        QStringList categories;
        bool draft = true;
    };
    /// How Hatena reads an entry's text: the blog's editing mode (編集モード), whatever the entry's
    /// `<content type>` asked for.
    enum class Syntax
    {
        Unknown,
        Markdown, ///< text/x-markdown
        Hatena,   ///< はてな記法, text/x-hatena-syntax
        Html      ///< 見たまま (WYSIWYG), text/html
    };
    /// What an entry answer says: its edit URL (the remote id), public URL, draft state and the syntax the
    /// blog stored it in.
    struct EntryAnswer
    {
        QUrl edit;
        QUrl alternate;
        std::optional<bool> draft;
        QString title;
        QString contentType; ///< `<content type>` as answered: the blog's editing mode
        QDateTime published; ///< `<published>`, else `<updated>`
        QDateTime edited;    ///< `<app:edited>`, else `<updated>`
    };
    /// What Fotolife answers for an uploaded image.
    struct PhotoAnswer
    {
        QUrl imageUrl;  ///< hatena:imageurl, what the Markdown links to
        QString syntax; ///< hatena:syntax, "f:id:ID:20240101123456j:image"
        QUrl edit;
        QString id;
    };

    /// An Atom entry (RFC 5023) with `<content type="…">` (text/x-markdown unless said) and `<app:draft>`.
    static QByteArray entryXml(const Entry &entry);
    /// Reads an entry leniently: Hatena's documented answers are not always well-formed XML (an undeclared
    /// `app:` prefix, `<entry>` where `</entry>` belongs), so names are read without namespaces and what was
    /// read before an XML error is kept. Nothing when there is no `<entry>` with an edit or alternate link.
    static std::optional<EntryAnswer> parseEntry(const QByteArray &xml);
    /// The entries of a collection page (GET {root}/entry), newest first, read as leniently.
    static QList<EntryAnswer> parseFeed(const QByteArray &xml);
    static Syntax syntaxOf(const QString &contentType);

    /// A Fotolife PostURI entry: the image base64-encoded into `<content mode="base64">`, in `folder`.
    static QByteArray photoXml(const QString &title, const QString &mimeType, const QByteArray &data,
                               const QString &folder);
    /// As leniently as parseEntry() (Fotolife's documented answer closes `<dc:subject>` with
    /// `</dc:subjetct>`). The image URL is turned to https:// for Hatena's own hosts, which serve it.
    static std::optional<PhotoAnswer> parsePhoto(const QByteArray &xml);
    /// `url` with https:// when it is http:// on a Hatena host (hatena.ne.jp, st-hatena.com).
    static QUrl preferHttps(const QUrl &url);

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
