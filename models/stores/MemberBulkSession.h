#pragma once

#include "core/Result.h"
#include "MemberBulkWriter.h"

#include <memory>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace offkai {

/// What a bulk write keeps between rows: its statements, prepared on first use, and the id of every tag
/// it has looked up or created (the caller's transaction is open throughout, so they stay valid).
struct MemberBulkSession
{
    QSqlQuery member;
    QSqlQuery profile;
    QSqlQuery profileFill;
    QSqlQuery email;
    QSqlQuery memberTag;
    QSqlQuery answer;
    QSqlQuery addTag;
    QSqlQuery findTag;
    QSqlQuery oldEmails;
    QHash<QString, qint64> tagIds;
    /// New members go through SQLite directly when it can (see MemberBulkWriter).
    std::unique_ptr<MemberBulkWriter> writer;

    /// Members when the session began, and members it has inserted since.
    qint64 existing = 0;
    qint64 inserted = 0;
    /// Members the caller said it would write (MemberStore::beginBulkWrite).
    qint64 expected = 0;
    /// The secondary indexes of the member tables (and the profile trigger) have been dropped, to be
    /// re-created from `dropped` (their own CREATE statements, read from sqlite_master) at the end.
    bool slim = false;
    /// Slimming was tried (it is tried once) or ruled out.
    bool slimTried = false;
    /// members_profile_row is gone: inserts write the profile row themselves.
    bool noProfileTrigger = false;
    QStringList dropped;
    /// While slim, the page cache is large enough for the whole import (set back at the end): a cache
    /// smaller than what a transaction changes writes pages out early and reads them back.
    QString cacheSize;
    /// While slim, the address lookups of duplicate detection: email_key → member ids, kept in step with
    /// every write of the session (member_emails_key is one of the dropped indexes).
    QHash<QString, QList<qint64>> emailIds;

    explicit MemberBulkSession(const QSqlDatabase &db);

    /// Writes the members the writer has queued, so that SQL sees them.
    Result<void> settle();
    /// The number of inserted members after which slimDown pays: `configured` unless it is negative.
    qint64 slimThreshold(qint64 configured) const;
    /// When to slim down: once slimThreshold rows are in, or, when the caller said that it will write
    /// that many, as soon as the member tables hold kSlimSampleRows rows for slimDown to judge their
    /// columns by.
    qint64 slimAfter(qint64 configured) const;
    /// Drops the secondary indexes of the member tables and the profile trigger (see
    /// MemberStore::setSlimThreshold), remembering their definitions in `dropped`.
    Result<void> slimDown(const QSqlDatabase &db);
    /// Runs the CREATE statements `creates`; with `onlyMissing`, only those of objects that are gone.
    static Result<void> restoreSchema(const QSqlDatabase &db, const QStringList &creates, bool onlyMissing);
    /// PRAGMA cache_size = `pages` (its value as PRAGMA cache_size read it); nothing when empty.
    static void setCacheSize(const QSqlDatabase &db, const QString &pages);

    static constexpr qint64 kSlimMinimumRows = 1000;
    /// Enough rows to tell a column of few values (status, tag) from one of many (name, address).
    static constexpr qint64 kSlimSampleRows = 256;
    /// Slim down once the import has added 1/kSlimTableShare of the members already there.
    static constexpr qint64 kSlimTableShare = 4;
    /// An index whose first column holds fewer than 1/kSlimDistinctShare distinct values is kept.
    static constexpr qint64 kSlimDistinctShare = 20;
    /// The page cache of a slimmed bulk write, in KiB (a 100,000-member import changes about 90 MB).
    static constexpr int kBulkCacheKiB = 256 * 1024;
};

} // namespace offkai
