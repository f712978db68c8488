#include "ReportStore.h"

#include "LastChange.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

namespace offkai {

namespace {

const QString kColumns = QStringLiteral(
    "id, event_id, author_id, title, body, status, privacy, language, tags, created_at, updated_at, "
    "row_version");

QString joinTags(const QStringList &tags)
{
    QStringList cleaned;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !cleaned.contains(t))
            cleaned.append(t);
    }
    return cleaned.join(QLatin1Char(','));
}

QStringList splitTags(const QString &text)
{
    QStringList tags = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &tag : tags)
        tag = tag.trimmed();
    tags.removeAll(QString());
    return tags;
}

bool exec(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

ReportStore::ReportStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

Result<void> ReportStore::validate(const Report &r)
{
    if (r.eventId <= 0)
        return Error(Error::Code::Invalid, tr("A report belongs to an event: choose one."));
    if (r.language.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("A report needs a language for its generated parts."));
    return {};
}

Result<QList<Report>> ReportStore::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM reports ") + where +
                  QStringLiteral(" ORDER BY id"));
    if (!exec(query, values))
        return SqlErrors::fromQuery(query, tr("Could not read the reports."));
    QList<Report> reports;
    while (query.next()) {
        Report r;
        r.id = query.value(0).toLongLong();
        r.eventId = query.value(1).toLongLong();
        r.authorId = query.value(2).toLongLong();
        r.title = query.value(3).toString();
        r.body = query.value(4).toString();
        r.status = Report::statusFromKey(query.value(5).toString()).value_or(Report::Status::Draft);
        r.privacy =
            Report::privacyFromKey(query.value(6).toString()).value_or(Report::Privacy::OccupationInitial);
        r.language = query.value(7).toString();
        r.tags = splitTags(query.value(8).toString());
        r.createdAt = SqlValues::toDateTime(query.value(9));
        r.updatedAt = SqlValues::toDateTime(query.value(10));
        r.version = query.value(11).toLongLong();
        reports.append(r);
    }
    return reports;
}

Result<QList<ReportListRow>> ReportStore::list(qint64 onlyId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.title, r.event_id, e.title, e.starts_at, e.time_zone, m.display_name, r.status, "
        "(SELECT count(*) FROM report_publications p WHERE p.report_id = r.id), r.updated_at "
        "FROM reports r JOIN events e ON e.id = r.event_id "
        "LEFT JOIN members m ON m.id = r.author_id WHERE ? = 0 OR r.id = ? ORDER BY r.id"));
    if (!exec(query, {onlyId, onlyId}))
        return SqlErrors::fromQuery(query, tr("Could not read the reports."));
    QList<ReportListRow> rows;
    while (query.next()) {
        ReportListRow row;
        row.id = query.value(0).toLongLong();
        row.title = query.value(1).toString();
        row.eventId = query.value(2).toLongLong();
        row.eventTitle = query.value(3).toString();
        const QDateTime utc = SqlValues::toDateTime(query.value(4));
        if (utc.isValid())
            row.eventStart = utc.toTimeZone(QTimeZone(query.value(5).toString().toUtf8()));
        row.authorName = query.value(6).toString();
        row.status = Report::statusFromKey(query.value(7).toString()).value_or(Report::Status::Draft);
        row.publications = query.value(8).toInt();
        row.updatedAt = SqlValues::toDateTime(query.value(9));
        rows.append(row);
    }
    return rows;
}

Result<Report> ReportStore::get(qint64 id) const
{
    auto reports = select(QStringLiteral("WHERE id = ?"), {id});
    if (!reports)
        return reports.error();
    if (reports->isEmpty())
        return Error(Error::Code::NotFound, tr("The report no longer exists."),
                     QStringLiteral("report %1").arg(id));
    Report report = reports->constFirst();
    auto by = LastChange::organizer(m_database.connection(), QStringLiteral("reports"), id,
                                    tr("Could not read the reports."));
    if (!by)
        return by.error();
    report.updatedBy = *by;
    return report;
}

