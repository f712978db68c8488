#pragma once

#include "core/Result.h"
#include "MemberListQuery.h"
#include "records/MemberQuery.h"
#include "records/MemberRow.h"

#include <optional>
#include <QCoreApplication>

namespace offkai {

class MemberSearchIndex;
class MemberStatements;

/// The member list behind MemberTableModel: pages and counts of the members matching a MemberQuery
/// (search, filters, order), read with the SQL MemberListQuery writes and the plan it chooses from the
/// search index's match counts.
class MemberList
{
    Q_DECLARE_TR_FUNCTIONS(offkai::MemberList)
public:
    using Statement = MemberListQuery::Statement;

    MemberList(MemberStatements &statements, const MemberSearchIndex &search);

    Result<QList<MemberRow>> fetch(const MemberQuery &query, int offset, int limit) const;
    Result<int> count(const MemberQuery &query = {}) const;

    /// The count a list shows first, as its first page shows (MemberTableModel).
    struct FirstCount
    {
        int rows = 0;
        /// False for a search matching many members (at least MemberListQuery::firstCountCap()): `rows`
        /// is then that lower bound, and count() gives the exact number, a moment later.
        bool exact = true;
    };
    Result<FirstCount> firstCount(const MemberQuery &query) const;
    /// The statement firstCount runs for `query` when nothing is remembered (for benchmarks).
    Statement firstCountStatement(const MemberQuery &query) const;
    /// Member `id` as a row of `query`, or nothing when it does not match the query's search and filters.
    Result<std::optional<MemberRow>> fetchRow(const MemberQuery &query, qint64 id) const;
    /// The 0-based row of member `id` under `query`, or -1 when it does not match.
    Result<int> position(const MemberQuery &query, qint64 id) const;
    Statement fetchStatement(const MemberQuery &query, int offset, int limit) const;
    Statement countStatement(const MemberQuery &query) const;
    /// MemberListQuery::countIsRemembered: count() then takes the count remembered until the next write.
    bool countIsRemembered(const MemberQuery &query) const;
    /// False when the SQLite in use has no FTS5 and search falls back to LIKE.
    bool hasFullTextSearch() const;

    /// Forgets the occupations' names read for searches (the catalogue changed, here or elsewhere).
    void forgetOccupations() { m_occupations.reset(); }

private:
    /// The SQL of the list, with the index's FTS support and match-count estimates.
    MemberListQuery listQuery() const;
    /// count() with the list's SQL already made (its occupations read once per call).
    Result<int> countWith(const MemberListQuery &list, const MemberQuery &query) const;

    MemberStatements &m_statements;
    const MemberSearchIndex &m_search;
    /// On a team database, the occupations by the names a search term may match, read at the first search
    /// after a change of the catalogue (forgetOccupations).
    mutable std::optional<QList<MemberListQuery::OccupationName>> m_occupations;
};

} // namespace offkai
