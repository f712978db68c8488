#pragma once

#include "SearchDocument.h"

#include <optional>
#include <QHash>
#include <QList>
#include <QString>

namespace offkai {

/// How common the lexemes of the member search are, as PostgreSQL's ANALYZE keeps them for the search
/// column (`pg_stats.most_common_elems` and `most_common_elem_freqs` of `member_profiles.search_doc`):
/// each listed lexeme with the share of rows that hold it. A lexeme not listed is rarer than the rarest
/// listed one.
///
/// The member list reads from it, without a query, whether a search is common enough to walk the sort
/// index: a row matches only if it holds every lexeme of the search, so the share of the rarest one bounds
/// the share of matches. PostgreSQL's own estimate multiplies the shares of a phrase's lexemes, as if
/// they were independent; the pairs of one word come together (エンジニア: えん, んじ, じに, にあ), so it
/// estimates 3 rows for 7,381 matches and sorts them all.
class LexemeStatistics
{
public:
    /// No statistics (a database never analyzed): shareBound() has no answer.
    LexemeStatistics() = default;
    /// `lexemes` and their shares of all rows (0 to 1), in any order.
    LexemeStatistics(const QList<QString> &lexemes, const QList<double> &shares);

    bool isEmpty() const { return m_shares.isEmpty(); }
    /// About the most the share of rows holding every one of `lexemes` can be: the share of the rarest
    /// (a prefix lexeme counts every listed lexeme it begins, and the rarest listed share once more for
    /// those not listed); none without statistics or lexemes.
    std::optional<double> shareBound(const QList<SearchDocument::Lexeme> &lexemes) const;
    /// The index in `lexemes` (not empty) of the one held by the fewest rows, the first of equals.
    qsizetype rarest(const QList<SearchDocument::Lexeme> &lexemes) const;

private:
    double shareOf(const SearchDocument::Lexeme &lexeme) const;

    QHash<QString, double> m_shares;
    double m_rarest = 0;
};

} // namespace offkai
