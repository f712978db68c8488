#include "HatenaAtom.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QXmlStreamReader>
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
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("text/x-markdown"));
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

std::optional<HatenaAtom::EntryAnswer> HatenaAtom::parseEntry(const QByteArray &xml)
{
    // Read by local name: Hatena's own examples leave the namespace off the answer's root.
    QXmlStreamReader r(xml);
    EntryAnswer answer;
    int depth = 0;
    bool sawEntry = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            const QStringView name = r.name();
            if (depth == 1) {
                if (name != QLatin1String("entry"))
                    return std::nullopt;
                sawEntry = true;
            } else if (depth == 2 && name == QLatin1String("link")) {
                const QStringView rel = r.attributes().value(QLatin1String("rel"));
                const QStringView type = r.attributes().value(QLatin1String("type"));
                const QUrl href(r.attributes().value(QLatin1String("href")).toString().trimmed());
                if (rel == QLatin1String("edit"))
                    answer.edit = href;
                else if (rel == QLatin1String("alternate") &&
                         (type.isEmpty() || type == QLatin1String("text/html")))
                    answer.alternate = href;
            } else if (depth == 3 && name == QLatin1String("draft")) {
                const QString value = r.readElementText().trimmed();
                --depth;
                answer.draft = value == QLatin1String("yes");
            }
        } else if (r.isEndElement()) {
            --depth;
        }
    }
    if (r.hasError() || !sawEntry)
        return std::nullopt;
    return answer;
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
    QXmlStreamReader r(xml);
    PhotoAnswer answer;
    int depth = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            const QStringView name = r.name();
            if (depth == 1 && name != QLatin1String("entry"))
                return std::nullopt;
            if (depth != 2)
                continue;
            if (name == QLatin1String("link")) {
                const QStringView rel = r.attributes().value(QLatin1String("rel"));
                if (rel == QLatin1String("service.edit") || rel == QLatin1String("edit"))
                    answer.edit = QUrl(r.attributes().value(QLatin1String("href")).toString().trimmed());
            } else if (name == QLatin1String("imageurl") || name == QLatin1String("syntax") ||
                       name == QLatin1String("id")) {
                const QString which = name.toString();
                const QString text = r.readElementText().trimmed();
                --depth;
                if (which == QLatin1String("imageurl"))
                    answer.imageUrl = QUrl(text);
                else if (which == QLatin1String("syntax"))
                    answer.syntax = text;
                else
                    answer.id = text;
            }
        } else if (r.isEndElement()) {
            --depth;
        }
    }
    if (r.hasError())
        return std::nullopt;
    return answer;
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
