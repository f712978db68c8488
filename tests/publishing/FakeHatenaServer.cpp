#include "FakeHatenaServer.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace offkai::test {

namespace {
const QString kAtom = QStringLiteral("http://www.w3.org/2005/Atom");
const QString kApp = QStringLiteral("http://www.w3.org/2007/app");
const QString kAtom03 = QStringLiteral("http://purl.org/atom/ns#");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kHatena = QStringLiteral("http://www.hatena.ne.jp/info/xmlns#");

QHttpServerResponse xml(const QByteArray &body, int status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/atom+xml; type=entry; charset=utf-8"), body,
                               QHttpServerResponse::StatusCode(status));
}
} // namespace

FakeHatenaServer::FakeHatenaServer(const QString &hatenaId, const QString &blogId, const QString &apiKey,
                                   QObject *parent)
    : QObject(parent)
    , m_hatenaId(hatenaId)
    , m_blogId(blogId)
    , m_apiKey(apiKey)
{
    m_server.route(QStringLiteral("/<arg>"),
                   [this](const QUrl &, const QHttpServerRequest &request) { return handle(request); });
}

bool FakeHatenaServer::listen()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeHatenaServer::rootUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2/%3/atom").arg(m_port).arg(m_hatenaId, m_blogId));
}

QUrl FakeHatenaServer::fotolifeUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/atom").arg(m_port));
}

int FakeHatenaServer::count(const QByteArray &method, const QString &pathPart) const
{
    int n = 0;
    for (const RecordedRequest &r : requests)
        if (r.method == method && r.path.contains(pathPart))
            ++n;
    return n;
}

QHttpServerResponse FakeHatenaServer::text(int status, const QString &message, const RecordedRequest &r)
{
    QString body = message;
    if (echoCredentials)
        body += QStringLiteral(" Authorization: ") + QString::fromLatin1(r.header("Authorization")) +
                QStringLiteral(" key: ") + m_apiKey;
    return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"), body.toUtf8(),
                               QHttpServerResponse::StatusCode(status));
}

QHttpServerResponse FakeHatenaServer::handle(const QHttpServerRequest &request)
{
    const RecordedRequest r = RecordedRequest::from(request);
    requests.append(r);
    if (failStatus != 0 && r.path.contains(failPath))
        return text(failStatus, QStringLiteral("Failure for the test."), r);
    if (r.path == QLatin1String("/atom/post") && r.method == "POST") {
        if (!wsseValid(r.header("X-WSSE")))
            return text(401, QStringLiteral("401 Unauthorized"), r);
        return postPhoto(r);
    }
    const QByteArray expected = "Basic " + (m_hatenaId + QLatin1Char(':') + m_apiKey).toUtf8().toBase64();
    if (r.header("Authorization") != expected)
        return text(401, QStringLiteral("401 Unauthorized"), r);
    const QString collection = QStringLiteral("/%1/%2/atom/entry").arg(m_hatenaId, m_blogId);
    if (r.path == collection && r.method == "POST")
        return saveEntry(r, {});
    if (r.path.startsWith(collection + QLatin1Char('/')) && r.method == "PUT") {
        const QString id = r.path.mid(collection.size() + 1);
        if (!entries.contains(id))
            return text(404, QStringLiteral("404 Not Found"), r);
        return saveEntry(r, id);
    }
    return text(404, QStringLiteral("404 Not Found"), r);
}

bool FakeHatenaServer::wsseValid(const QByteArray &header)
{
    // UsernameToken Username="…", PasswordDigest="…", Nonce="…", Created="…"
    if (!header.startsWith("UsernameToken "))
        return false;
    QMap<QString, QString> fields;
    static const QRegularExpression field(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    for (auto it = field.globalMatch(QString::fromUtf8(header)); it.hasNext();) {
        const auto m = it.next();
        fields.insert(m.captured(1), m.captured(2));
    }
    const QByteArray nonce = QByteArray::fromBase64(fields.value(QStringLiteral("Nonce")).toLatin1());
    const QByteArray created = fields.value(QStringLiteral("Created")).toLatin1();
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(nonce + created + m_apiKey.toUtf8()), QCryptographicHash::Sha1)
            .toBase64();
    if (fields.value(QStringLiteral("Username")) != m_hatenaId || nonce.isEmpty() ||
        fields.value(QStringLiteral("PasswordDigest")).toLatin1() != digest || m_nonces.contains(nonce))
        return false;
    m_nonces.insert(nonce); // a replayed header is refused
    return true;
}

QHttpServerResponse FakeHatenaServer::saveEntry(const RecordedRequest &r, const QString &id)
{
    Entry entry;
    QXmlStreamReader reader(r.body);
    QString element;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QString ns = reader.namespaceUri().toString();
        const QString name = reader.name().toString();
        if (ns == kAtom && name == QLatin1String("title"))
            entry.title = reader.readElementText();
        else if (ns == kAtom && name == QLatin1String("name"))
            entry.author = reader.readElementText();
        else if (ns == kAtom && name == QLatin1String("content")) {
            entry.contentType = reader.attributes().value(QLatin1String("type")).toString();
            entry.content = reader.readElementText();
        } else if (ns == kAtom && name == QLatin1String("category"))
            entry.categories.append(reader.attributes().value(QLatin1String("term")).toString());
        else if (ns == kApp && name == QLatin1String("draft"))
            entry.draft = reader.readElementText() == QLatin1String("yes");
    }
    if (reader.hasError() || entry.title.isEmpty())
        return text(400, QStringLiteral("400 Bad Request: ") + reader.errorString(), r);
    if (id.isEmpty()) {
        entry.id = QString::number(++m_nextId);
    } else {
        entry.id = id;
        entry.updates = entries.value(id).updates + 1;
    }
    entries.insert(entry.id, entry);
    QHttpServerResponse response = xml(entryXml(entry), id.isEmpty() ? 201 : 200);
    if (id.isEmpty())
        response.addHeader("Location",
                           (rootUrl().toString() + QStringLiteral("/entry/") + entry.id).toUtf8());
    return response;
}

