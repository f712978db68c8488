#pragma once

#include "core/Error.h"
#include "stores/SeriesSlotStore.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class SeriesStore;

/// Deletes a series with its exceptions and speaker slots (the events confirmed from it stay, detached);
/// undo re-creates it with its id and attaches those events again.
class DeleteSeriesCommand : public QUndoCommand
{
public:
    DeleteSeriesCommand(SeriesStore &store, SeriesSlotStore &slots, qint64 seriesId,
                        std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

private:
    SeriesStore &m_store;
    SeriesSlotStore &m_slots;
    qint64 m_seriesId;
    SeriesSnapshot m_snapshot;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
