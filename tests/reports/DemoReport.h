#pragma once

#include "stores/ReportStore.h"
#include "stores/Workspace.h"

namespace offkai::test {

/// The id of the demo's report on its 2nd meetup (event "第2回オフ会"), 0 when there is none.
inline qint64 demoSecondMeetupReport(Workspace &workspace)
{
    const auto rows = workspace.reports().list();
    if (!rows)
        return 0;
    for (const ReportListRow &row : *rows) {
        if (row.eventTitle == QStringLiteral("第2回オフ会"))
            return row.id;
    }
    return 0;
}

} // namespace offkai::test