Result<QList<Report>> ReportStore::forEvent(qint64 eventId) const
{
    return select(QStringLiteral("WHERE event_id = ?"), {eventId});
}

Result<int> ReportStore::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM reports")) || !query.next())
        return SqlErrors::fromQuery(query, tr("Could not read the reports."));
    return query.value(0).toInt();
}

Result<qint64> ReportStore::insertRow(const Report &r)
{
    QSqlQuery query(m_database.connection());
    const SqlDialect dialect = SqlDialect::of(m_database.connection());
    const QString now = SqlValues::now();
    query.prepare(
        QStringLiteral("INSERT INTO reports (id, event_id, author_id, title, body, status, privacy, "
                       "language, tags, created_at, updated_at, row_version) VALUES (") +
        dialect.idOrNext(QStringLiteral("reports")) + QStringLiteral(", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
        dialect.returningId());
    if (!exec(query, {SqlValues::idOrNull(r.id), r.eventId, SqlValues::idOrNull(r.authorId),
                      SqlValues::text(r.title), SqlValues::text(r.body), Report::statusKey(r.status),
                      Report::privacyKey(r.privacy), r.language, SqlValues::text(joinTags(r.tags)),
                      r.createdAt.isValid() ? r.createdAt.toUTC().toString(Qt::ISODate) : now,
                      r.updatedAt.isValid() ? r.updatedAt.toUTC().toString(Qt::ISODate) : now,
                      // Put back with its id (undo of a delete), a report keeps its version.
                      r.id > 0 && r.version > 0 ? r.version : qint64(1)}))
        return SqlErrors::fromQuery(query, tr("Could not save the report."));
    const qint64 returned = dialect.insertedId(query);
    return r.id > 0 ? r.id : returned;
}

Result<qint64> ReportStore::insert(const Report &r)
{
    if (auto valid = validate(r); !valid)
        return valid.error();
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    auto id = insertRow(r);
    if (!id)
        return id.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    m_versions.forget(*id);
    Q_EMIT reportInserted(*id);
    return *id;
}

Result<void> ReportStore::update(const Report &r)
{
    if (auto valid = validate(r); !valid)
        return valid.error();
    const QString what = tr("Could not save the report.");
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    auto current = ReportVersions::current(m_database.connection(), r.id, what);
    if (!current)
        return current.error();
    if (!m_versions.accepts(r.id, r.version, *current))
        return changedSince(r);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE reports SET event_id = ?, author_id = ?, title = ?, body = ?, status = ?, privacy = ?, "
        "language = ?, tags = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version "
        "= ?"));
    if (!exec(query, {r.eventId, SqlValues::idOrNull(r.authorId), SqlValues::text(r.title),
                      SqlValues::text(r.body), Report::statusKey(r.status), Report::privacyKey(r.privacy),
                      r.language, SqlValues::text(joinTags(r.tags)), SqlValues::now(), r.id, *current}))
        return SqlErrors::fromQuery(query, what);
    if (query.numRowsAffected() == 0)
        return changedSince(r);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    m_versions.wrote(r.id, *current + 1);
    Q_EMIT reportUpdated(r.id);
    return {};
}

