#include "HatenaBlogClient.h"

#include "BlogEndpoint.h"
#include "exchange/MarkdownHtml.h"
#include "HatenaAtom.h"
#include "PublishingLog.h"

#include <QNetworkReply>
#include <QRegularExpression>

namespace offkai {

HatenaBlogClient::HatenaBlogClient(QNetworkAccessManager *network, QObject *parent)
    : BlogClient(network, parent)
    , m_fotolife(defaultFotolifeEndpoint())
{}

QUrl HatenaBlogClient::defaultFotolifeEndpoint()
{
    // A test, or a proxy in front of Fotolife, names another root; the secret still only goes over https://
    // or to this computer (BlogClient::send()).
    const QString configured = qEnvironmentVariable("OFFKAI_FOTOLIFE_ENDPOINT").trimmed();
    if (!configured.isEmpty()) {
        const QUrl url(configured, QUrl::StrictMode);
        if (BlogEndpoint::isWebUrl(url))
            return url;
        qCWarning(lcPublishing).noquote()
            << "OFFKAI_FOTOLIFE_ENDPOINT is not an http(s) address; using Hatena Fotolife";
    }
    return QUrl(QStringLiteral("https://f.hatena.ne.jp/atom"));
}

QString HatenaBlogClient::serviceName() const
{
    return BlogAccount::kindLabel(BlogAccount::Kind::Hatena);
}

QString HatenaBlogClient::fotolifeName() const
{
    return tr("Hatena Fotolife");
}

QUrl HatenaBlogClient::root() const
{
    return request().account.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                          QUrl::StripTrailingSlash);
}

void HatenaBlogClient::run()
{
    const PublishRequest &r = request();
    if (!r.remoteId.isEmpty()) {
        const QUrl edit(r.remoteId);
        if (!BlogEndpoint::isWebUrl(edit) || !BlogEndpoint::sameOrigin(edit, root())) {
            fail(
                Error(Error::Code::Invalid,
                      tr("The saved entry address “%1” does not belong to this blog, so Offkai will not send "
                         "your API key there. Publish the report as a new entry instead.")
                          .arg(BlogEndpoint::display(edit)),
                      QStringLiteral("publish: edit URL %1 outside %2")
                          .arg(BlogEndpoint::display(edit), BlogEndpoint::display(root()))));
            return;
        }
    }
    m_photos = r.photos;
    m_pending.clear();
    for (qsizetype i = 0; i < m_photos.size(); ++i)
        if (m_photos.at(i).url.isEmpty())
            m_pending.append(i);
    m_uploads = int(m_pending.size());
    m_done = 0;
    if (r.remoteId.isEmpty() && r.interruptedAttempt.isValid())
        findInterrupted();
    else
        uploadNext();
}

void HatenaBlogClient::findInterrupted()
{
    // The latest entries (drafts included) come first in the collection; one created by the interrupted
    // attempt has the same title and was created after it started (with some slack for the clocks).
    const PublishRequest &r = request();
    reportProgress(0, m_uploads + 1, tr("Looking for an entry an earlier attempt may have created"));
    QUrl url = root();
    url.setPath(url.path() + QStringLiteral("/entry"));
    QNetworkRequest list(url);
    list.setRawHeader("Authorization", basicAuthorization());
    const QDateTime since = r.interruptedAttempt.addSecs(-10 * 60);
    send(
        "GET", list, {}, serviceName(),
        [this, since](QNetworkReply *, const QByteArray &answer) {
            for (const HatenaAtom::EntryAnswer &entry : HatenaAtom::parseFeed(answer)) {
                const bool recent = (entry.published.isValid() && entry.published >= since) ||
                                    (entry.edited.isValid() && entry.edited >= since);
                if (entry.title.trimmed() == request().title.trimmed() && recent &&
                    BlogEndpoint::sameOrigin(root().resolved(entry.edit), root())) {
                    adoptPost(root().resolved(entry.edit).toString(), entry.alternate,
                              entry.draft.value_or(request().draft));
                    break;
                }
            }
            uploadNext();
        },
        [this](int status, const QByteArray &) {
            // A blog that does not let this account list its entries cannot be searched: create, as before.
            if (status != 400 && status != 404)
                return false;
            qCWarning(lcPublishing) << "could not look for the entry of the interrupted attempt: HTTP"
                                    << status;
            uploadNext();
            return true;
        });
}

void HatenaBlogClient::uploadNext()
{
    if (m_pending.isEmpty()) {
        saveEntry();
        return;
    }
    const qsizetype index = m_pending.constFirst();
    const PublishPhoto &photo = m_photos.at(index);
    reportProgress(m_done, m_uploads + 1,
                   tr("Uploading photo %1 of %2: %3").arg(m_done + 1).arg(m_uploads).arg(photo.fileName));
    QUrl url = m_fotolife.adjusted(QUrl::StripTrailingSlash);
    url.setPath(url.path() + QStringLiteral("/post"));
    QNetworkRequest upload(url);
    upload.setRawHeader("X-WSSE", HatenaAtom::wsse(request().account.userName, request().secret));
    upload.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/xml; charset=utf-8"));
    const QString title = photo.caption.isEmpty() ? photo.fileName : photo.caption;
    const QByteArray body =
        HatenaAtom::photoXml(title, photo.mimeType, photo.data, QStringLiteral("Hatena Blog"));
    send("POST", upload, body, fotolifeName(), [this, index, url](QNetworkReply *, const QByteArray &answer) {
        const auto parsed = HatenaAtom::parsePhoto(answer);
        if (!parsed || !BlogEndpoint::isWebUrl(parsed->imageUrl)) {
            fail(PublishErrors::badResponse(callFor("POST", url, fotolifeName()),
                                            QStringLiteral("no hatena:imageurl in the Fotolife answer"),
                                            scrub(answer)));
            return;
        }
        PublishPhoto &photo = m_photos[index];
        photo.url = parsed->imageUrl;
        photo.remoteId = !parsed->syntax.isEmpty() ? parsed->syntax
                         : !parsed->edit.isEmpty() ? parsed->edit.toString()
                                                   : parsed->id;
        reportUploaded(photo);
        m_pending.removeFirst();
        ++m_done;
        uploadNext();
    });
}

