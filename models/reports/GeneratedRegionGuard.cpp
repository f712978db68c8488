#include "GeneratedRegionGuard.h"

#include "ReportTemplate.h"

#include <algorithm>

namespace offkai {

namespace {
QString textOf(const QString &body, const GeneratedRegion &region)
{
    return body.mid(region.start, region.end - region.start);
}
} // namespace

bool GeneratedRegionGuard::allows(const QString &before, const QString &after, qsizetype from, qsizetype to)
{
    const QList<GeneratedRegion> was = ReportTemplate::regions(before);
    if (was.isEmpty())
        return true;
    const QList<GeneratedRegion> now = ReportTemplate::regions(after);
    // Every block the edit did not take away whole must still be there, the same, in the same order.
    qsizetype next = 0;
    for (const GeneratedRegion &region : was) {
        if (from <= region.start && region.end <= to)
            continue;
        const QString kept = textOf(before, region);
        while (next < now.size() && textOf(after, now.at(next)) != kept)
            ++next;
        if (next == now.size())
            return false;
        ++next;
    }
    return true;
}

bool GeneratedRegionGuard::allowsReplacing(const QString &before, qsizetype from, qsizetype to,
                                           const QString &text)
{
    QString after = before;
    after.replace(from, to - from, text);
    return allows(before, after, from, to);
}

void GeneratedRegionGuard::changedRange(const QString &before, const QString &after, qsizetype *from,
                                        qsizetype *to)
{
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    *from = prefix;
    *to = before.size() - suffix;
}

QString GeneratedRegionGuard::besideBlock(const QString &before, qsizetype position, const QString &text)
{
    if (text.isEmpty())
        return {};
    for (const GeneratedRegion &region : ReportTemplate::regions(before)) {
        QString moved;
        if (position == region.start)
            moved = text + QLatin1Char('\n');
        else if (position == region.end)
            moved = QLatin1Char('\n') + text;
        else
            continue;
        return allowsReplacing(before, position, position, moved) ? moved : QString();
    }
    return {};
}

} // namespace offkai
