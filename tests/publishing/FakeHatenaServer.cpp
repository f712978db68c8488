#include "FakeHatenaServer.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTimeZone>
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
    if (r.path == collection && r.method == "GET")
        return listEntries();
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
    entry.contentType = blogContentType; // Hatena keeps the blog's own mode
    if (id.isEmpty()) {
        entry.id = QString::number(++m_nextId);
        entry.published = QDateTime::currentDateTimeUtc();
    } else {
        entry.id = id;
        entry.updates = entries.value(id).updates + 1;
        entry.published = entries.value(id).published;
    }
    entries.insert(entry.id, entry);
    if (onSaved)
        onSaved(entry); // e.g. a test that kills the client before it hears the answer
    if (!id.isEmpty())
        return xml(entryXml(entry), 200);
    QByteArray body;
    switch (answerCreatesWith) {
    case CreateAnswer::WellFormed:
        body = entryXml(entry);
        break;
    case CreateAnswer::Documented:
        body = documentedEntryXml(entry);
        break;
    case CreateAnswer::LocationOnly:
        break;
    case CreateAnswer::Garbage:
        return xml("<html><body>Created</body>", 201);
    }
    QHttpServerResponse response = xml(body, 201);
    response.addHeader("Location", editUrl(entry).toUtf8());
    return response;
}

QString FakeHatenaServer::editUrl(const Entry &entry) const
{
    return rootUrl().toString() + QStringLiteral("/entry/") + entry.id;
}

QHttpServerResponse FakeHatenaServer::listEntries()
{
    // The collection's first page, newest first, shaped like a recorded answer (blogsync's
    // example/hatenablog.xml): a feed whose entries carry app:edited, hatena:formatted-content and drafts.
    QList<Entry> newest = entries.values();
    std::sort(newest.begin(), newest.end(),
              [](const Entry &a, const Entry &b) { return a.published > b.published; });
    QByteArray out =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"\n"
        "      xmlns:app=\"http://www.w3.org/2007/app\">\n";
    out += "  <link rel=\"first\" href=\"" + (rootUrl().toString() + QStringLiteral("/entry")).toUtf8() +
           "\" />\n";
    out += "  <title>" + m_blogId.toUtf8() + "</title>\n";
    for (const Entry &entry : std::as_const(newest).mid(0, 10)) {
        QByteArray one = entryXml(entry);
        one = one.mid(one.indexOf("<entry"));
        out += "  " + one + "\n";
    }
    out += "</feed>\n";
    return xml(out, 200);
}

