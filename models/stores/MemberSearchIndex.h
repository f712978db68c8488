#pragma once

#include "core/Result.h"
#include "text/LexemeStatistics.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariant>

namespace offkai {

class MemberStatements;

/// The member search index. Each member's name, reading, work (affiliation, job title, industry,
/// region), tags and the rest of what a person would type (self-introduction, skills, notes, email
/// addresses, service user names; MemberSearchText) are stored normalized (TextNormalizer::indexText: NFKC,
/// case folding, katakana → hiragana, one token per CJK character) in `member_profiles.search_*`, and an FTS5
/// table `member_search` (external content over those columns, rowid = member id) indexes them. A Japanese
/// term becomes a phrase of single-character tokens ("東京" → "東 京"), which finds 1- and 2-character terms
/// that a trigram index cannot, with an inverted index instead of a scan; a Latin term becomes a word-prefix
/// query (tanaka*). FTS5 is detected when the index opens; without it, search runs LIKE over the same
/// normalized columns (correct, but a scan).
///
/// It also remembers the match counts the member list uses to choose a plan (estimate), until the next
/// write. Row writes keep the index in step one member at a time, except during a bulk write, which
/// rebuilds it in one pass at the end (rebuildAfterBulkWrite).
class MemberSearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(offkai::MemberSearchIndex)
public:
    /// Detects FTS5 and, on a writable database, creates the index and normalizes rows that plain SQL
    /// wrote.
    explicit MemberSearchIndex(MemberStatements &statements);

    /// False when the SQLite in use has no FTS5 and search falls back to LIKE.
    bool hasFullTextSearch() const { return m_fts; }

    /// Normalizes rows written by plain SQL (sort_key NULL) and rebuilds the index, in one transaction.
    Result<void> rebuild();
    /// The end of a bulk write: rebuilds the whole index in one pass, inside the caller's transaction.
    Result<void> rebuildAfterBulkWrite();

    /// Takes member `id` out of the index, before its indexed columns change.
    Result<void> unindex(qint64 id);
    /// Puts member `id` (back) into the index, after its indexed columns changed.
    Result<void> index(qint64 id);
    /// Recomputes the member's indexed tag text from its tags, and reindexes it.
    Result<void> refreshTags(qint64 id);

    /// A COUNT(*) by `sql` (with `value` bound unless it is null), remembered under `key` until the next
    /// write; negative when it could not be counted.
    int estimate(const QString &key, const QString &sql, const QVariant &value) const;
    /// The count remembered under `key`, or -1.
    int remembered(const QString &key) const { return m_estimates.value(key, -1); }
    /// Remembers `count` under `key` until the next write (a count known from another one).
    void remember(const QString &key, int count) const { m_estimates.insert(key, count); }
    /// Forgets the remembered counts (any write to the member tables).
    void forgetEstimates() { m_estimates.clear(); }
    /// On PostgreSQL, how common the search lexemes were when the server last analyzed the table, as
    /// read when the database opened (empty on SQLite, or before any analysis).
    const LexemeStatistics &statistics() const { return m_statistics; }
    /// On PostgreSQL, rewrites the profile table in the list's order (CLUSTER by the sort index), so that
    /// walking the list reads the table page after page; it takes the table for itself while it runs,
    /// so it is for a database no one else uses yet (the end of a push). Nothing to do on SQLite.
    Result<void> compact();

private:
    void prepare();
    void loadStatistics();

    MemberStatements &m_statements;
    bool m_fts = false;
    mutable QHash<QString, int> m_estimates;
    LexemeStatistics m_statistics;
};

} // namespace offkai
