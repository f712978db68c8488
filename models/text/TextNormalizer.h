#pragma once

#include <QString>
#include <QStringList>

namespace offkai {

/// Folds text so that the spellings a Japanese organizer meets all compare equal: full-width and half-width
/// forms (NFKC: "ＡＢＣ" → "abc", "ﾀﾅｶ" → "たなか"), upper and lower case (case folding), and katakana and
/// hiragana ("タナカ" → "たなか"). The same folding is applied to what is stored and to what is searched, so
/// any two spellings of a name meet.
///
/// Search uses a second step on top: every CJK or kana character becomes a token of its own and Latin
/// words stay words (indexText), so an FTS5 unicode61 index finds one- and two-character Japanese terms as
/// phrases ("東 京") and Latin terms as word prefixes.
class TextNormalizer
{
public:
    /// NFKC, case folding, katakana → hiragana, whitespace runs (any kind) → one space, trimmed.
    static QString normalize(const QString &text);
    /// normalize() without any whitespace: the key for sorting and for "same name" (田中 太郎 = 田中太郎).
    static QString compactKey(const QString &text);
    /// normalize(), then a space around every CJK/kana character: "東京タワー Tokyo" → "東 京 た わ ー
    /// tokyo".
    static QString indexText(const QString &text);
    /// indexText() of text that normalize() has already folded (indexText(t) == indexTokens(normalize(t))),
    /// for a caller that also needs the normalized text itself.
    static QString indexTokens(const QString &normalized);
    /// The search terms of what the user typed, each as its index tokens. A term is a whitespace-separated
    /// word of the input; punctuation and symbols separate tokens and are not searchable themselves.
    /// "東京 TANAKA" → [["東", "京"], ["tanaka"]].
    static QList<QStringList> queryTerms(const QString &text);

    /// Katakana (U+30A1–U+30F6, ヽ, ヾ) → hiragana; everything else is kept.
    static QString foldKana(const QString &text);
    /// True for characters indexed one by one: Han, hiragana, katakana, the iteration marks and ー.
    static bool isCjk(char32_t ch);
    /// True for characters that belong to a Latin (or other space-separated) word token.
    static bool isWordChar(char32_t ch);
};

} // namespace offkai
