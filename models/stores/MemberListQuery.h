#pragma once

#include "records/MemberQuery.h"
#include "storage/SqlDialect.h"
#include "text/LexemeStatistics.h"

#include <functional>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace offkai {

/// The SQL of the member list behind MemberTableModel: the conditions of a MemberQuery, its order, and
/// the page and count statements MemberList runs. It reads no database: what it needs from one is
/// passed in (whether FTS5 is available, and the match counts fetchStatement uses to choose a plan).
class MemberListQuery
{
public:
    /// A statement and its bound values, exactly as MemberList runs it (for benchmarks and tests).
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    /// A COUNT(*) by `sql` (with `value` bound unless it is null), which MemberSearchIndex remembers under
    /// `key` until the next write; negative when it could not be counted.
    using Estimate = std::function<int(const QString &key, const QString &sql, const QVariant &value)>;

    /// The columns of a MemberRow, over `members m` and `member_profiles p`.
    static QString rowColumns(const SqlDialect &dialect);

    /// An occupation as search sees it: its catalogue key and the index tokens of one of its names.
    struct OccupationName
    {
        QString key;
        QStringList tokens;
    };

    /// `occupations`: the names a search term may match an occupation by (a term that matches one finds
    /// that occupation's members as well as its text matches). On PostgreSQL (`dialect`), `fts` means the
    /// tsvector column `member_profiles.search_doc`, searched with SearchDocument's tsquery.
    MemberListQuery(bool fts, Estimate estimate, QList<OccupationName> occupations = {},
                    SqlDialect dialect = SqlDialect(Backend::Sqlite));

    /// The keys of the occupations whose name a search term (its index tokens) matches: the tokens in a
    /// row, the last one as a word prefix unless it is a CJK character.
    QStringList occupationKeys(const QStringList &termTokens) const;

    QString whereClause(const MemberQuery &query, QVariantList &values, bool &needsProfile) const;
    Statement fetchStatement(const MemberQuery &query, int offset, int limit) const;
    Statement countStatement(const MemberQuery &query) const;
    /// Whether the count of `query` is remembered until the next write (MemberSearchIndex, by anyone on a
    /// team database): the count of every member, or of the matches of a search alone, each read from one
    /// table or index. fetchStatement chooses its plan by the same counts.
    bool countIsRemembered(const MemberQuery &query) const;
    /// The key a count statement is remembered under.
    static QString rememberedKey(const Statement &count);
    /// The count of `query` stopping at `cap` matches (the cap is part of the text): a search that matches
    /// many is counted only as far as the first screen needs to know.
    Statement cappedCountStatement(const MemberQuery &query, int cap) const;
    /// The number of matches from which a search walks the sort index rather than sorting its matches (a
    /// kIndexDrivenShare-th of all members), or -1 when the members could not be counted.
    int indexDrivenFrom() const;
    /// On PostgreSQL, how common the search lexemes are (MemberSearchIndex::statistics): with them, a
    /// search chooses its plan without counting its matches first, and the first count stops sooner
    /// (firstCountCap).
    void setStatistics(LexemeStatistics statistics) { m_statistics = std::move(statistics); }
    /// Where the first count of search `query` stops (MemberList::firstCount): at indexDrivenFrom(),
    /// whose count also chooses the plan, or, where the statistics choose it, sooner; -1 when the members
    /// could not be counted.
    int firstCountCap(const MemberQuery &query) const;
    /// The 0-based row of member `id` in the query's order: one sort of the matches, however deep the
    /// member is (walking pages would sort once per page when the order has no index).
    Statement positionStatement(const MemberQuery &query, qint64 id) const;

private:
    /// The remembered (or now counted) result of `count`, a statement with at most one value; -1 when it
    /// could not be counted.
    int remembered(const Statement &count) const;
    bool namesOccupation(const QList<QStringList> &terms) const;
    /// The count of a search one of whose terms names occupations, in two parts that each have an index;
    /// none when several terms name occupations.
    std::optional<Statement> occupationCount(const QList<QStringList> &terms) const;
    QString orderBy(const MemberQuery &query) const;
    /// The condition that a member matches `terms` in the full-text index, and its bound value.
    /// `steered`: on PostgreSQL, for the page of a search common by the statistics (fetchStatement).
    QString textCondition(const QList<QStringList> &terms, QVariantList &values, bool steered = false) const;
    QString whereClause(const MemberQuery &query, QVariantList &values, bool &needsProfile,
                        bool steered) const;

    /// Above 1/kIndexDrivenShare of all members, a search walks the sort index (see fetchStatement).
    static constexpr int kIndexDrivenShare = 20;
    /// Enough rows for several screens of the list; a search with more is counted exactly just after its
    /// first page is shown (MemberTableModel).
    static constexpr int kFirstCountCap = 1001;
    /// One more than a page of the list (MemberTableModel fetches 200 rows at a time).
    static constexpr int kCommonFirstCountCap = 201;
    /// Whether the statistics choose the plan of `terms` (common: walk the sort index); none without
    /// statistics.
    std::optional<bool> commonByStatistics(const QList<QStringList> &terms) const;
    bool m_fts;
    SqlDialect m_dialect;
    Estimate m_estimate;
    QList<OccupationName> m_occupations;
    LexemeStatistics m_statistics;
};

} // namespace offkai
