#pragma once

#include <QString>

namespace offkai {

/// Markdown to HTML through md4c: CommonMark with GitHub's extensions (tables, strikethrough, task lists,
/// autolinks). Raw HTML in the input is escaped, never passed through, so a report can't inject markup.
class MarkdownHtml
{
public:
    /// The HTML fragment for `markdown` (no <html> or <body>).
    static QString toHtml(const QString &markdown);
    /// The text a reader sees: every block's text, one block per line, without markup.
    static QString toPlainText(const QString &markdown);
};

} // namespace offkai
