#include "MarkdownText.h"

#include "exchange/MarkdownEscape.h"

namespace offkai {

QString MarkdownText::escape(const QString &text)
{
    return MarkdownEscape::inlineText(text);
}

QString MarkdownText::escapeTableCell(const QString &text)
{
    // The inline rule already turns "|" into "\|", which GFM tables read as a literal pipe inside a cell.
    return MarkdownEscape::inlineText(text);
}

} // namespace offkai
