#include "MarkdownEscape.h"

#include <QStringList>

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

/// True for the character at `i` that would make a permissive autolink of the text around it: the ":" of
/// "://", the "." after "www" and the "@" of an email address.
bool triggersAutolink(const QString &text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c == u'@')
        return true;
    if (c == u':')
        return QStringView(text).mid(i + 1).startsWith(u"//");
    if (c == u'.')
        return i >= 3 && QStringView(text).mid(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0;
    return false;
}

/// Escapes what would begin a list ("-", "+", "1." or "1)"), a setext underline or a rule ("=", "-") at
/// the start of `line`. Parentheses need nothing: "[" is always escaped.
void escapeLineStart(QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    if (i >= line.size())
        return;
    const QChar first = line.at(i);
    if (first == QLatin1Char('-') || first == QLatin1Char('+') || first == QLatin1Char('=')) {
        line.insert(i, QLatin1Char('\\'));
        return;
    }
    qsizetype j = i;
    while (j < line.size() && line.at(j).isDigit() && line.at(j).unicode() < 0x80)
        ++j;
    if (j > i && j < line.size() && (line.at(j) == QLatin1Char('.') || line.at(j) == QLatin1Char(')')))
        line.insert(j, QLatin1Char('\\'));
}

} // namespace

QString MarkdownEscape::inlineText(const QString &text)
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

QString MarkdownEscape::lines(const QString &text)
{
    // Any ASCII punctuation may be backslash-escaped in CommonMark; escape those with a meaning.
    static const QString special = QStringLiteral("\\`*_[]<>#|~&");
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('\r'))
            continue;
        if (special.contains(ch) || triggersAutolink(text, i))
            out += QLatin1Char('\\');
        out += ch;
    }
    QStringList result = out.split(QLatin1Char('\n'));
    for (QString &line : result)
        escapeLineStart(line);
    return result.join(QLatin1Char('\n'));
}

} // namespace offkai
