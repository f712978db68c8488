#include "MarkdownText.h"

namespace offkai {

namespace {

bool isAsciiPunctuation(char16_t c)
{
    return (c >= u'!' && c <= u'/') || (c >= u':' && c <= u'@') || (c >= u'[' && c <= u'`') ||
           (c >= u'{' && c <= u'~');
}

bool isLineSpace(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\t' || c == u'\v' || c == u'\f' || c == 0x2028 || c == 0x2029 ||
           c == 0x85;
}

} // namespace

QString MarkdownText::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 4 + 4);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == 0)
            continue; // Markdown turns NUL into U+FFFD; nothing to show
        if (isLineSpace(c)) {
            // "\r\n" gives one space, as does any run of line breaks.
            if (!out.endsWith(QLatin1Char(' ')))
                out += QLatin1Char(' ');
            continue;
        }
        if (isAsciiPunctuation(c))
            out += QLatin1Char('\\');
        out += ch;
    }
    // Leading spaces could make an indented code block, trailing ones a hard line break.
    qsizetype begin = 0;
    while (begin < out.size() && out.at(begin) == QLatin1Char(' '))
        ++begin;
    qsizetype end = out.size();
    while (end > begin && out.at(end - 1) == QLatin1Char(' '))
        --end;
    return out.mid(begin, end - begin);
}

QString MarkdownText::escapeTableCell(const QString &text)
{
    // escape() already turns "|" into "\|", which GFM tables read as a literal pipe inside a cell.
    return escape(text);
}

} // namespace offkai
