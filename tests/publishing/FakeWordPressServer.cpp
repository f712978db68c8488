#include "FakeWordPressServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace offkai::test {

namespace {
const QString kBase = QStringLiteral("/blog/wp-json/wp/v2/");

QHttpServerResponse json(const QJsonValue &value, int status)
{
    const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return QHttpServerResponse(QByteArrayLiteral("application/json; charset=UTF-8"), body,
                               QHttpServerResponse::StatusCode(status));
}

QString escapeHtml(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;"));
}
} // namespace

FakeWordPressServer::FakeWordPressServer(const QString &user, const QString &password, QObject *parent)
    : QObject(parent)
    , m_user(user)
    , m_password(password)
{
    m_server.route(QStringLiteral("/<arg>"),
                   [this](const QUrl &, const QHttpServerRequest &request) { return handle(request); });
}

bool FakeWordPressServer::listen()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeWordPressServer::siteUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/blog").arg(m_port));
}

int FakeWordPressServer::count(const QByteArray &method, const QString &pathPart) const
{
    int n = 0;
    for (const RecordedRequest &r : requests)
        if (r.method == method && r.path.contains(pathPart))
            ++n;
    return n;
}

QHttpServerResponse FakeWordPressServer::error(int status, const QString &code, const QString &message,
                                               const RecordedRequest &r, const QJsonObject &data)
{
    QJsonObject body{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    QJsonObject d = data;
    d.insert(QStringLiteral("status"), status);
    body.insert(QStringLiteral("data"), d);
    if (echoCredentials) {
        body.insert(QStringLiteral("authorization"), QString::fromLatin1(r.header("Authorization")));
        body.insert(QStringLiteral("message"),
                    QString(message + QStringLiteral(" (password was ") + m_password + QStringLiteral(")")));
    }
    QHttpServerResponse response = json(body, status);
    if (status >= 300 && status < 400)
        response.addHeader("Location", QStringLiteral("https://elsewhere.example/blog").toLatin1());
    return response;
}

QHttpServerResponse FakeWordPressServer::handle(const QHttpServerRequest &request)
{
    const RecordedRequest r = RecordedRequest::from(request);
    requests.append(r);
    if (failStatus != 0 && r.path.contains(failPath))
        return error(failStatus, QStringLiteral("fake_failure"), QStringLiteral("Failure for the test."), r);
    const QByteArray expected = "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
    if (r.header("Authorization") != expected)
        return error(401, QStringLiteral("incorrect_password"),
                     QStringLiteral("The provided password is an invalid application password."), r);
    if (!r.path.startsWith(kBase))
        return error(404, QStringLiteral("rest_no_route"), QStringLiteral("No route was found."), r);
    const QString route = r.path.mid(kBase.size());
    if (route == QLatin1String("media") && r.method == "POST")
        return uploadMedia(r);
    if (route == QLatin1String("tags") && r.method == "GET")
        return listTags(r);
    if (route == QLatin1String("tags") && r.method == "POST")
        return createTag(r);
    if (route == QLatin1String("posts") && r.method == "POST")
        return savePost(r, 0);
    if (route == QLatin1String("posts") && r.method == "GET")
        return listPosts(r);
    static const QRegularExpression member(QStringLiteral("^posts/([0-9]+)$"));
    if (const auto m = member.match(route); m.hasMatch() && r.method == "POST")
        return savePost(r, m.captured(1).toLongLong());
    return error(404, QStringLiteral("rest_no_route"), QStringLiteral("No route was found."), r);
}

QHttpServerResponse FakeWordPressServer::uploadMedia(const RecordedRequest &r)
{
    static const QRegularExpression filename(QStringLiteral("filename=\"([^\"]*)\""));
    const auto m = filename.match(QString::fromUtf8(r.header("Content-Disposition")));
    if (!m.hasMatch() || r.body.isEmpty())
        return error(400, QStringLiteral("rest_upload_no_data"), QStringLiteral("No data supplied."), r);
    Media item;
    item.id = ++m_nextId;
    item.fileName = m.captured(1);
    item.mimeType = r.header("Content-Type");
    item.data = r.body;
    item.caption = r.query.queryItemValue(QStringLiteral("caption"), QUrl::FullyDecoded);
    item.url = QUrl(QStringLiteral("http://127.0.0.1:%1/blog/wp-content/uploads/%2-%3")
                        .arg(m_port)
                        .arg(item.id)
                        .arg(item.fileName));
    media.insert(item.id, item);
    return json(QJsonObject{{QStringLiteral("id"), item.id},
                            {QStringLiteral("source_url"), item.url.toString()},
                            {QStringLiteral("media_type"), QStringLiteral("image")},
                            {QStringLiteral("caption"), QJsonObject{{QStringLiteral("raw"), item.caption}}}},
                201);
}

QHttpServerResponse FakeWordPressServer::listTags(const RecordedRequest &r)
{
    const QString search = r.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    QJsonArray found;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        if (it.value().contains(search, Qt::CaseInsensitive))
            found.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                     {QStringLiteral("name"), escapeHtml(it.value())}});
    return json(found, 200);
}

