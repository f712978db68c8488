#include "AddSeriesCommand.h"

#include "stores/SeriesStore.h"

#include <QCoreApplication>

namespace offkai {

AddSeriesCommand::AddSeriesCommand(SeriesStore &store, SeriesSlotStore &slots, Series series,
                                   std::function<void(const Error &)> onError)
    : m_store(store)
    , m_slots(slots)
    , m_onError(std::move(onError))
{
    series.id = 0;
    m_snapshot.series = std::move(series);
    setText(QCoreApplication::translate("offkai::SeriesPipelineDialog", "Add Series “%1”")
                .arg(m_snapshot.series.title));
}

void AddSeriesCommand::redo()
{
    if (!m_created) {
        auto id = m_store.insert(m_snapshot.series);
        if (!id) {
            setObsolete(true);
            m_onError(id.error());
            return;
        }
        m_snapshot.series.id = *id;
        m_created = true;
        return;
    }
    // Again after an undo: the same id, UID, exceptions and speaker slots as before.
    if (auto restored = m_slots.restore(m_snapshot); !restored) {
        setObsolete(true);
        m_onError(restored.error());
    }
}

void AddSeriesCommand::undo()
{
    if (auto current = m_slots.snapshot(m_snapshot.series.id))
        m_snapshot = *current;
    if (auto removed = m_store.remove(m_snapshot.series.id); !removed) {
        setObsolete(true);
        m_onError(removed.error());
    }
}

} // namespace offkai
