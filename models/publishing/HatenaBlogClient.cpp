#include "HatenaBlogClient.h"

#include "BlogEndpoint.h"
#include "HatenaAtom.h"

#include <QNetworkReply>

namespace offkai {

HatenaBlogClient::HatenaBlogClient(QNetworkAccessManager *network, QObject *parent)
    : BlogClient(network, parent)
    , m_fotolife(defaultFotolifeEndpoint())
{}

QUrl HatenaBlogClient::defaultFotolifeEndpoint()
{
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
    uploadNext();
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

void HatenaBlogClient::saveEntry()
{
    const PublishRequest &r = request();
    const bool update = !r.remoteId.isEmpty();
    reportProgress(m_uploads, m_uploads + 1, update ? tr("Updating the entry") : tr("Creating the entry"));
    HatenaAtom::Entry entry;
    entry.title = r.title;
    entry.author = r.account.userName;
    entry.markdown = rewritePhotoLinks(r.markdown, m_photos);
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
             const auto parsed = HatenaAtom::parseEntry(answer);
             QUrl edit = parsed ? parsed->edit : QUrl();
             if (edit.isEmpty())
                 edit = reply->header(QNetworkRequest::LocationHeader).toUrl();
             if (edit.isEmpty() && update)
                 edit = QUrl(request().remoteId);
             if (!parsed || edit.isEmpty()) {
                 fail(PublishErrors::badResponse(callFor(method, url, serviceName()),
                                                 QStringLiteral("no entry or edit link in the answer"),
                                                 scrub(answer)));
                 return;
             }
             PublishOutcome outcome;
             outcome.remoteId = url.resolved(edit).toString();
             outcome.url = parsed->alternate;
             outcome.draft = parsed->draft.value_or(request().draft);
             outcome.photos = m_photos;
             reportProgress(m_uploads + 1, m_uploads + 1, tr("Done"));
             succeed(outcome);
         });
}

} // namespace offkai
