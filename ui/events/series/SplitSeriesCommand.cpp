#include "SplitSeriesCommand.h"

#include "stores/SeriesStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace offkai {

SplitSeriesCommand::SplitSeriesCommand(SeriesStore &store, SeriesSlotStore &slots, qint64 seriesId,
                                       const QDate &occurrenceDate, Series tail,
                                       std::function<void(const Error &)> onError)
    : m_store(store)
    , m_slots(slots)
    , m_seriesId(seriesId)
    , m_date(occurrenceDate)
    , m_tail(std::move(tail))
    , m_onError(std::move(onError))
{
    //: %1 the series' title, %2 the date from which it changes
    setText(QCoreApplication::translate("offkai::SeriesPipelineDialog", "Change Series “%1” from %2")
                .arg(m_tail.title, QLocale().toString(occurrenceDate, QLocale::ShortFormat)));
}

void SplitSeriesCommand::redo()
{
    const auto fail = [this](const Error &error) {
        setObsolete(true);
        m_onError(error);
    };
    if (m_done) {
        if (auto head = m_slots.restore(m_headAfter); !head)
            return fail(head.error());
        if (auto tail = m_slots.restore(m_tailAfter); !tail)
            return fail(tail.error());
        return;
    }
    auto before = m_slots.snapshot(m_seriesId);
    if (!before)
        return fail(before.error());
    m_headBefore = std::move(before).value();
    auto tailId = m_slots.split(m_seriesId, m_date, m_tail);
    if (!tailId)
        return fail(tailId.error());
    auto head = m_slots.snapshot(m_seriesId);
    auto tail = m_slots.snapshot(*tailId);
    if (!head)
        return fail(head.error());
    if (!tail)
        return fail(tail.error());
    m_headAfter = std::move(head).value();
    m_tailAfter = std::move(tail).value();
    m_done = true;
}

void SplitSeriesCommand::undo()
{
    const auto fail = [this](const Error &error) {
        setObsolete(true);
        m_onError(error);
    };
    // Keep what the tail holds now (slots added to it are undone before this command).
    if (auto tail = m_slots.snapshot(m_tailAfter.series.id))
        m_tailAfter = std::move(tail).value();
    if (auto removed = m_store.remove(m_tailAfter.series.id); !removed)
        return fail(removed.error());
    // The head snapshot names every slot and confirmed event, the tail's too: they come back to it.
    if (auto restored = m_slots.restore(m_headBefore); !restored)
        fail(restored.error());
}

} // namespace offkai