QByteArray FakeHatenaServer::entryXml(const Entry &entry) const
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeDefaultNamespace(kAtom);
    w.writeNamespace(kApp, QStringLiteral("app"));
    w.writeStartElement(kAtom, QStringLiteral("entry"));
    w.writeTextElement(kAtom, QStringLiteral("id"),
                       QStringLiteral("tag:blog.hatena.ne.jp,2013:blog-%1-1-%2").arg(m_hatenaId, entry.id));
    w.writeEmptyElement(kAtom, QStringLiteral("link"));
    w.writeAttribute(QStringLiteral("rel"), QStringLiteral("edit"));
    w.writeAttribute(QStringLiteral("href"), rootUrl().toString() + QStringLiteral("/entry/") + entry.id);
    w.writeEmptyElement(kAtom, QStringLiteral("link"));
    w.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
    w.writeAttribute(QStringLiteral("href"),
                     QStringLiteral("http://127.0.0.1:%1/entry/%2").arg(m_port).arg(entry.id));
    w.writeStartElement(kAtom, QStringLiteral("author"));
    w.writeTextElement(kAtom, QStringLiteral("name"), entry.author);
    w.writeEndElement();
    w.writeTextElement(kAtom, QStringLiteral("title"), entry.title);
    w.writeStartElement(kAtom, QStringLiteral("content"));
    w.writeAttribute(QStringLiteral("type"), entry.contentType);
    w.writeCharacters(entry.content);
    w.writeEndElement();
    for (const QString &category : entry.categories) {
        w.writeEmptyElement(kAtom, QStringLiteral("category"));
        w.writeAttribute(QStringLiteral("term"), category);
    }
    w.writeStartElement(kApp, QStringLiteral("control"));
    w.writeTextElement(kApp, QStringLiteral("draft"),
                       entry.draft ? QStringLiteral("yes") : QStringLiteral("no"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

QHttpServerResponse FakeHatenaServer::postPhoto(const RecordedRequest &r)
{
    Photo photo;
    QXmlStreamReader reader(r.body);
    bool atom03 = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const QString ns = reader.namespaceUri().toString();
        const QString name = reader.name().toString();
        if (name == QLatin1String("entry"))
            atom03 = ns == kAtom03;
        else if (ns == kAtom03 && name == QLatin1String("title"))
            photo.title = reader.readElementText();
        else if (ns == kAtom03 && name == QLatin1String("content") &&
                 reader.attributes().value(QLatin1String("mode")) == QLatin1String("base64")) {
            photo.mimeType = reader.attributes().value(QLatin1String("type")).toString();
            photo.data = QByteArray::fromBase64(reader.readElementText().toLatin1());
        } else if (ns == kDc && name == QLatin1String("subject"))
            photo.folder = reader.readElementText();
    }
    if (reader.hasError() || !atom03 || photo.data.isEmpty())
        return text(400, QStringLiteral("400 Bad Request"), r);
    const QString stamp = QString::number(20240101120000 + photos.size());
    const QChar ext = photo.mimeType == QLatin1String("image/png") ? QLatin1Char('p') : QLatin1Char('j');
    photo.id = stamp;
    photo.imageUrl = QUrl(
        QStringLiteral("http://127.0.0.1:%1/images/fotolife/x/%2/20240101/%3.%4")
            .arg(m_port)
            .arg(m_hatenaId, stamp, ext == QLatin1Char('p') ? QStringLiteral("png") : QStringLiteral("jpg")));
    photos.append(photo);

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeDefaultNamespace(kAtom03);
    w.writeNamespace(kHatena, QStringLiteral("hatena"));
    w.writeStartElement(kAtom03, QStringLiteral("entry"));
    w.writeTextElement(kAtom03, QStringLiteral("title"), photo.title);
    w.writeEmptyElement(kAtom03, QStringLiteral("link"));
    w.writeAttribute(QStringLiteral("rel"), QStringLiteral("service.edit"));
    w.writeAttribute(QStringLiteral("href"), fotolifeUrl().toString() + QStringLiteral("/edit/") + stamp);
    w.writeTextElement(kAtom03, QStringLiteral("id"),
                       QStringLiteral("tag:hatena.ne.jp,2005:fotolife-%1-%2").arg(m_hatenaId, stamp));
    w.writeTextElement(kHatena, QStringLiteral("imageurl"), photo.imageUrl.toString());
    w.writeTextElement(kHatena, QStringLiteral("syntax"),
                       QStringLiteral("f:id:%1:%2%3:image").arg(m_hatenaId, stamp).arg(ext));
    w.writeEndElement();
    w.writeEndDocument();
    return xml(out, 201);
}

} // namespace offkai::test
