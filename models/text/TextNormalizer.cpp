#include "TextNormalizer.h"

#include <QChar>
#include <QStringView>

namespace offkai {

namespace {
constexpr char32_t kSmallA = 0x30A1;          // ァ
constexpr char32_t kSmallKe = 0x30F6;         // ヶ
constexpr char32_t kIteration = 0x30FD;       // ヽ
constexpr char32_t kVoicedIteration = 0x30FE; // ヾ
constexpr char32_t kKatakanaToHiragana = 0x60;

/// Appends a code point to a QString (as a surrogate pair above the BMP).
void appendCodePoint(QString &out, char32_t ch)
{
    if (QChar::requiresSurrogates(ch)) {
        out.append(QChar(QChar::highSurrogate(ch)));
        out.append(QChar(QChar::lowSurrogate(ch)));
    } else {
        out.append(QChar(char16_t(ch)));
    }
}

/// Calls `f(codePoint)` for each code point of `text`.
template<typename F> void forEachCodePoint(QStringView text, F &&f)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t ch = text.at(i).unicode();
        if (QChar::isHighSurrogate(ch) && i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ch = QChar::surrogateToUcs4(text.at(i).unicode(), text.at(i + 1).unicode());
            ++i;
        }
        f(ch);
    }
}
} // namespace

bool TextNormalizer::isCjk(char32_t ch)
{
    if (ch == 0x3005 || ch == 0x3006 || ch == 0x3007 || ch == 0x30FC || ch == 0x309D || ch == 0x309E ||
        ch == kIteration || ch == kVoicedIteration)
        return true; // 々 〆 〇 ー ゝ ゞ ヽ ヾ
    const QChar::Script script = QChar::script(ch);
    return script == QChar::Script_Han || script == QChar::Script_Hiragana ||
           script == QChar::Script_Katakana;
}

bool TextNormalizer::isWordChar(char32_t ch)
{
    // What SQLite's unicode61 tokenizer keeps in a token: letters, numbers and marks (categories L*, N*,
    // Co; it treats M* as part of the word too). Anything else separates tokens.
    switch (QChar::category(ch)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

QString TextNormalizer::foldKana(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t ch = c.unicode();
        if ((ch >= kSmallA && ch <= kSmallKe) || ch == kIteration || ch == kVoicedIteration)
            out.append(QChar(char16_t(ch - kKatakanaToHiragana)));
        else
            out.append(c);
    }
    return out;
}

QString TextNormalizer::normalize(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("");
    // NFKC first (half-width katakana compose with their voicing marks, full-width Latin becomes ASCII,
    // U+3000 becomes a space), then case folding, then kana folding; NFKC once more is not needed because
    // neither folding produces decomposed text.
    const QString folded = foldKana(text.normalized(QString::NormalizationForm_KC).toCaseFolded());
    return folded.simplified();
}

QString TextNormalizer::compactKey(const QString &text)
{
    QString key = normalize(text);
    key.remove(QLatin1Char(' '));
    return key;
}

QString TextNormalizer::indexText(const QString &text)
{
    return indexTokens(normalize(text));
}

QString TextNormalizer::indexTokens(const QString &normalized)
{
    QString out;
    out.reserve(normalized.size() * 2);
    bool needSpace = false; // a separator is due before the next token character
    bool inWord = false;
    forEachCodePoint(normalized, [&](char32_t ch) {
        if (isCjk(ch)) {
            if (!out.isEmpty())
                out.append(QLatin1Char(' '));
            appendCodePoint(out, ch);
            needSpace = true;
            inWord = false;
        } else if (isWordChar(ch)) {
            if (!inWord && needSpace)
                out.append(QLatin1Char(' '));
            appendCodePoint(out, ch);
            inWord = true;
            needSpace = true;
        } else {
            // Punctuation, symbols and spaces end a token; the tokenizer would drop them anyway.
            inWord = false;
        }
    });
    return out;
}

QList<QStringList> TextNormalizer::queryTerms(const QString &text)
{
    QList<QStringList> terms;
    const QStringList words = normalize(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QStringList tokens = indexText(word).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!tokens.isEmpty())
            terms.append(tokens);
    }
    return terms;
}

} // namespace offkai
