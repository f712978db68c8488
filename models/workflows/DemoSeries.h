#pragma once

#include "core/Result.h"
#include "workflows/DemoData.h"
#include "workflows/DemoHistory.h"

#include <QCoreApplication>
#include <QDate>

namespace offkai {

class Workspace;

/// The demo's recurring series, the three rules of seed 003: an online alumni talk every 2nd Tuesday at
/// 20:00 (open end), lunch every 3rd Thursday 12:00–13:00, and online mokumoku 10:00–12:00 before the
/// lunch; two speakers slotted into the next candidate dates of the talks. The rules started two years
/// ago: every past occurrence was held, the talks each with a speaker slotted on its date, all with their
/// answers and attendance drawn from the history's members.
class DemoSeries
{
    Q_DECLARE_TR_FUNCTIONS(offkai::DemoSeries)
public:
    /// `ids`: what DemoData::populate added; `history`: what DemoHistory::add added.
    static Result<void> add(Workspace &workspace, const DemoData::Ids &ids, const DemoHistory::Added &history,
                            const QDate &today);
};

} // namespace offkai
