#pragma once

#include "core/Error.h"
#include "stores/SeriesSlotStore.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class SeriesStore;

/// Adds a series; undo deletes it (keeping what was stored of it), redo re-creates it with the same id.
class AddSeriesCommand : public QUndoCommand
{
public:
    AddSeriesCommand(SeriesStore &store, SeriesSlotStore &slots, Series series,
                     std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

    /// The new series' id once redo() has run (0 if it failed).
    qint64 seriesId() const { return m_snapshot.series.id; }

private:
    SeriesStore &m_store;
    SeriesSlotStore &m_slots;
    SeriesSnapshot m_snapshot;
    bool m_created = false;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
