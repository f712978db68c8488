#pragma once

#include <QString>

namespace offkai {

/// Text from members, events and venues made literal for Markdown (CommonMark with GitHub's extensions,
/// as MarkdownHtml parses it, permissive autolinks included).
///
/// Every ASCII punctuation character is backslash-escaped. CommonMark allows a backslash before any of
/// them, so the text reads back unchanged, and nothing of it can become emphasis, a link, code, raw
/// HTML, an entity, a table pipe, strikethrough, a heading, a list or quote marker, or an autolink
/// ("http:", "www." and "a@b.c" all lose their trigger). Non-ASCII text is left as it is.
class MarkdownText
{
public:
    /// `text` on one line, rendering literally inline: line breaks (and tabs) become spaces, and the
    /// whitespace at both ends, which Markdown would drop anyway, is removed.
    static QString escape(const QString &text);
    /// The same for a GFM table cell: `|` is escaped too (it is ASCII punctuation), so the cell never
    /// splits.
    static QString escapeTableCell(const QString &text);
};

} // namespace offkai
