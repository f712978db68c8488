#pragma once

#include "core/Result.h"
#include "records/BlogAccount.h"
#include "records/Report.h"
#include "records/ReportContext.h"
#include "ReportVersions.h"

#include <optional>
#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QUrl>

namespace offkai {

class Database;

/// One row of the reports list: the report with its event and author, without the body.
struct ReportListRow
{
    qint64 id = 0;
    QString title;
    qint64 eventId = 0;
    QString eventTitle;
    QDateTime eventStart; ///< in the event's zone; invalid for an event without a day
    QString authorName;
    Report::Status status = Report::Status::Draft;
    int publications = 0; ///< number of blogs it was published to
    QDateTime updatedAt;
};

/// A photo already uploaded to a blog account.
struct PhotoUpload
{
    qint64 photoId = 0;
    qint64 accountId = 0;
    QString remoteId;
    QString url;
};

/// Everything a deleted report had, so that undo puts it back exactly.
struct ReportSnapshot
{
    Report report;
    QList<ReportPhoto> photos;
    QList<ReportPublication> publications;
    QList<PhotoUpload> uploads;
};

/// All SQL for reports, their photos, publications and templates. Every write runs in a transaction and
/// announces what changed.
class ReportStore : public QObject
{
    Q_OBJECT
public:
    explicit ReportStore(Database &database, QObject *parent = nullptr);

    /// Every report, or only report `onlyId` when it is not 0.
    Result<QList<ReportListRow>> list(qint64 onlyId = 0) const;
    Result<Report> get(qint64 id) const;
    Result<QList<Report>> forEvent(qint64 eventId) const;
    Result<int> count() const;

    static Result<void> validate(const Report &report);
    /// Adds a report. A report with a non-zero id is re-created with that id (undo of a delete).
    Result<qint64> insert(const Report &report);
    /// Saves a report over the version it was read with (Report::version; 0 writes without that check):
    /// when somebody else has changed the row since, nothing is written and the error is
    /// Error::Code::Conflict. This window's own writes in between do not count (ReportVersions).
    Result<void> update(const Report &report);
    /// The autosave path: writes title and body only, durably, and announces reportSaved(). With a
    /// `version`, checked as update() does; text already stored is not written again.
    Result<void> saveText(qint64 id, const QString &title, const QString &body, qint64 version = 0);
    Result<void> remove(qint64 id);
    Result<ReportSnapshot> snapshot(qint64 id) const;
    /// The latest report about an earlier event of `event`'s type (other than `event` itself and report
    /// `excludeReportId`), with where it was published; its `event` holds only that event's id. Nothing for
    /// an event without a day.
    Result<std::optional<PreviousReport>> previousReport(const Event &event, qint64 excludeReportId) const;
    /// Puts a removed report back with its photos, publications and uploads, in one transaction.
    Result<void> restore(const ReportSnapshot &snapshot);

    /// Photos in position order, with their bytes.
    Result<QList<ReportPhoto>> photos(qint64 reportId) const;
    Result<ReportPhoto> photo(qint64 reportId, const QString &fileName) const;
    /// Adds a photo; its file name is made unique within the report ("p.jpg" → "p-2.jpg"). Returns it
    /// as stored.
    Result<ReportPhoto> addPhoto(const ReportPhoto &photo);
    Result<void> setPhotoCaption(qint64 photoId, const QString &caption);
    Result<void> removePhoto(qint64 photoId);

    Result<QList<ReportPublication>> publications(qint64 reportId) const;
    /// The local day the report first went out as a post (not as a draft); invalid when it never did.
    Result<QDate> firstPublishedOn(qint64 reportId) const;
    Result<QList<PhotoUpload>> uploads(qint64 reportId, qint64 accountId) const;
    /// Records a successful publication and the photos it uploaded, in one transaction; a publication
    /// that is not a draft marks the report published.
    /// Also ends the attempt to create the post (beginPublishAttempt()).
    Result<void> recordPublication(const ReportPublication &publication, const QList<PhotoUpload> &uploads);
    /// Records photos uploaded by a publication that then failed, so that the next try does not upload
    /// them again.
    Result<void> recordUploads(const QList<PhotoUpload> &uploads);
    /// Notes, before the first request that may create a post, that an attempt to create one for the report
    /// on the account started at `when`; an earlier unfinished attempt keeps its own time.
    /// recordPublication() ends it.
    Result<void> beginPublishAttempt(qint64 reportId, qint64 accountId, const QDateTime &when);
    /// When an attempt to create the post started and never recorded its end; invalid when none.
    Result<QDateTime> publishAttempt(qint64 reportId, qint64 accountId) const;

    /// The organizer's template for `language`, or an empty string when they have none.
    Result<QString> templateText(const QString &language) const;
    /// Saves the organizer's template; an empty text removes it (back to the built-in one).
    Result<void> saveTemplate(const QString &language, const QString &text);

Q_SIGNALS:
    void reportInserted(qint64 id);
    void reportUpdated(qint64 id);
    void reportSaved(qint64 id);
    void reportRemoved(qint64 id);
    void photosChanged(qint64 reportId);
    void publicationsChanged(qint64 reportId);

private:
    /// The conflict error for a report whose row has moved on from `report.version`.
    Result<void> changedSince(const Report &report) const;
    Result<QList<Report>> select(const QString &where, const QVariantList &values) const;
    Result<qint64> insertRow(const Report &report);
    Result<void> insertPhotoRow(const ReportPhoto &photo, qint64 *id);
    Result<QList<ReportPhoto>> selectPhotos(const QString &where, const QVariantList &values) const;
    Result<void> writeUploads(const QList<PhotoUpload> &uploads, const QString &what);

    Database &m_database;
    ReportVersions m_versions;
};

} // namespace offkai