Result<void> ReportStore::saveText(qint64 id, const QString &title, const QString &body, qint64 version)
{
    const QString what = tr("Could not save the report.");
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT title, body, row_version FROM reports WHERE id = ?"));
    if (!exec(query, {id}))
        return SqlErrors::fromQuery(query, what);
    // A report deleted meanwhile has nothing to save into (undo of the deletion brings back its text).
    if (!query.next())
        return {};
    const qint64 current = query.value(2).toLongLong();
    // Text that is already stored is not written again, whoever wrote it.
    if (query.value(0).toString() == title && query.value(1).toString() == body)
        return {};
    query.finish();
    if (!m_versions.accepts(id, version, current)) {
        Report mine;
        mine.id = id;
        mine.version = version;
        return changedSince(mine);
    }
    query.prepare(QStringLiteral("UPDATE reports SET title = ?, body = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    if (!exec(query, {SqlValues::text(title), SqlValues::text(body), SqlValues::now(), id, current}))
        return SqlErrors::fromQuery(query, what);
    if (query.numRowsAffected() == 0) {
        Report mine;
        mine.id = id;
        mine.version = version;
        return changedSince(mine);
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    m_versions.wrote(id, current + 1);
    Q_EMIT reportSaved(id);
    return {};
}

Result<void> ReportStore::changedSince(const Report &r) const
{
    auto current = get(r.id);
    if (!current)
        return current.error();
    return Error(
        Error::Code::Conflict,
        tr("The report “%1” was changed elsewhere (another window or organizer) after you opened it.")
            .arg(current->title),
        QStringLiteral("report %1: read version %2, the database has version %3")
            .arg(r.id)
            .arg(r.version)
            .arg(current->version));
}

Result<void> ReportStore::remove(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM reports WHERE id = ?"));
    if (!exec(query, {id}))
        return SqlErrors::fromQuery(query, tr("Could not delete the report."));
    if (query.numRowsAffected() == 0)
        return Error(Error::Code::NotFound, tr("The report no longer exists."),
                     QStringLiteral("report %1").arg(id));
    m_versions.forget(id);
    Q_EMIT reportRemoved(id);
    return {};
}

Result<std::optional<PreviousReport>> ReportStore::previousReport(const Event &event,
                                                                  qint64 excludeReportId) const
{
    if (!event.hasDay())
        return std::optional<PreviousReport>();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.id, r.title, r.event_id, (SELECT p.url FROM report_publications p WHERE p.report_id = r.id "
        "AND p.url <> '' ORDER BY p.draft, p.published_at DESC LIMIT 1) FROM reports r "
        "JOIN events e ON e.id = r.event_id WHERE e.kind = ? AND e.starts_at < ? AND r.id <> ? "
        "AND e.id <> ? ORDER BY e.starts_at DESC, (r.status = 'published') DESC, r.id DESC LIMIT 1"));
    query.addBindValue(event.type);
    query.addBindValue(event.start.toUTC().toString(Qt::ISODate));
    query.addBindValue(excludeReportId);
    query.addBindValue(event.id);
    if (!query.exec())
        return SqlErrors::fromQuery(query, tr("Could not read the earlier reports."));
    if (!query.next())
        return std::optional<PreviousReport>();
    PreviousReport previous;
    previous.reportId = query.value(0).toLongLong();
    previous.title = query.value(1).toString();
    previous.url = QUrl(query.value(3).toString());
    previous.event.id = query.value(2).toLongLong();
    return std::optional<PreviousReport>(previous);
}

Result<ReportSnapshot> ReportStore::snapshot(qint64 id) const
{
    ReportSnapshot s;
    auto report = get(id);
    if (!report)
        return report.error();
    s.report = *report;
    auto photos = this->photos(id);
    if (!photos)
        return photos.error();
    s.photos = *photos;
    auto publications = this->publications(id);
    if (!publications)
        return publications.error();
    s.publications = *publications;
    for (const ReportPublication &p : std::as_const(s.publications)) {
        auto uploads = this->uploads(id, p.accountId);
        if (!uploads)
            return uploads.error();
        s.uploads += *uploads;
    }
    return s;
}

Result<void> ReportStore::restore(const ReportSnapshot &s)
{
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    auto id = insertRow(s.report);
    if (!id)
        return id.error();
    for (const ReportPhoto &photo : s.photos) {
        if (auto added = insertPhotoRow(photo, nullptr); !added)
            return added.error();
    }
    QSqlQuery query(m_database.connection());
    for (const ReportPublication &p : s.publications) {
        query.prepare(
            QStringLiteral("INSERT INTO report_publications (report_id, account_id, remote_id, url, "
                           "draft, published_at) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!exec(query,
                  {p.reportId, p.accountId, SqlValues::text(p.remoteId), SqlValues::text(p.url.toString()),
                   p.draft ? 1 : 0, p.publishedAt.toUTC().toString(Qt::ISODate)}))
            return SqlErrors::fromQuery(query, tr("Could not restore the report."));
    }
    for (const PhotoUpload &u : s.uploads) {
        query.prepare(
            QStringLiteral("INSERT INTO report_photo_uploads (photo_id, account_id, remote_id, url) "
                           "VALUES (?, ?, ?, ?)"));
        if (!exec(query, {u.photoId, u.accountId, SqlValues::text(u.remoteId), SqlValues::text(u.url)}))
            return SqlErrors::fromQuery(query, tr("Could not restore the report."));
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    m_versions.forget(*id);
    Q_EMIT reportInserted(*id);
    return {};
}

Result<QList<ReportPhoto>> ReportStore::selectPhotos(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, report_id, file_name, mime_type, caption, position, data "
                                 "FROM report_photos WHERE ") +
                  where + QStringLiteral(" ORDER BY position, id"));
    if (!exec(query, values))
        return SqlErrors::fromQuery(query, tr("Could not read the report's photos."));
    QList<ReportPhoto> photos;
    while (query.next()) {
        ReportPhoto p;
        p.id = query.value(0).toLongLong();
        p.reportId = query.value(1).toLongLong();
        p.fileName = query.value(2).toString();
        p.mimeType = query.value(3).toString();
        p.caption = query.value(4).toString();
        p.position = query.value(5).toInt();
        p.data = query.value(6).toByteArray();
        photos.append(p);
    }
    return photos;
}

Result<QList<ReportPhoto>> ReportStore::photos(qint64 reportId) const
{
    return selectPhotos(QStringLiteral("report_id = ?"), {reportId});
}

Result<ReportPhoto> ReportStore::photo(qint64 reportId, const QString &fileName) const
{
    auto found = selectPhotos(QStringLiteral("report_id = ? AND file_name = ?"), {reportId, fileName});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, tr("The photo %1 is not attached to this report.").arg(fileName));
    return found->constFirst();
}

