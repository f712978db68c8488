#pragma once

#include "core/Result.h"
#include "records/DuplicatePair.h"
#include "records/JoinQuestion.h"
#include "records/Member.h"
#include "records/MemberQuery.h"
#include "records/MemberRow.h"
#include "records/MergeSnapshot.h"
#include "records/Occupation.h"

#include <memory>
#include <optional>
#include <QHash>
#include <QObject>
#include <QSqlQuery>
#include <QVariantList>

namespace offkai {

class Database;
class JoinQuestionCatalog;
struct MemberBulkSession;
class MemberDuplicates;
class MemberListQuery;
struct MemberSearchText;
class OccupationCatalog;

/// All SQL for members: the record and its emails, tags and answers, the search index, the list queries
/// behind MemberTableModel, bulk actions, duplicates and merging, the occupation catalogue and the join
/// questions. Every write runs in a transaction (nested writes become savepoints) and announces what
/// changed.
///
/// Search: each member's name, reading, affiliation, tags and notes are stored normalized
/// (TextNormalizer::indexText: NFKC, case folding, katakana → hiragana, one token per CJK character) in
/// `member_profiles.search_*`, and an FTS5 table `member_search` (external content over those columns,
/// rowid = member id) indexes them. A Japanese term becomes a phrase of single-character tokens
/// ("東京" → "東 京"), which finds 1- and 2-character terms that a trigram index cannot, with an inverted
/// index instead of a scan; a Latin term becomes a word-prefix query (tanaka*). FTS5 is detected when the
/// store opens; without it, search runs LIKE over the same normalized columns (correct, but a scan).
///
/// Parts of it live in classes of their own: the list SQL in MemberListQuery, a bulk write's state and
/// schema changes in MemberBulkSession, duplicates and merging in MemberDuplicates, and the catalogues in
/// OccupationCatalog and JoinQuestionCatalog.
class MemberStore : public QObject
{
    Q_OBJECT
public:
    /// A statement and its bound values, exactly as the store runs it (for benchmarks and tests).
    struct Statement
    {
        QString sql;
        QVariantList values;
    };

    explicit MemberStore(Database &database, QObject *parent = nullptr);
    ~MemberStore() override;

    // --- Records -------------------------------------------------------------------------------------
    Result<Member> get(qint64 id) const;
    /// Checks a member before it is written; the message names the field.
    static Result<void> validate(const Member &member);
    /// The address rule validate() applies to each of a member's emails.
    static bool isValidEmail(const QString &email);
    /// Adds a member. A member with a non-zero id is re-created with that id (undo of a delete).
    Result<qint64> insert(const Member &member);
    /// The same for a member that has passed validate(), with `search` already computed as
    /// MemberSearchText::of(member): an import checks its rows and computes their text ahead, on another
    /// thread. (Debug builds assert that the member is valid.)
    Result<qint64> insert(const Member &member, const MemberSearchText &search);
    Result<void> update(const Member &member);
    Result<void> remove(qint64 id);

    /// Members with `email` among their addresses, ignoring case, in id order.
    Result<QList<qint64>> idsWithEmail(const QString &email) const;
    /// The key of an address in member_emails.email_key (and of duplicate checks): trimmed, lower case.
    static QString emailKey(const QString &email);
    /// Members with an address whose emailKey() is `key`, in id order.
    Result<QList<qint64>> idsWithEmailKey(const QString &key) const;
    /// The primary address of each member that has one, in the order of `ids`, without repeats (ignoring
    /// case): a BCC list.
    Result<QStringList> emailsOf(const QList<qint64> &ids) const;

    // --- The list ------------------------------------------------------------------------------------
    Result<QList<MemberRow>> fetch(const MemberQuery &query, int offset, int limit) const;
    Result<int> count(const MemberQuery &query = {}) const;
    /// Member `id` as a row of `query`, or nothing when it does not match the query's search and filters.
    Result<std::optional<MemberRow>> fetchRow(const MemberQuery &query, qint64 id) const;
    Statement fetchStatement(const MemberQuery &query, int offset, int limit) const;
    Statement countStatement(const MemberQuery &query) const;
    /// False when the SQLite in use has no FTS5 and search falls back to LIKE.
    bool hasFullTextSearch() const { return m_fts; }

    // --- Bulk writing (imports) ----------------------------------------------------------------------
    /// Call inside the caller's Transaction. Until endBulkWrite, writes skip the per-row search index
    /// maintenance, the per-row savepoints and the per-row signals, and keep their statements and the tag
    /// ids they looked up; endBulkWrite rebuilds the index in one pass and emits membersReset. A failed
    /// insert or update may leave part of its row written: the caller must then roll its transaction
    /// back and call cancelBulkWrite.
    /// `expectedRows`: how many members the caller means to write, when it knows; a write large enough to
    /// slim down (see setSlimThreshold) then does so from its first row.
    Result<void> beginBulkWrite(qint64 expectedRows = 0);
    Result<void> endBulkWrite();
    void cancelBulkWrite();
    bool isBulkWriting() const { return m_bulk; }
    /// Once a bulk write has inserted this many members, it drops the non-unique indexes of the member
    /// tables and the trigger that makes profile rows, and endBulkWrite re-creates them (from their own
    /// definitions in sqlite_master) inside the caller's transaction, so its rollback restores them too.
    /// Duplicate lookups (idsWithEmail) then use an in-memory map. Negative (the default): automatic,
    /// MemberBulkSession::kSlimMinimumRows or a share of the members already there, whichever is more.
    void setSlimThreshold(qint64 rows) { m_slimThreshold = rows; }
    /// Normalizes rows written by plain SQL (sort_key NULL) and rebuilds the search index.
    Result<void> rebuildSearchIndex();

