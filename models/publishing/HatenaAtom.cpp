#include "HatenaAtom.h"

#include "LenientXml.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QXmlStreamWriter>

namespace offkai {

namespace {
const QString kAtom = QStringLiteral("http://www.w3.org/2005/Atom");
const QString kApp = QStringLiteral("http://www.w3.org/2007/app");
const QString kAtom03 = QStringLiteral("http://purl.org/atom/ns#");
const QString kDublinCore = QStringLiteral("http://purl.org/dc/elements/1.1/");
} // namespace

QString HatenaAtom::xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += text.at(++i);
        } else if (u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u < 0xD800) ||
                   (u >= 0xE000 && u < 0xFFFE)) {
            safe += c;
        }
    }
    return safe;
}

QByteArray HatenaAtom::entryXml(const Entry &entry)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeDefaultNamespace(kAtom);
    w.writeNamespace(kApp, QStringLiteral("app"));
    w.writeStartElement(kAtom, QStringLiteral("entry"));
    w.writeTextElement(kAtom, QStringLiteral("title"), xmlSafe(entry.title));
    w.writeStartElement(kAtom, QStringLiteral("author"));
    w.writeTextElement(kAtom, QStringLiteral("name"), xmlSafe(entry.author));
    w.writeEndElement();
    w.writeStartElement(kAtom, QStringLiteral("content"));
    w.writeAttribute(QStringLiteral("type"), entry.contentType);
    w.writeCharacters(xmlSafe(entry.markdown));
    w.writeEndElement();
    for (const QString &category : entry.categories) {
        w.writeEmptyElement(kAtom, QStringLiteral("category"));
        w.writeAttribute(QStringLiteral("term"), xmlSafe(category));
    }
    w.writeStartElement(kApp, QStringLiteral("control"));
    w.writeTextElement(kApp, QStringLiteral("draft"),
                       entry.draft ? QStringLiteral("yes") : QStringLiteral("no"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

namespace {

QDateTime dateOf(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

/// The entry whose start tag is elements[at], read up to the next element that is not inside it.
HatenaAtom::EntryAnswer readEntry(const QList<LenientXml::Element> &elements, qsizetype at)
{
    HatenaAtom::EntryAnswer answer;
    QDateTime updated;
    const int depth = elements.at(at).depth;
    for (qsizetype i = at + 1; i < elements.size() && elements.at(i).depth > depth; ++i) {
        const LenientXml::Element &e = elements.at(i);
        if (e.depth == depth + 1 && e.name == QLatin1String("link")) {
            const QString rel = e.attributes.value(QStringLiteral("rel"));
            const QString type = e.attributes.value(QStringLiteral("type"));
            const QUrl href(e.attributes.value(QStringLiteral("href")).trimmed());
            if (rel == QLatin1String("edit"))
                answer.edit = href;
            else if (rel == QLatin1String("alternate") &&
                     (type.isEmpty() || type == QLatin1String("text/html")))
                answer.alternate = href;
        } else if (e.depth == depth + 1 && e.name == QLatin1String("title")) {
            answer.title = e.text;
        } else if (e.depth == depth + 1 && e.name == QLatin1String("content")) {
            answer.contentType = e.attributes.value(QStringLiteral("type")).trimmed();
        } else if (e.depth == depth + 1 && e.name == QLatin1String("published")) {
            answer.published = dateOf(e.text);
        } else if (e.depth == depth + 1 && e.name == QLatin1String("updated")) {
            updated = dateOf(e.text);
        } else if (e.depth == depth + 1 && e.name == QLatin1String("edited")) {
            answer.edited = dateOf(e.text);
        } else if (e.depth == depth + 2 && e.name == QLatin1String("draft")) {
            answer.draft = e.text == QLatin1String("yes");
        }
    }
    if (!answer.published.isValid())
        answer.published = updated;
    if (!answer.edited.isValid())
        answer.edited = updated;
    return answer;
}

} // namespace

std::optional<HatenaAtom::EntryAnswer> HatenaAtom::parseEntry(const QByteArray &xml)
{
    const QList<LenientXml::Element> elements = LenientXml::elements(xml);
    if (elements.isEmpty() || elements.constFirst().name != QLatin1String("entry"))
        return std::nullopt;
    EntryAnswer answer = readEntry(elements, 0);
    if (answer.edit.isEmpty() && answer.alternate.isEmpty())
        return std::nullopt;
    return answer;
}

QList<HatenaAtom::EntryAnswer> HatenaAtom::parseFeed(const QByteArray &xml)
{
    const QList<LenientXml::Element> elements = LenientXml::elements(xml);
    QList<EntryAnswer> entries;
    if (elements.isEmpty() || elements.constFirst().name != QLatin1String("feed"))
        return entries;
    for (qsizetype i = 1; i < elements.size(); ++i) {
        if (elements.at(i).depth != 1 || elements.at(i).name != QLatin1String("entry"))
            continue;
        EntryAnswer entry = readEntry(elements, i);
        if (!entry.edit.isEmpty())
            entries.append(entry);
    }
    return entries;
}

HatenaAtom::Syntax HatenaAtom::syntaxOf(const QString &contentType)
{
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (type == QLatin1String("text/x-markdown"))
        return Syntax::Markdown;
    if (type == QLatin1String("text/x-hatena-syntax"))
        return Syntax::Hatena;
    if (type == QLatin1String("text/html"))
        return Syntax::Html;
    return Syntax::Unknown;
}

QByteArray HatenaAtom::photoXml(const QString &title, const QString &mimeType, const QByteArray &data,
                                const QString &folder)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartDocument();
    w.writeDefaultNamespace(kAtom03);
    w.writeNamespace(kDublinCore, QStringLiteral("dc"));
    w.writeStartElement(kAtom03, QStringLiteral("entry"));
    w.writeTextElement(kAtom03, QStringLiteral("title"), xmlSafe(title));
    w.writeStartElement(kAtom03, QStringLiteral("content"));
    w.writeAttribute(QStringLiteral("mode"), QStringLiteral("base64"));
    w.writeAttribute(QStringLiteral("type"), mimeType.isEmpty() ? QStringLiteral("image/jpeg") : mimeType);
    w.writeCharacters(QString::fromLatin1(data.toBase64()));
    w.writeEndElement();
    if (!folder.isEmpty())
        w.writeTextElement(kDublinCore, QStringLiteral("subject"), xmlSafe(folder));
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

std::optional<HatenaAtom::PhotoAnswer> HatenaAtom::parsePhoto(const QByteArray &xml)
{
    const QList<LenientXml::Element> elements = LenientXml::elements(xml);
    if (elements.isEmpty() || elements.constFirst().name != QLatin1String("entry"))
        return std::nullopt;
    PhotoAnswer answer;
    // Depth is not checked: the documented answer's misspelt </dc:subjetct> leaves <dc:subject> open, so
    // everything after it reads one level deeper.
    for (qsizetype i = 1; i < elements.size(); ++i) {
        const LenientXml::Element &e = elements.at(i);
        if (e.name == QLatin1String("link")) {
            const QString rel = e.attributes.value(QStringLiteral("rel"));
            if ((rel == QLatin1String("service.edit") || rel == QLatin1String("edit")) &&
                answer.edit.isEmpty())
                answer.edit = QUrl(e.attributes.value(QStringLiteral("href")).trimmed());
        } else if (e.name == QLatin1String("imageurl")) {
            answer.imageUrl = preferHttps(QUrl(e.text));
        } else if (e.name == QLatin1String("syntax")) {
            answer.syntax = e.text;
        } else if (e.name == QLatin1String("id") && answer.id.isEmpty()) {
            answer.id = e.text;
        }
    }
    return answer;
}

QUrl HatenaAtom::preferHttps(const QUrl &url)
{
    if (url.scheme() != QLatin1String("http"))
        return url;
    const QString host = url.host().toLower();
    for (const QString &domain : {QStringLiteral("hatena.ne.jp"), QStringLiteral("st-hatena.com")}) {
        if (host == domain || host.endsWith(QLatin1Char('.') + domain)) {
            QUrl secure = url;
            secure.setScheme(QStringLiteral("https"));
            secure.setPort(-1);
            return secure;
        }
    }
    return url;
}

QByteArray HatenaAtom::wsse(const QString &userName, const QString &apiKey, const QByteArray &nonce,
                            const QDateTime &created)
{
    const QByteArray when = created.toUTC().toString(Qt::ISODate).toLatin1();
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(nonce + when + apiKey.toUtf8()), QCryptographicHash::Sha1)
            .toBase64();
    QString user = userName;
    user.remove(QLatin1Char('"'));
    return "UsernameToken Username=\"" + user.toUtf8() + "\", PasswordDigest=\"" + digest + "\", Nonce=\"" +
           nonce.toBase64() + "\", Created=\"" + when + "\"";
}

QByteArray HatenaAtom::wsse(const QString &userName, const QString &apiKey)
{
    QByteArray nonce(20, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), nonce.size() / 4);
    return wsse(userName, apiKey, nonce, QDateTime::currentDateTimeUtc());
}

} // namespace offkai