Result<void> ReportStore::insertPhotoRow(const ReportPhoto &p, qint64 *id)
{
    QSqlQuery query(m_database.connection());
    const SqlDialect dialect = SqlDialect::of(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO report_photos (id, report_id, file_name, mime_type, caption, "
                                 "position, data) VALUES (") +
                  dialect.idOrNext(QStringLiteral("report_photos")) + QStringLiteral(", ?, ?, ?, ?, ?, ?)") +
                  dialect.returningId());
    if (!exec(query, {SqlValues::idOrNull(p.id), p.reportId, p.fileName, p.mimeType,
                      SqlValues::text(p.caption), p.position, p.data}))
        return SqlErrors::fromQuery(query, tr("Could not save the photo."));
    const qint64 returned = dialect.insertedId(query);
    if (id)
        *id = p.id > 0 ? p.id : returned;
    return {};
}

Result<ReportPhoto> ReportStore::addPhoto(const ReportPhoto &photo)
{
    if (photo.data.isEmpty())
        return Error(Error::Code::Invalid, tr("The photo is empty."));
    ReportPhoto p = photo;
    p.fileName = QFileInfo(p.fileName).fileName();
    p.fileName.replace(QLatin1Char(' '), QLatin1Char('-'));
    if (p.fileName.isEmpty())
        p.fileName = QStringLiteral("photo.jpg");
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    auto existing = photos(p.reportId);
    if (!existing)
        return existing.error();
    QSet<QString> taken;
    int position = 0;
    for (const ReportPhoto &e : std::as_const(*existing)) {
        taken.insert(e.fileName.toLower());
        position = std::max(position, e.position + 1);
    }
    const QFileInfo info(p.fileName);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2; taken.contains(p.fileName.toLower()); ++n)
        p.fileName = base + QLatin1Char('-') + QString::number(n) + suffix;
    if (p.id == 0)
        p.position = position;
    qint64 id = 0;
    if (auto added = insertPhotoRow(p, &id); !added)
        return added.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    p.id = id;
    Q_EMIT photosChanged(p.reportId);
    return p;
}

