#include "LexemeStatistics.h"

#include <algorithm>

namespace offkai {

LexemeStatistics::LexemeStatistics(const QList<QString> &lexemes, const QList<double> &shares)
{
    const qsizetype n = std::min(lexemes.size(), shares.size());
    for (qsizetype i = 0; i < n; ++i) {
        const double share = std::clamp(shares.at(i), 0.0, 1.0);
        m_shares.insert(lexemes.at(i), share);
        m_rarest = i == 0 ? share : std::min(m_rarest, share);
    }
}

double LexemeStatistics::shareOf(const SearchDocument::Lexeme &lexeme) const
{
    if (!lexeme.prefix)
        return m_shares.value(lexeme.text, m_rarest);
    // Every listed lexeme it begins (a row may hold several: the sum bounds them), and the unlisted ones.
    double share = m_rarest;
    for (auto it = m_shares.cbegin(); it != m_shares.cend(); ++it) {
        if (it.key().startsWith(lexeme.text))
            share += it.value();
    }
    return std::min(share, 1.0);
}

std::optional<double> LexemeStatistics::shareBound(const QList<SearchDocument::Lexeme> &lexemes) const
{
    if (m_shares.isEmpty() || lexemes.isEmpty())
        return std::nullopt;
    return shareOf(lexemes.at(rarest(lexemes)));
}

qsizetype LexemeStatistics::rarest(const QList<SearchDocument::Lexeme> &lexemes) const
{
    qsizetype best = 0;
    double least = 2;
    for (qsizetype i = 0; i < lexemes.size(); ++i) {
        if (const double share = shareOf(lexemes.at(i)); share < least) {
            least = share;
            best = i;
        }
    }
    return best;
}

} // namespace offkai
