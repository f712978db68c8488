#include "TextStatistics.h"

#include "exchange/MarkdownHtml.h"
#include "ReportTemplate.h"

#include <QTextBoundaryFinder>

namespace offkai {

namespace {

/// The segments between the boundaries of `type`, handed to `visit`.
template<typename Visit>
void forEachSegment(QTextBoundaryFinder::BoundaryType type, const QString &text, Visit visit)
{
    QTextBoundaryFinder finder(type, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end > 0; end = finder.toNextBoundary()) {
        visit(QStringView(text).mid(start, end - start));
        start = end;
    }
}

bool allSpace(QStringView segment)
{
    for (const char32_t c : segment.toUcs4()) {
        if (!QChar::isSpace(c))
            return false;
    }
    return true;
}

bool hasLetterOrNumber(QStringView segment)
{
    for (const char32_t c : segment.toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            return true;
    }
    return false;
}

/// Hiragana, katakana (full and half width) and the CJK ideographs Japanese is written with.
bool isJapaneseLetter(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F) ||
           (c >= 0x20000 && c <= 0x3134F);
}

} // namespace

std::optional<bool> TextStatistics::isJapanese(const QString &text)
{
    qsizetype letters = 0;
    qsizetype japanese = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (isJapaneseLetter(c))
            ++japanese;
        else if (!QChar::isLetter(c))
            continue;
        ++letters;
    }
    if (letters == 0)
        return std::nullopt;
    // A Japanese text with English names and terms in it is still Japanese: a third is plenty.
    return japanese * 3 >= letters;
}

TextCounts TextStatistics::countPlainText(const QString &text)
{
    TextCounts counts;
    if (text.isEmpty())
        return counts;
    forEachSegment(QTextBoundaryFinder::Grapheme, text, [&](QStringView segment) {
        if (!allSpace(segment))
            ++counts.characters;
    });
    forEachSegment(QTextBoundaryFinder::Word, text, [&](QStringView segment) {
        if (hasLetterOrNumber(segment))
            ++counts.words;
    });
    return counts;
}

TextCounts TextStatistics::count(const QString &markdown)
{
    return countPlainText(MarkdownHtml::toPlainText(ReportTemplate::stripMarkers(markdown)));
}

} // namespace offkai