QHttpServerResponse FakeWordPressServer::createTag(const RecordedRequest &r)
{
    if (!allowTagCreation)
        return error(403, QStringLiteral("rest_cannot_create"),
                     QStringLiteral("Sorry, you are not allowed to create terms in this taxonomy."), r);
    const QString name = QJsonDocument::fromJson(r.body).object().value(QLatin1String("name")).toString();
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        if (it.value().compare(name, Qt::CaseInsensitive) == 0)
            return error(400, QStringLiteral("term_exists"),
                         QStringLiteral("A term with the name provided already exists."), r,
                         QJsonObject{{QStringLiteral("term_id"), it.key()}});
    const qint64 id = ++m_nextId;
    tags.insert(id, name);
    return json(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), escapeHtml(name)}}, 201);
}

QJsonObject FakeWordPressServer::postJson(const Post &post) const
{
    QJsonArray tagIds;
    for (qint64 id : post.tags)
        tagIds.append(id);
    return {
        {QStringLiteral("id"), post.id},
        {QStringLiteral("link"), QStringLiteral("http://127.0.0.1:%1/blog/?p=%2").arg(m_port).arg(post.id)},
        {QStringLiteral("status"), post.status},
        {QStringLiteral("title"), QJsonObject{{QStringLiteral("raw"), post.title},
                                              {QStringLiteral("rendered"), escapeHtml(post.title)}}},
        {QStringLiteral("modified_gmt"), post.modified.toUTC().toString(Qt::ISODate).chopped(1)},
        {QStringLiteral("tags"), tagIds}};
}

QHttpServerResponse FakeWordPressServer::listPosts(const RecordedRequest &r)
{
    // GET /posts?search=…&status=any&context=edit, newest first, as WordPress answers an editor.
    const QString search = r.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    const QString status = r.query.queryItemValue(QStringLiteral("status"));
    QJsonArray found;
    const QList<Post> all = posts.values();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        const Post &post = *it;
        if (!post.title.contains(search, Qt::CaseInsensitive) &&
            !post.content.contains(search, Qt::CaseInsensitive))
            continue;
        if (status != QLatin1String("any") && post.status != QLatin1String("publish"))
            continue;
        QJsonObject json = postJson(post);
        if (r.query.queryItemValue(QStringLiteral("context")) != QLatin1String("edit"))
            json.insert(QStringLiteral("title"),
                        QJsonObject{{QStringLiteral("rendered"), escapeHtml(post.title)}});
        found.append(json);
    }
    return json(found, 200);
}

QHttpServerResponse FakeWordPressServer::savePost(const RecordedRequest &r, qint64 id)
{
    const QJsonObject in = QJsonDocument::fromJson(r.body).object();
    if (in.isEmpty())
        return error(400, QStringLiteral("rest_invalid_json"), QStringLiteral("Invalid JSON body passed."),
                     r);
    Post post;
    if (id != 0) {
        if (!posts.contains(id))
            return error(404, QStringLiteral("rest_post_invalid_id"), QStringLiteral("Invalid post ID."), r);
        post = posts.value(id);
        ++post.updates;
    } else {
        post.id = ++m_nextId;
        post.status = QStringLiteral("draft");
    }
    post.modified = QDateTime::currentDateTimeUtc();
    if (in.contains(QLatin1String("title")))
        post.title = in.value(QLatin1String("title")).toString();
    if (in.contains(QLatin1String("content")))
        post.content = in.value(QLatin1String("content")).toString();
    if (in.contains(QLatin1String("status")))
        post.status = in.value(QLatin1String("status")).toString();
    if (in.contains(QLatin1String("tags"))) {
        post.tags.clear();
        for (const QJsonValue &tag : in.value(QLatin1String("tags")).toArray())
            post.tags.append(qint64(tag.toDouble()));
    }
    posts.insert(post.id, post);
    if (onSaved)
        onSaved(post); // e.g. a test that kills the client before it hears the answer
    if (id == 0 && answerCreatesWith == CreateAnswer::LocationOnly) {
        QHttpServerResponse response(QByteArrayLiteral("text/html"),
                                     QByteArrayLiteral("<html>Created</html>"),
                                     QHttpServerResponse::StatusCode::Created);
        response.addHeader("Location", (QStringLiteral("http://127.0.0.1:%1").arg(m_port) + kBase +
                                        QStringLiteral("posts/") + QString::number(post.id))
                                           .toUtf8());
        return response;
    }
    if (id == 0 && answerCreatesWith == CreateAnswer::Garbage)
        return QHttpServerResponse(QByteArrayLiteral("text/html"), QByteArrayLiteral("<html>Created</html>"),
                                   QHttpServerResponse::StatusCode::Created);
    QHttpServerResponse response = json(postJson(post), id == 0 ? 201 : 200);
    if (id == 0)
        response.addHeader("Location", (QStringLiteral("http://127.0.0.1:%1").arg(m_port) + kBase +
                                        QStringLiteral("posts/") + QString::number(post.id))
                                           .toUtf8());
    return response;
}

} // namespace offkai::test
