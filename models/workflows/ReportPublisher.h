#pragma once

#include "core/Result.h"
#include "publishing/PublishRequest.h"
#include "stores/ReportStore.h"

#include <QObject>
#include <QPointer>

namespace offkai {

class BlogAccountStore;
class BlogClient;

/// Publishes one report to one blog account: gathers the text (generated-block markers removed), the
/// photos and what was uploaded before, runs the blog's client, and records the post's id and address
/// so that publishing again updates the same post.
///
/// A post is never created twice: before the first request that may create it, the attempt is noted
/// (ReportStore::beginPublishAttempt()); the post's identity is recorded the moment the blog's answer gives
/// it (BlogClient::postCreated()), before anything else can fail; and the next attempt after one that ended
/// without either looks for the post on the blog first (PublishRequest::interruptedAttempt). Photos that
/// reached the blog are recorded even when the run fails.
class ReportPublisher : public QObject
{
    Q_OBJECT
public:
    /// With `accounts`, a Hatena blog's answered `<content type>` (its editing mode) is kept on the account.
    explicit ReportPublisher(ReportStore &store, BlogAccountStore *accounts = nullptr,
                             QObject *parent = nullptr);
    ~ReportPublisher() override;

    /// The request that start() sends, for checks and tests.
    Result<PublishRequest> prepare(qint64 reportId, const BlogAccount &account, const QString &secret,
                                   bool draft) const;
    /// Starts publishing; finished() follows (never from inside start()).
    void start(qint64 reportId, const BlogAccount &account, const QString &secret, bool draft,
               int timeoutMs = 30000);
    void cancel();
    bool isRunning() const;
    /// Whether the last run recorded a post the blog created, even if the run failed after that.
    bool recordedPostThisRun() const { return m_recordedPost; }

Q_SIGNALS:
    void progress(int done, int total, const QString &step);
    void finished(const offkai::Result<offkai::PublishOutcome> &result);

private:
    void onClientFinished(const Result<PublishOutcome> &result);
    void onPostCreated(const QString &remoteId, const QUrl &url, bool draft);

    ReportStore &m_store;
    BlogAccountStore *m_accounts = nullptr;
    QPointer<BlogClient> m_client;
    QList<PhotoUpload> m_uploaded; ///< photos uploaded during this run
    qint64 m_reportId = 0;
    qint64 m_accountId = 0;
    bool m_running = false;
    bool m_recordedPost = false;
};

} // namespace offkai
