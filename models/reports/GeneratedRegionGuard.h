#pragma once

#include <QString>

namespace offkai {

/// Keeps the generated blocks of a report (ReportTemplate::regions) whole while the author types: an edit
/// may change the text around a block, or remove a block altogether, but never change a marker line or
/// what lies between a block's markers. Refresh (ReportTemplate::refresh) is what fills a block again.
class GeneratedRegionGuard
{
public:
    /// Whether turning `before` into `after`, by replacing its characters [from, to), keeps every block
    /// of `before` as it was (its marker lines whole and on lines of their own, its text unchanged), except
    /// the blocks that lay wholly within [from, to).
    static bool allows(const QString &before, const QString &after, qsizetype from, qsizetype to);
    /// allows() for replacing [from, to) of `before` with `text`.
    static bool allowsReplacing(const QString &before, qsizetype from, qsizetype to, const QString &text);
    /// The smallest range of `before` that changed to give `after`: [*from, *to) of `before`.
    static void changedRange(const QString &before, const QString &after, qsizetype *from, qsizetype *to);
    /// `text` as typed or pasted at `position`, moved out of the block whose marker line it would join:
    /// on a line of its own before an opening marker line that starts at `position`, or after a closing
    /// one that ends there. A null string when no block has an edge there, or when that is not enough.
    static QString besideBlock(const QString &before, qsizetype position, const QString &text);
};

} // namespace offkai