QString HatenaBlogClient::fotolifeSyntax(const QString &markdown, const QList<PublishPhoto> &photos)
{
    // ![caption](images/name) → [f:id:ID:20240101123456j:image], which はてな記法 shows as the photo.
    QString text = markdown;
    for (const PublishPhoto &photo : photos) {
        if (!photo.remoteId.startsWith(QLatin1String("f:id:")) || photo.fileName.isEmpty())
            continue;
        const QRegularExpression image(QStringLiteral(R"re(!\[[^\]\n]*\]\(\s*<?images/)re") +
                                       QRegularExpression::escape(photo.fileName) +
                                       QStringLiteral(R"re(>?(?:\s+"[^"\n]*")?\s*\))re"));
        text.replace(image, QLatin1Char('[') + photo.remoteId + QLatin1Char(']'));
    }
    return text;
}

void HatenaBlogClient::saveEntry()
{
    const PublishRequest &r = request();
    const bool update = !r.remoteId.isEmpty();
    reportProgress(m_uploads, m_uploads + 1, update ? tr("Updating the entry") : tr("Creating the entry"));
    HatenaAtom::Entry entry;
    entry.title = r.title;
    entry.author = r.account.userName;
    // Hatena reads the text in the blog's editing mode whatever the type says (HatenaSyntaxCheck).
    switch (HatenaAtom::syntaxOf(r.blogContentType)) {
    case HatenaAtom::Syntax::Html:
        entry.markdown = MarkdownHtml::toHtml(rewritePhotoLinks(r.markdown, m_photos));
        entry.contentType = QStringLiteral("text/html");
        break;
    case HatenaAtom::Syntax::Hatena:
        entry.markdown = rewritePhotoLinks(fotolifeSyntax(r.markdown, m_photos), m_photos);
        entry.contentType = QStringLiteral("text/x-hatena-syntax");
        break;
    case HatenaAtom::Syntax::Markdown:
    case HatenaAtom::Syntax::Unknown:
        entry.markdown = rewritePhotoLinks(r.markdown, m_photos);
        break;
    }
    for (const QString &tag : r.tags)
        if (!tag.trimmed().isEmpty() && !entry.categories.contains(tag.trimmed()))
            entry.categories.append(tag.trimmed());
    entry.draft = r.draft;

    QUrl url = update ? QUrl(r.remoteId) : root();
    if (!update)
        url.setPath(url.path() + QStringLiteral("/entry"));
    QNetworkRequest save(url);
    save.setRawHeader("Authorization", basicAuthorization());
    save.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/atom+xml; type=entry; charset=utf-8"));
    const QByteArray method = update ? QByteArrayLiteral("PUT") : QByteArrayLiteral("POST");
    send(method, save, HatenaAtom::entryXml(entry), serviceName(),
         [this, url, method, update](QNetworkReply *reply, const QByteArray &answer) {
             // The status said it worked: the entry exists. Its identity comes first, from the body's edit
             // link or else the Location (or Content-Location) header, and is handed on before anything
             // else can fail; the body is read leniently (Hatena's documented answer is not well-formed).
             const auto parsed = HatenaAtom::parseEntry(answer);
             QUrl edit = parsed ? parsed->edit : QUrl();
             for (const QByteArray &header :
                  {QByteArrayLiteral("Location"), QByteArrayLiteral("Content-Location")})
                 if (edit.isEmpty())
                     edit = QUrl(QString::fromUtf8(reply->rawHeader(header)).trimmed());
             if (edit.isEmpty() && update)
                 edit = QUrl(request().remoteId);
             if (edit.isEmpty()) {
                 fail(PublishErrors::badResponse(callFor(method, url, serviceName()),
                                                 QStringLiteral("no edit link and no Location in the answer"),
                                                 scrub(answer)));
                 return;
             }
             const bool draft = parsed && parsed->draft ? *parsed->draft : request().draft;
             const QUrl alternate = parsed ? parsed->alternate : QUrl();
             if (!update)
                 adoptPost(url.resolved(edit).toString(), alternate, draft);
             PublishOutcome outcome;
             outcome.remoteId = url.resolved(edit).toString();
             outcome.url = alternate;
             outcome.draft = draft;
             outcome.photos = m_photos;
             outcome.contentType = parsed ? parsed->contentType : QString();
             reportProgress(m_uploads + 1, m_uploads + 1, tr("Done"));
             succeed(outcome);
         });
}

} // namespace offkai