QByteArray FakeHatenaServer::documentedEntryXml(const Entry &entry) const
{
    // As Hatena's AtomPub documentation prints the answer to a POST: the app: prefix is never declared and
    // the entry ends with <entry> instead of </entry>.
    const QString when = entry.published.toTimeZone(QTimeZone(9 * 3600)).toString(Qt::ISODate);
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                 "<entry xmlns=\"http://www.w3.org/2005/Atom\">\n");
    out += QStringLiteral("  <id>tag:blog.hatena.ne.jp,2013:blog-%1-20000000000000-%2</id>\n")
               .arg(m_hatenaId, entry.id);
    out += QStringLiteral("  <link rel=\"edit\" href=\"%1\"/>\n").arg(editUrl(entry));
    out += QStringLiteral(
               "  <link rel=\"alternate\" type=\"text/html\" href=\"http://127.0.0.1:%1/entry/%2\"/>\n")
               .arg(m_port)
               .arg(entry.id);
    out += QStringLiteral("  <author><name>%1</name></author>\n").arg(m_hatenaId.toHtmlEscaped());
    out += QStringLiteral("  <title>%1</title>\n").arg(entry.title.toHtmlEscaped());
    out += QStringLiteral(
               "  <updated>%1</updated>\n  <published>%1</published>\n  <app:edited>%1</app:edited>\n")
               .arg(when);
    out +=
        QStringLiteral("  <summary type=\"text\">%1</summary>\n").arg(entry.content.left(40).toHtmlEscaped());
    out += QStringLiteral("  <content type=\"%1\">\n%2\n  </content>\n")
               .arg(entry.contentType, entry.content.toHtmlEscaped());
    out += QStringLiteral("  <hatena:formatted-content type=\"text/html\" "
                          "xmlns:hatena=\"http://www.hatena.ne.jp/info/xmlns#\">&lt;p&gt;…&lt;/p&gt;"
                          "</hatena:formatted-content>\n");
    for (const QString &category : entry.categories)
        out += QStringLiteral("  <category term=\"%1\" />\n").arg(category.toHtmlEscaped());
    out += QStringLiteral("  <app:control>\n    <app:draft>%1</app:draft>\n  </app:control>\n<entry>\n")
               .arg(entry.draft ? QStringLiteral("yes") : QStringLiteral("no"));
    return out.toUtf8();
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
    w.writeAttribute(QStringLiteral("href"), editUrl(entry));
    w.writeEmptyElement(kAtom, QStringLiteral("link"));
    w.writeAttribute(QStringLiteral("rel"), QStringLiteral("alternate"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("text/html"));
    w.writeAttribute(QStringLiteral("href"),
                     QStringLiteral("http://127.0.0.1:%1/entry/%2").arg(m_port).arg(entry.id));
    w.writeStartElement(kAtom, QStringLiteral("author"));
    w.writeTextElement(kAtom, QStringLiteral("name"), entry.author);
    w.writeEndElement();
    w.writeTextElement(kAtom, QStringLiteral("title"), entry.title);
    w.writeTextElement(kAtom, QStringLiteral("updated"), entry.published.toString(Qt::ISODate));
    w.writeTextElement(kAtom, QStringLiteral("published"), entry.published.toString(Qt::ISODate));
    w.writeTextElement(kApp, QStringLiteral("edited"), entry.published.toString(Qt::ISODate));
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
    const QString syntax = QStringLiteral("f:id:%1:%2%3:image").arg(m_hatenaId, stamp).arg(ext);
    if (documentedFotolifeAnswer) {
        photos.last().imageUrl =
            QUrl(QStringLiteral("http://f.hatena.ne.jp/images/fotolife/%1/%2/20240101/%3.jpg")
                     .arg(m_hatenaId.left(1), m_hatenaId, stamp));
        return xml(documentedPhotoXml(photos.last(), syntax), 201);
    }

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
    w.writeTextElement(kHatena, QStringLiteral("syntax"), syntax);
    w.writeEndElement();
    w.writeEndDocument();
    return xml(out, 201);
}

QByteArray FakeHatenaServer::documentedPhotoXml(const Photo &photo, const QString &syntax) const
{
    // As Hatena Fotolife's AtomAPI documentation prints the answer to PostURI: Atom 0.3, dc: and hatena:
    // never declared, and <dc:subject> closed by a misspelt </dc:subjetct>.
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                 "<entry xmlns=\"http://purl.org/atom/ns#\">\n");
    out += QStringLiteral("  <title>%1</title>\n").arg(photo.title.toHtmlEscaped());
    out += QStringLiteral(
               "  <link rel=\"alternate\" type=\"text/html\" href=\"http://f.hatena.ne.jp/%1/%2\"/>\n")
               .arg(m_hatenaId, photo.id);
    out += QStringLiteral("  <link rel=\"service.edit\" type=\"application/x.atom+xml\" "
                          "href=\"%1/edit/%2\" title=\"%3\"/>\n")
               .arg(fotolifeUrl().toString(), photo.id, photo.title.toHtmlEscaped());
    out += QStringLiteral("  <issued>2024-01-01T12:00:00+09:00</issued>\n");
    out += QStringLiteral("  <author><name>%1</name></author>\n").arg(m_hatenaId);
    out += QStringLiteral(
        "  <generator url=\"http://f.hatena.ne.jp/\" version=\"1.0\">Hatena::Fotolife</generator>\n");
    out += QStringLiteral("  <dc:subject>%1</dc:subjetct>\n").arg(photo.folder.toHtmlEscaped());
    out += QStringLiteral("  <id>tag:hatena.ne.jp,2005:fotolife-%1-%2</id>\n").arg(m_hatenaId, photo.id);
    out += QStringLiteral("  <hatena:imageurl>%1</hatena:imageurl>\n").arg(photo.imageUrl.toString());
    out += QStringLiteral("  <hatena:imageurlsmall>%1</hatena:imageurlsmall>\n")
               .arg(photo.imageUrl.toString().replace(QStringLiteral(".jpg"), QStringLiteral("_m.jpg")));
    out += QStringLiteral("  <hatena:syntax>%1</hatena:syntax>\n</entry>\n").arg(syntax);
    return out.toUtf8();
}

} // namespace offkai::test