Result<void> ReportStore::setPhotoCaption(qint64 photoId, const QString &caption)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE report_photos SET caption = ? WHERE id = ? RETURNING report_id"));
    if (!exec(query, {SqlValues::text(caption), photoId}))
        return SqlErrors::fromQuery(query, tr("Could not save the photo."));
    if (query.next())
        Q_EMIT photosChanged(query.value(0).toLongLong());
    return {};
}

Result<void> ReportStore::removePhoto(qint64 photoId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM report_photos WHERE id = ? RETURNING report_id"));
    if (!exec(query, {photoId}))
        return SqlErrors::fromQuery(query, tr("Could not remove the photo."));
    if (query.next()) {
        const qint64 reportId = query.value(0).toLongLong();
        query.finish();
        Q_EMIT photosChanged(reportId);
    }
    return {};
}

Result<QList<ReportPublication>> ReportStore::publications(qint64 reportId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT report_id, account_id, remote_id, url, draft, published_at "
                                 "FROM report_publications WHERE report_id = ? ORDER BY account_id"));
    if (!exec(query, {reportId}))
        return SqlErrors::fromQuery(query, tr("Could not read where the report was published."));
    QList<ReportPublication> list;
    while (query.next()) {
        ReportPublication p;
        p.reportId = query.value(0).toLongLong();
        p.accountId = query.value(1).toLongLong();
        p.remoteId = query.value(2).toString();
        p.url = QUrl(query.value(3).toString());
        p.draft = query.value(4).toBool();
        p.publishedAt = SqlValues::toDateTime(query.value(5));
        list.append(p);
    }
    return list;
}

Result<QDate> ReportStore::firstPublishedOn(qint64 reportId) const
{
    auto all = publications(reportId);
    if (!all)
        return all.error();
    QDate first;
    for (const ReportPublication &p : std::as_const(*all)) {
        const QDate day = p.publishedAt.toLocalTime().date();
        if (!p.draft && day.isValid() && (!first.isValid() || day < first))
            first = day;
    }
    return first;
}

Result<QList<PhotoUpload>> ReportStore::uploads(qint64 reportId, qint64 accountId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT u.photo_id, u.account_id, u.remote_id, u.url FROM report_photo_uploads u "
                       "JOIN report_photos p ON p.id = u.photo_id WHERE p.report_id = ? AND "
                       "u.account_id = ? ORDER BY u.photo_id"));
    if (!exec(query, {reportId, accountId}))
        return SqlErrors::fromQuery(query, tr("Could not read where the report was published."));
    QList<PhotoUpload> list;
    while (query.next())
        list.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                     query.value(3).toString()});
    return list;
}

