#include "WordPressClient.h"

#include "exchange/MarkdownHtml.h"
#include "PublishingLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimeZone>
#include <utility>

namespace offkai {

namespace {

/// WordPress returns names HTML-escaped ("Tips &amp; Tricks").
QString unescapeHtml(QString text)
{
    text.replace(QLatin1String("&amp;"), QLatin1String("&"))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#039;"), QLatin1String("'"));
    return text;
}

qint64 jsonId(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : value.toString().toLongLong();
}

bool isPostId(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    return digits.match(text).hasMatch();
}

} // namespace

WordPressClient::WordPressClient(QNetworkAccessManager *network, QObject *parent)
    : BlogClient(network, parent)
{}

QString WordPressClient::serviceName() const
{
    return BlogAccount::kindLabel(BlogAccount::Kind::WordPress);
}

QUrl WordPressClient::apiUrl(const QUrl &site, const QString &route, const QUrlQuery &query)
{
    QUrl url = site.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                             QUrl::StripTrailingSlash);
    url.setPath(url.path() + QStringLiteral("/wp-json/wp/v2/") + route);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QNetworkRequest WordPressClient::jsonRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", basicAuthorization());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/json; charset=utf-8"));
    return request;
}

void WordPressClient::run()
{
    const PublishRequest &r = request();
    if (!r.remoteId.isEmpty() && !isPostId(r.remoteId)) {
        fail(Error(Error::Code::Invalid,
                   tr("“%1” is not a WordPress post number, so the post cannot be updated.").arg(r.remoteId),
                   QStringLiteral("publish: bad WordPress post id")));
        return;
    }
    m_photos = r.photos;
    m_pending.clear();
    for (qsizetype i = 0; i < m_photos.size(); ++i)
        if (m_photos.at(i).url.isEmpty())
            m_pending.append(i);
    m_tagsLeft.clear();
    for (const QString &tag : r.tags)
        if (!tag.trimmed().isEmpty() && !m_tagsLeft.contains(tag.trimmed(), Qt::CaseInsensitive))
            m_tagsLeft.append(tag.trimmed());
    m_tagIds.clear();
    m_done = 0;
    m_uploads = int(m_pending.size());
    m_total = m_uploads + (m_tagsLeft.isEmpty() ? 0 : 1) + 1;
    if (r.remoteId.isEmpty() && r.interruptedAttempt.isValid())
        findInterrupted();
    else
        uploadNext();
}

