#pragma once

#include "core/Error.h"
#include "stores/SeriesSlotStore.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class SeriesStore;

/// "This and following": the series ends before `occurrenceDate` and `tail` (its first occurrence on that
/// date) carries on from there with the later exceptions, speaker slots and confirmed events
/// (SeriesSlotStore::split). Undo removes the tail and restores the series as it was; redo puts both back
/// with the same ids.
class SplitSeriesCommand : public QUndoCommand
{
public:
    SplitSeriesCommand(SeriesStore &store, SeriesSlotStore &slots, qint64 seriesId,
                       const QDate &occurrenceDate, Series tail, std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

    /// The new series' id once redo() has run (0 if it failed).
    qint64 tailId() const { return m_tailAfter.series.id; }

private:
    SeriesStore &m_store;
    SeriesSlotStore &m_slots;
    qint64 m_seriesId;
    QDate m_date;
    Series m_tail;
    std::function<void(const Error &)> m_onError;
    SeriesSnapshot m_headBefore;
    SeriesSnapshot m_headAfter;
    SeriesSnapshot m_tailAfter;
    bool m_done = false;
};

} // namespace offkai
