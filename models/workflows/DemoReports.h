#pragma once

#include "core/Result.h"
#include "workflows/DemoData.h"

#include <QCoreApplication>

namespace offkai {

class Workspace;

/// The demo's reports, made the way an organizer makes them: the 1st meetup's report, published to the
/// community's Hatena blog, and the 2nd meetup's report as a draft from the Japanese template, with the
/// author's highlights in the spirit of seed 000 and the photo reused from the 1st meetup.
class DemoReports
{
    Q_DECLARE_TR_FUNCTIONS(offkai::DemoReports)
public:
    /// `ids`: what DemoData::populate added.
    static Result<void> add(Workspace &workspace, const DemoData::Ids &ids);
};

} // namespace offkai
