#include "ReportPublisher.h"

#include "core/Log.h"
#include "publishing/BlogClient.h"
#include "reports/ReportTemplate.h"
#include "stores/BlogAccountStore.h"
#include "stores/ReportStore.h"

#include <QHash>
#include <QTimer>

namespace offkai {

ReportPublisher::ReportPublisher(ReportStore &store, BlogAccountStore *accounts, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_accounts(accounts)
{}

ReportPublisher::~ReportPublisher()
{
    if (m_client) {
        disconnect(m_client, nullptr, this, nullptr);
        m_client->cancel();
    }
}

Result<PublishRequest> ReportPublisher::prepare(qint64 reportId, const BlogAccount &account,
                                                const QString &secret, bool draft) const
{
    auto report = m_store.get(reportId);
    if (!report)
        return report.error();
    auto photos = m_store.photos(reportId);
    if (!photos)
        return photos.error();
    auto uploads = m_store.uploads(reportId, account.id);
    if (!uploads)
        return uploads.error();
    auto publications = m_store.publications(reportId);
    if (!publications)
        return publications.error();

    PublishRequest request;
    request.account = account;
    request.secret = secret;
    request.title = report->title;
    request.markdown = ReportTemplate::stripMarkers(report->body);
    request.tags = report->tags;
    request.draft = draft;
    if (m_accounts && account.kind == BlogAccount::Kind::Hatena) {
        if (auto mode = m_accounts->contentType(account.id))
            request.blogContentType = *mode;
    }
    for (const ReportPublication &p : std::as_const(*publications)) {
        if (p.accountId == account.id)
            request.remoteId = p.remoteId;
    }
    if (request.remoteId.isEmpty()) {
        auto attempt = m_store.publishAttempt(reportId, account.id);
        if (!attempt)
            return attempt.error();
        request.interruptedAttempt = *attempt;
    }
    QHash<qint64, PhotoUpload> uploaded;
    for (const PhotoUpload &u : std::as_const(*uploads))
        uploaded.insert(u.photoId, u);
    // Only the photos the text links to are uploaded.
    for (const ReportPhoto &photo : std::as_const(*photos)) {
        if (!request.markdown.contains(photo.relativePath()))
            continue;
        PublishPhoto p;
        p.photoId = photo.id;
        p.fileName = photo.fileName;
        p.mimeType = photo.mimeType;
        p.caption = photo.caption;
        p.data = photo.data;
        if (const auto it = uploaded.constFind(photo.id); it != uploaded.cend()) {
            p.remoteId = it->remoteId;
            p.url = QUrl(it->url);
        }
        request.photos.append(p);
    }
    return request;
}

void ReportPublisher::start(qint64 reportId, const BlogAccount &account, const QString &secret, bool draft,
                            int timeoutMs)
{
    if (m_running)
        return;
    auto request = prepare(reportId, account, secret, draft);
    m_running = true;
    m_recordedPost = false;
    if (!request) {
        const Error error = request.error();
        QTimer::singleShot(0, this, [this, error] { onClientFinished(error); });
        return;
    }
    request->timeoutMs = timeoutMs;
    if (request->remoteId.isEmpty()) {
        // Noted before anything is sent: if this run ends before the post's identity is recorded, the next
        // one knows to look for the post instead of creating another.
        if (auto noted = m_store.beginPublishAttempt(reportId, account.id, QDateTime::currentDateTimeUtc());
            !noted) {
            const Error error = noted.error();
            QTimer::singleShot(0, this, [this, error] { onClientFinished(error); });
            return;
        }
    }
    m_reportId = reportId;
    m_accountId = account.id;
    m_client = BlogClient::create(account.kind, this);
    connect(m_client, &BlogClient::progress, this, &ReportPublisher::progress);
    connect(m_client, &BlogClient::finished, this, &ReportPublisher::onClientFinished);
    connect(m_client, &BlogClient::postCreated, this, &ReportPublisher::onPostCreated, Qt::DirectConnection);
    m_uploaded.clear();
    connect(m_client, &BlogClient::photoUploaded, this, [this](const PublishPhoto &photo) {
        if (!photo.url.isEmpty())
            m_uploaded.append({photo.photoId, m_accountId, photo.remoteId, photo.url.toString()});
    });
    m_client->start(*request);
}

void ReportPublisher::cancel()
{
    if (m_client)
        m_client->cancel();
}

bool ReportPublisher::isRunning() const
{
    return m_running;
}

void ReportPublisher::onPostCreated(const QString &remoteId, const QUrl &url, bool draft)
{
    // Its own short transaction, at once: the answer may still turn out unreadable, the program may be
    // killed, the final record may fail; the next attempt then updates this post.
    ReportPublication publication;
    publication.reportId = m_reportId;
    publication.accountId = m_accountId;
    publication.remoteId = remoteId;
    publication.url = url;
    publication.draft = draft;
    publication.publishedAt = QDateTime::currentDateTimeUtc();
    if (auto recorded = m_store.recordPublication(publication, m_uploaded); !recorded)
        qCWarning(lcStores) << "could not record the created post at once:" << recorded.error().toString();
    else
        m_recordedPost = true;
}

void ReportPublisher::onClientFinished(const Result<PublishOutcome> &result)
{
    m_running = false;
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    if (!result) {
        // The post failed, but photos that reached the blog are there: remember them for the next try.
        if (auto kept = m_store.recordUploads(m_uploaded); !kept)
            qCWarning(lcStores) << "could not record uploaded photos:" << kept.error().toString();
        m_uploaded.clear();
        Q_EMIT finished(result);
        return;
    }
    ReportPublication publication;
    publication.reportId = m_reportId;
    publication.accountId = m_accountId;
    publication.remoteId = result->remoteId;
    publication.url = result->url;
    publication.draft = result->draft;
    publication.publishedAt = QDateTime::currentDateTimeUtc();
    QList<PhotoUpload> uploads;
    for (const PublishPhoto &p : result->photos) {
        if (!p.url.isEmpty())
            uploads.append({p.photoId, m_accountId, p.remoteId, p.url.toString()});
    }
    if (auto recorded = m_store.recordPublication(publication, uploads); !recorded) {
        Q_EMIT finished(recorded.error());
        return;
    }
    if (m_accounts && !result->contentType.isEmpty()) {
        if (auto kept = m_accounts->setContentType(m_accountId, result->contentType); !kept)
            qCWarning(lcStores) << "could not keep the blog's editing mode:" << kept.error().toString();
    }
    Q_EMIT finished(result);
}

} // namespace offkai
