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

} // namespace

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
