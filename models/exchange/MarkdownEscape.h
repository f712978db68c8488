#pragma once

#include <QString>

namespace offkai {

/// Text from members, events and venues made literal for Markdown (CommonMark with GitHub's extensions,
/// as MarkdownHtml parses it, permissive autolinks included). Both rules neutralise emphasis, links, code,
/// raw HTML, entities, table pipes, strikethrough, headings, list and quote markers, rules and autolinks
/// ("http://", "www." and "a@b.c" all lose their trigger); they differ in how much punctuation they mark.
class MarkdownEscape
{
public:
    /// `text` on one line, rendering literally inline: every ASCII punctuation character is
    /// backslash-escaped (CommonMark allows a backslash before any of them, so the text reads back
    /// unchanged), line breaks and tabs become spaces, and the whitespace at both ends, which Markdown
    /// would drop anyway, is removed. Non-ASCII text is left as it is. Also serves a GFM table cell: "|"
    /// becomes "\|", so the cell never splits.
    static QString inlineText(const QString &text);

    /// `text` with its line breaks kept, for prose that people read in the Markdown source too: only the
    /// punctuation with a meaning is escaped (`\`*_[]<>#|~&`, the ":" of "://", the "." of "www." and every
    /// "@"), and what would begin a heading, list, quote or rule at the start of a line. Dates, times,
    /// parentheses and full stops stay as they are.
    static QString lines(const QString &text);
};

} // namespace offkai