void WordPressClient::findInterrupted()
{
    // A post the interrupted attempt created has the report's title and was last modified after the attempt
    // started (with some slack for the clocks). context=edit gives the raw title and every status.
    const PublishRequest &r = request();
    reportProgress(0, m_total, tr("Looking for a post an earlier attempt may have created"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"),
                       QString::fromLatin1(QUrl::toPercentEncoding(r.title.trimmed())));
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("date"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("20"));
    const QDateTime since = r.interruptedAttempt.addSecs(-10 * 60);
    send(
        "GET", jsonRequest(apiUrl(r.account.url, QStringLiteral("posts"), query)), {}, serviceName(),
        [this, since](QNetworkReply *, const QByteArray &body) {
            for (const QJsonValue &value : QJsonDocument::fromJson(body).array()) {
                const QJsonObject post = value.toObject();
                const QJsonObject title = post.value(QLatin1String("title")).toObject();
                const QString raw = title.contains(QLatin1String("raw"))
                                        ? title.value(QLatin1String("raw")).toString()
                                        : unescapeHtml(title.value(QLatin1String("rendered")).toString());
                QDateTime modified =
                    QDateTime::fromString(post.value(QLatin1String("modified_gmt")).toString(), Qt::ISODate);
                modified.setTimeZone(QTimeZone::utc());
                const qint64 id = jsonId(post.value(QLatin1String("id")));
                if (id > 0 && raw.trimmed() == request().title.trimmed() && modified.isValid() &&
                    modified >= since) {
                    const QString status = post.value(QLatin1String("status")).toString();
                    adoptPost(QString::number(id), QUrl(post.value(QLatin1String("link")).toString()),
                              status != QLatin1String("publish"));
                    break;
                }
            }
            uploadNext();
        },
        [this](int status, const QByteArray &) {
            // A blog that does not let this account list its posts cannot be searched: create, as before.
            if (status != 400 && status != 404)
                return false;
            qCWarning(lcPublishing) << "could not look for the post of the interrupted attempt: HTTP"
                                    << status;
            uploadNext();
            return true;
        });
}

void WordPressClient::uploadNext()
{
    if (m_pending.isEmpty()) {
        if (!m_tagsLeft.isEmpty())
            reportProgress(m_done, m_total, tr("Looking up the tags"));
        resolveNextTag();
        return;
    }
    const qsizetype index = m_pending.constFirst();
    const PublishPhoto &photo = m_photos.at(index);
    reportProgress(m_done, m_total,
                   tr("Uploading photo %1 of %2: %3").arg(m_done + 1).arg(m_uploads).arg(photo.fileName));
    QUrlQuery query;
    if (!photo.caption.isEmpty()) {
        query.addQueryItem(QStringLiteral("caption"),
                           QString::fromLatin1(QUrl::toPercentEncoding(photo.caption)));
        query.addQueryItem(QStringLiteral("alt_text"),
                           QString::fromLatin1(QUrl::toPercentEncoding(photo.caption)));
    }
    QNetworkRequest upload(apiUrl(request().account.url, QStringLiteral("media"), query));
    upload.setRawHeader("Authorization", basicAuthorization());
    upload.setRawHeader("Accept", "application/json");
    upload.setHeader(QNetworkRequest::ContentTypeHeader, photo.mimeType.isEmpty()
                                                             ? QByteArrayLiteral("application/octet-stream")
                                                             : photo.mimeType.toLatin1());
    QString safeName = photo.fileName;
    safeName.replace(QLatin1Char('"'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    // RFC 6266: a plain ASCII fallback and the UTF-8 name.
    QString ascii;
    for (const QChar c : safeName)
        ascii += (c.unicode() >= 0x20 && c.unicode() < 0x7f) ? c : QLatin1Char('_');
    upload.setRawHeader("Content-Disposition", "attachment; filename=\"" + ascii.toLatin1() +
                                                   "\"; filename*=UTF-8''" +
                                                   QUrl::toPercentEncoding(photo.fileName));
    send("POST", upload, photo.data, serviceName(), [this, index](QNetworkReply *, const QByteArray &body) {
        const QJsonObject media = QJsonDocument::fromJson(body).object();
        const qint64 id = jsonId(media.value(QLatin1String("id")));
        const QUrl url(media.value(QLatin1String("source_url")).toString());
        if (id <= 0 || !url.isValid() || url.isRelative()) {
            fail(PublishErrors::badResponse(
                callFor("POST", apiUrl(request().account.url, QStringLiteral("media")), serviceName()),
                QStringLiteral("no id or source_url in the media answer"), scrub(body)));
            return;
        }
        m_photos[index].remoteId = QString::number(id);
        m_photos[index].url = url;
        reportUploaded(m_photos.at(index));
        m_pending.removeFirst();
        ++m_done;
        uploadNext();
    });
}

void WordPressClient::resolveNextTag()
{
    if (m_tagsLeft.isEmpty()) {
        savePost();
        return;
    }
    const QString name = m_tagsLeft.constFirst();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), QString::fromLatin1(QUrl::toPercentEncoding(name)));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    QNetworkRequest lookup = jsonRequest(apiUrl(request().account.url, QStringLiteral("tags"), query));
    send("GET", lookup, {}, serviceName(), [this, name](QNetworkReply *, const QByteArray &body) {
        const QJsonArray tags = QJsonDocument::fromJson(body).array();
        for (const QJsonValue &value : tags) {
            const QJsonObject tag = value.toObject();
            if (unescapeHtml(tag.value(QLatin1String("name")).toString())
                    .compare(name, Qt::CaseInsensitive) == 0) {
                m_tagIds.append(jsonId(tag.value(QLatin1String("id"))));
                m_tagsLeft.removeFirst();
                resolveNextTag();
                return;
            }
        }
        createTag(name);
    });
}

void WordPressClient::createTag(const QString &name)
{
    const QUrl url = apiUrl(request().account.url, QStringLiteral("tags"));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}).toJson(QJsonDocument::Compact);
    auto next = [this] {
        m_tagsLeft.removeFirst();
        resolveNextTag();
    };
    send(
        "POST", jsonRequest(url), body, serviceName(),
        [this, next, url](QNetworkReply *, const QByteArray &answer) {
            const qint64 id = jsonId(QJsonDocument::fromJson(answer).object().value(QLatin1String("id")));
            if (id <= 0) {
                fail(PublishErrors::badResponse(callFor("POST", url, serviceName()),
                                                QStringLiteral("no id in the tag answer"), scrub(answer)));
                return;
            }
            m_tagIds.append(id);
            next();
        },
        [this, next](int status, const QByteArray &answer) {
            const QJsonObject error = QJsonDocument::fromJson(answer).object();
            if (status == 400 &&
                error.value(QLatin1String("code")).toString() == QLatin1String("term_exists")) {
                const qint64 id =
                    jsonId(error.value(QLatin1String("data")).toObject().value(QLatin1String("term_id")));
                if (id > 0)
                    m_tagIds.append(id);
                next();
                return true;
            }
            if (status == 403) { // authors may use tags but not create them
                qCWarning(lcPublishing).noquote() << "tag left out: the account may not create tags";
                next();
                return true;
            }
            return false;
        });
}

