#pragma once

#include <QString>

namespace offkai {

/// Text from members, events and venues made literal in a report's Markdown: every ASCII punctuation
/// character is backslash-escaped, by MarkdownEscape::inlineText (see there for what that neutralises).
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
