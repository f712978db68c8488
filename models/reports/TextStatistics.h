#pragma once

#include <optional>
#include <QString>

namespace offkai {

/// How long a text is, as a reader sees it.
struct TextCounts
{
    int characters = 0; ///< user-perceived characters (grapheme clusters), whitespace left out
    int words = 0;      ///< word segments with at least one letter or digit

    bool operator==(const TextCounts &) const = default;
};

/// Counts the text of a report as a reader sees it: the Markdown is rendered to plain text first
/// (MarkdownHtml::toPlainText, after removing the generated blocks' markers), so markup, link URLs and
/// escapes do not count.
///
/// Characters are grapheme clusters (QTextBoundaryFinder::Grapheme), so "が" written as か + ゛, an emoji
/// with its modifiers, or a flag count as one; whitespace is not counted. This is the 文字数 a Japanese
/// writer expects (punctuation such as 、 and 。 included).
///
/// Words are the segments between word boundaries (QTextBoundaryFinder::Word, Unicode's UAX #29) that
/// contain a letter or a digit. For English that is the usual count. Japanese has no spaces and Qt
/// segments it without a dictionary: each kanji and each hiragana is a segment of its own, a run of
/// katakana or of Latin letters and digits is one. So for Japanese the word count is close to the number
/// of characters without punctuation, and the character count is the meaningful one.
class TextStatistics
{
public:
    static TextCounts count(const QString &markdown);
    /// The same counts for text that is not Markdown.
    static TextCounts countPlainText(const QString &text);
    /// Whether a text is written in Japanese, so that its word count means nothing: at least a third of
    /// its letters are kana or kanji. Nothing for a text without letters.
    static std::optional<bool> isJapanese(const QString &text);
};

} // namespace offkai