void WordPressClient::savePost()
{
    const PublishRequest &r = request();
    const bool update = !r.remoteId.isEmpty();
    reportProgress(m_total - 1, m_total, update ? tr("Updating the post") : tr("Creating the post"));
    QJsonObject post{
        {QStringLiteral("title"), r.title},
        {QStringLiteral("content"), MarkdownHtml::toHtml(rewritePhotoLinks(r.markdown, m_photos))},
        {QStringLiteral("status"), r.draft ? QStringLiteral("draft") : QStringLiteral("publish")},
    };
    if (!m_tagIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : std::as_const(m_tagIds))
            ids.append(id);
        post.insert(QStringLiteral("tags"), ids);
    }
    const QUrl url = apiUrl(r.account.url, update ? QString(QStringLiteral("posts/") + r.remoteId)
                                                  : QStringLiteral("posts"));
    send("POST", jsonRequest(url), QJsonDocument(post).toJson(QJsonDocument::Compact), serviceName(),
         [this, url, update](QNetworkReply *reply, const QByteArray &body) {
             // The status said it worked: the post exists. Its id comes from the body or else from the
             // Location header (…/wp/v2/posts/123), and is handed on before anything else can fail.
             const QJsonObject answer = QJsonDocument::fromJson(body).object();
             qint64 id = jsonId(answer.value(QLatin1String("id")));
             if (id <= 0) {
                 static const QRegularExpression member(QStringLiteral("/posts/([0-9]{1,18})/?$"));
                 for (const QByteArray &header :
                      {QByteArrayLiteral("Location"), QByteArrayLiteral("Content-Location")}) {
                     const auto m = member.match(QUrl(QString::fromUtf8(reply->rawHeader(header))).path());
                     if (id <= 0 && m.hasMatch())
                         id = m.captured(1).toLongLong();
                 }
             }
             if (id <= 0 && update)
                 id = request().remoteId.toLongLong();
             const QString status = answer.value(QLatin1String("status")).toString();
             const bool draft = status.isEmpty() ? request().draft : status != QLatin1String("publish");
             if (id > 0 && !update)
                 adoptPost(QString::number(id), QUrl(answer.value(QLatin1String("link")).toString()), draft);
             if (id <= 0) {
                 fail(PublishErrors::badResponse(callFor("POST", url, serviceName()),
                                                 QStringLiteral("no id in the post answer"), scrub(body)));
                 return;
             }
             PublishOutcome outcome;
             outcome.remoteId = QString::number(id);
             outcome.url = QUrl(answer.value(QLatin1String("link")).toString());
             outcome.draft = draft;
             outcome.photos = m_photos;
             reportProgress(m_total, m_total, tr("Done"));
             succeed(outcome);
         });
}

} // namespace offkai
