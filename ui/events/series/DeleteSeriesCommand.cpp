#include "DeleteSeriesCommand.h"

#include "stores/SeriesStore.h"

#include <QCoreApplication>

namespace offkai {

DeleteSeriesCommand::DeleteSeriesCommand(SeriesStore &store, SeriesSlotStore &slots, qint64 seriesId,
                                         std::function<void(const Error &)> onError)
    : m_store(store)
    , m_slots(slots)
    , m_seriesId(seriesId)
    , m_onError(std::move(onError))
{
    auto series = m_store.get(seriesId);
    setText(QCoreApplication::translate("offkai::SeriesPipelineDialog", "Delete Series “%1”")
                .arg(series ? series->title : QString()));
}

void DeleteSeriesCommand::redo()
{
    auto snapshot = m_slots.snapshot(m_seriesId);
    if (!snapshot) {
        setObsolete(true);
        m_onError(snapshot.error());
        return;
    }
    m_snapshot = std::move(snapshot).value();
    if (auto removed = m_store.remove(m_seriesId); !removed) {
        setObsolete(true);
        m_onError(removed.error());
    }
}

void DeleteSeriesCommand::undo()
{
    if (auto restored = m_slots.restore(m_snapshot); !restored) {
        setObsolete(true);
        m_onError(restored.error());
    }
}

} // namespace offkai