Result<void> ReportStore::recordPublication(const ReportPublication &p, const QList<PhotoUpload> &uploads)
{
    const QString what = tr("The post was published, but Offkai could not record it.");
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    QSqlQuery query(m_database.connection());
    const SqlDialect dialect = SqlDialect::of(m_database.connection());
    query.prepare(dialect.insertOrReplace() +
                  QStringLiteral(" report_publications (report_id, account_id, remote_id, url, draft, "
                                 "published_at) VALUES (?, ?, ?, ?, ?, ?)") +
                  dialect.replaceConflicts({QStringLiteral("report_id"), QStringLiteral("account_id")},
                                           {QStringLiteral("remote_id"), QStringLiteral("url"),
                                            QStringLiteral("draft"), QStringLiteral("published_at")}));
    const QDateTime when = p.publishedAt.isValid() ? p.publishedAt : QDateTime::currentDateTimeUtc();
    if (!exec(query, {p.reportId, p.accountId, SqlValues::text(p.remoteId), SqlValues::text(p.url.toString()),
                      p.draft ? 1 : 0, when.toUTC().toString(Qt::ISODate)}))
        return SqlErrors::fromQuery(query, what);
    if (auto written = writeUploads(uploads, what); !written)
        return written;
    query.prepare(
        QStringLiteral("DELETE FROM report_publish_attempts WHERE report_id = ? AND account_id = ?"));
    if (!exec(query, {p.reportId, p.accountId}))
        return SqlErrors::fromQuery(query, what);
    qint64 published = 0; // the report's version after this window marked it published
    if (!p.draft) {
        query.prepare(QStringLiteral("UPDATE reports SET status = 'published', updated_at = ? WHERE id = ?"));
        if (!exec(query, {SqlValues::now(), p.reportId}))
            return SqlErrors::fromQuery(query, what);
        auto version = ReportVersions::current(m_database.connection(), p.reportId, what);
        if (!version)
            return version.error();
        published = *version;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    if (published > 0)
        m_versions.wrote(p.reportId, published);
    Q_EMIT publicationsChanged(p.reportId);
    if (!p.draft)
        Q_EMIT reportUpdated(p.reportId);
    return {};
}

Result<void> ReportStore::writeUploads(const QList<PhotoUpload> &uploads, const QString &what)
{
    QSqlQuery query(m_database.connection());
    const SqlDialect dialect = SqlDialect::of(m_database.connection());
    query.prepare(
        dialect.insertOrReplace() +
        QStringLiteral(" report_photo_uploads (photo_id, account_id, remote_id, url) VALUES (?, ?, ?, ?)") +
        dialect.replaceConflicts({QStringLiteral("photo_id"), QStringLiteral("account_id")},
                                 {QStringLiteral("remote_id"), QStringLiteral("url")}));
    for (const PhotoUpload &u : uploads) {
        if (!exec(query, {u.photoId, u.accountId, SqlValues::text(u.remoteId), SqlValues::text(u.url)}))
            return SqlErrors::fromQuery(query, what);
    }
    return {};
}

Result<void> ReportStore::recordUploads(const QList<PhotoUpload> &uploads)
{
    if (uploads.isEmpty())
        return {};
    Transaction tx(m_database.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto written = writeUploads(uploads, tr("Could not record the uploaded photos.")); !written)
        return written;
    return tx.commit();
}

Result<void> ReportStore::beginPublishAttempt(qint64 reportId, qint64 accountId, const QDateTime &when)
{
    QSqlQuery query(m_database.connection());
    const SqlDialect dialect = SqlDialect::of(m_database.connection());
    query.prepare(
        dialect.insertOrIgnore() +
        QStringLiteral(" report_publish_attempts (report_id, account_id, started_at) VALUES (?, ?, ?)") +
        dialect.ignoreConflicts());
    if (!exec(query, {reportId, accountId, when.toUTC().toString(Qt::ISODate)}))
        return SqlErrors::fromQuery(query, tr("Could not record the start of the publication."));
    return {};
}

Result<QDateTime> ReportStore::publishAttempt(qint64 reportId, qint64 accountId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT started_at FROM report_publish_attempts WHERE report_id = ? AND account_id = ?"));
    if (!exec(query, {reportId, accountId}))
        return SqlErrors::fromQuery(query, tr("Could not read where the report was published."));
    return query.next() ? SqlValues::toDateTime(query.value(0)) : QDateTime();
}

Result<QString> ReportStore::templateText(const QString &language) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT body FROM report_templates WHERE language = ?"));
    if (!exec(query, {language}))
        return SqlErrors::fromQuery(query, tr("Could not read the report template."));
    return query.next() ? query.value(0).toString() : QString();
}

Result<void> ReportStore::saveTemplate(const QString &language, const QString &text)
{
    QSqlQuery query(m_database.connection());
    if (text.trimmed().isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM report_templates WHERE language = ?"));
        if (!exec(query, {language}))
            return SqlErrors::fromQuery(query, tr("Could not save the report template."));
        return {};
    }
    const SqlDialect dialect = SqlDialect::of(m_database.connection());
    query.prepare(dialect.insertOrReplace() +
                  QStringLiteral(" report_templates (language, body) VALUES (?, ?)") +
                  dialect.replaceConflicts({QStringLiteral("language")}, {QStringLiteral("body")}));
    if (!exec(query, {language, text}))
        return SqlErrors::fromQuery(query, tr("Could not save the report template."));
    return {};
}

} // namespace offkai
