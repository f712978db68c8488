#pragma once

#include "core/Result.h"
#include "records/ReportContext.h"

namespace offkai {

class Workspace;

/// Reads what a report's template is filled from: the event, its venue, who came (with only the fields a
/// report may use), the next events of the same type, the previous report of that type and the
/// community's figures for the 12 months ending with the event's month.
class ReportContextLoader
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ReportContextLoader)
public:
    explicit ReportContextLoader(Workspace &workspace);

    /// The context for a report by `authorId` (0 for none) about event `eventId`.
    Result<ReportContext> load(qint64 eventId, qint64 authorId, qint64 excludeReportId = 0) const;

private:
    Result<QList<ReportAttendee>> attendees(qint64 eventId) const;
    Result<QList<Event>> nextEvents(const Event &event) const;
    Result<std::optional<PreviousReport>> previousReport(const Event &event, qint64 excludeReportId) const;
    /// The community's figures over the 12 whole months ending with the event's month.
    Result<std::optional<ReportCommunityFigures>> communityFigures(const Event &event) const;

    Workspace &m_workspace;
};

} // namespace offkai