    // --- Bulk actions: each runs in one transaction and emits membersReset -------------------------------
    Result<void> addTag(const QList<qint64> &ids, const QString &tag);
    Result<void> removeTag(const QList<qint64> &ids, const QString &tag);
    /// Sets the status; Left also sets the leave date to `today` where it is empty.
    Result<void> setStatus(const QList<qint64> &ids, Member::Status status,
                           const QDate &today = QDate::currentDate());
    /// Applicants become active, approved at `when`, joined on its local date where no join date is set.
    /// Members who are not applicants are left as they are.
    Result<void> approve(const QList<qint64> &ids, const QDateTime &when);

    /// Every tag name in use or defined, in name order.
    Result<QStringList> tags() const;

    // --- Occupation catalogue ------------------------------------------------------------------------
    Result<QList<Occupation>> occupations() const;
    /// Adds an organizer-defined occupation and returns its generated key.
    Result<QString> addOccupation(const QString &label);
    /// Renames an occupation; an empty label gives a built-in one its translated name back.
    Result<void> renameOccupation(const QString &key, const QString &label);
    /// Removes an occupation that no member uses.
    Result<void> removeOccupation(const QString &key);
    /// The display label of a key (catalogue label, translated built-in name, or the key itself).
    QString occupationLabel(const QString &key) const;

    // --- Join questions ------------------------------------------------------------------------------
    Result<QList<JoinQuestion>> joinQuestions() const;
    Result<qint64> addJoinQuestion(const QString &text);
    Result<void> updateJoinQuestion(const JoinQuestion &question);
    /// Removes a question and every answer to it.
    Result<void> removeJoinQuestion(qint64 id);

    // --- Duplicates ----------------------------------------------------------------------------------
    /// Pairs sharing an email (ignoring case), a normalized name or a normalized reading.
    Result<QList<DuplicatePair>> findDuplicates() const;
    /// Merges `mergeId` into `keepId` in one transaction: participations (combined where both took part in
    /// the same event), tags, answers, emails (union), referrals and report authorship move to the kept
    /// member, whose empty fields are filled from the merged one; the merged member is deleted.
    Result<MergeSnapshot> merge(qint64 keepId, qint64 mergeId);
    /// Undoes a merge from its snapshot.
    Result<void> unmerge(const MergeSnapshot &snapshot);

Q_SIGNALS:
    void memberInserted(qint64 id);
    void memberUpdated(qint64 id);
    void memberRemoved(qint64 id);
    /// Many members changed at once (bulk write, bulk action, merge): re-read everything.
    void membersReset();
    void occupationsChanged();
    void joinQuestionsChanged();

private:
    friend class MemberDuplicates;

    /// The SQL of the list, with this store's FTS support and match-count estimates.
    MemberListQuery listQuery() const;
    /// A COUNT(*) remembered until the next write (the number of matches of a search, the members).
    int estimate(const QString &key, const QString &sql, const QVariant &value) const;
    void prepareSearch();
    QSqlQuery &cached(const QString &sql) const;
    /// Writes the members a bulk write has queued (MemberBulkWriter), so that SQL sees them.
    Result<void> settle() const;
    Result<qint64> insertRow(const Member &member, const MemberSearchText &search);
    Result<void> updateRow(const Member &member);
    Result<void> removeRow(qint64 id);
    Result<void> writeDetails(qint64 id, const Member &member, const MemberSearchText &search, bool isNew);
    Result<void> unindex(qint64 id);
    Result<void> index(qint64 id);
    Result<void> refreshSearchTags(qint64 id);
    Result<qint64> tagId(const QString &name, bool create);
    Result<void> forgetEmails(qint64 id);
    /// The statement of the bulk session held in `slot`, or the cached one outside a bulk write.
    QSqlQuery &statement(QSqlQuery MemberBulkSession::*slot, const QString &sql);
    Result<void> touch(qint64 id);

    Database &m_database;
    bool m_fts = false;
    bool m_bulk = false;
    /// Prepared statements and tag ids kept from beginBulkWrite until endBulkWrite or cancelBulkWrite.
    std::unique_ptr<MemberBulkSession> m_session;
    qint64 m_slimThreshold = -1;
    mutable QHash<QString, QSqlQuery> m_cache;
    mutable QHash<QString, int> m_estimates;
    std::unique_ptr<OccupationCatalog> m_occupations;
    std::unique_ptr<JoinQuestionCatalog> m_joinQuestions;
    std::unique_ptr<MemberDuplicates> m_duplicates;
};

} // namespace offkai
