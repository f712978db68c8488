#pragma once

#include "core/Result.h"
#include "publishing/PublishRequest.h"
#include "stores/ReportStore.h"

#include <QObject>
#include <QPointer>

namespace offkai {

class BlogClient;

/// Publishes one report to one blog account: gathers the text (generated-block markers removed), the
/// photos and what was uploaded before, runs the blog's client, and records the post's id and address
/// so that publishing again updates the same post. On any failure nothing is recorded and the report
/// stays as it was.
class ReportPublisher : public QObject
{
    Q_OBJECT
public:
    ReportPublisher(ReportStore &store, QObject *parent = nullptr);
    ~ReportPublisher() override;

    /// The request that start() sends, for checks and tests.
    Result<PublishRequest> prepare(qint64 reportId, const BlogAccount &account, const QString &secret,
                                   bool draft) const;
    /// Starts publishing; finished() follows (never from inside start()).
    void start(qint64 reportId, const BlogAccount &account, const QString &secret, bool draft,
               int timeoutMs = 30000);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(int done, int total, const QString &step);
    void finished(const offkai::Result<offkai::PublishOutcome> &result);

private:
    void onClientFinished(const Result<PublishOutcome> &result);

    ReportStore &m_store;
    QPointer<BlogClient> m_client;
    QList<PhotoUpload> m_uploaded; ///< photos uploaded during this run
    qint64 m_reportId = 0;
    qint64 m_accountId = 0;
    bool m_running = false;
};

} // namespace offkai
