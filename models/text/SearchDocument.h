#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace offkai {

/// Member search on PostgreSQL, made to find exactly what SQLite's FTS5 index `member_search` finds.
///
/// The FTS5 table tokenizes the five `member_profiles.search_*` columns with `unicode61 remove_diacritics
/// 2`; on PostgreSQL the same columns become one `tsvector` (`member_profiles.search_doc`, GIN-indexed)
/// whose lexemes are the very tokens unicode61 makes, and a search becomes a `tsquery` whose phrases are
/// the FTS5 MATCH expression's phrases. Both are written as literals (`?::tsvector`, `?::tsquery`), so
/// PostgreSQL's own parsers, dictionaries and stemming never touch the text.
///
/// - tokens(): a token is a run of token characters; each is folded (upper to lower case, Latin letters
///   without their diacritics, kana voicing marks kept) as unicode61 folds it. Which code points are
///   token characters, diacritics or separators, and how each folds, comes from tables read off SQLite's
///   own tokenizer (tests/tools/unicode61_tables.py; tst_searchdocument compares every code point).
/// - vector(): the columns' tokens with their positions; one position is left out between two columns,
///   so that a phrase (`<->`, exactly one position apart) never runs from one column into the next, as
///   an FTS5 phrase never does. Two CJK characters in a row (one token each) are also one lexeme, the
///   pair, at the first one's position: `東 京 都` gives '東':1 '京':2 '都':3 '東京':1 '京都':2.
/// - query(): every term must match (`&`); a term is the phrase of its tokens, where a run of CJK
///   characters is read as its pairs (`東京` is the one lexeme '東京'; `東京都` is `'東京' <-> '京都'`; a
///   token after a run is two positions after its last pair, `<2>`). A phrase of pairs matches exactly
///   the rows the phrase of single characters matches, but through one index entry per pair: far fewer
///   rows to recheck than rows holding each character. Where the FTS5 expression ends in a prefix `*` (a
///   term whose last token is not a CJK character), its last lexeme is a prefix (`'tanaka':*`).
///
/// PostgreSQL keeps at most 256 positions of one lexeme in a row and no position above 16383, and a
/// lexeme of at most 2046 bytes: a longer token is cut to that length in both the vector and the query.
class SearchDocument
{
public:
    /// One lexeme of a search: its text, the position of its first token in its term, and whether it is
    /// a prefix (the term's last lexeme when the term does not end in a CJK character).
    struct Lexeme
    {
        QString text;
        qsizetype at = 0;
        bool prefix = false;
    };

    /// The tokens of `text`, folded, in order.
    static QStringList tokens(QStringView text);
    /// The `tsvector` literal of the search columns, in the FTS5 table's column order.
    static QString vector(const QStringList &columns);
    /// The `tsquery` literal of the search terms (TextNormalizer::queryTerms), or an empty string when no
    /// term has a token (FTS5 then matches no row).
    static QString query(const QList<QStringList> &terms);
    /// The lexemes query() looks up, of every term: a row matches only if it holds each of them.
    static QList<Lexeme> queryLexemes(const QList<QStringList> &terms);
    /// `lexeme` quoted for a tsvector or tsquery literal: in single quotes, with `'` and `\` escaped.
    static QString quoted(const QString &lexeme);

    /// The most positions PostgreSQL keeps; the gap left between two columns.
    static constexpr int kMaxPosition = 16383;
    static constexpr int kColumnGap = 1;
    /// The longest lexeme PostgreSQL accepts, in UTF-8 bytes.
    static constexpr int kMaxLexemeBytes = 2046;

private:
    static QList<Lexeme> termLexemes(const QStringList &term);
};

} // namespace offkai
