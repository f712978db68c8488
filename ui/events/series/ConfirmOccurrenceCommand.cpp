#include "ConfirmOccurrenceCommand.h"

#include "stores/EventStore.h"
#include "stores/ParticipationStore.h"
#include "stores/SeriesSlotStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace offkai {

ConfirmOccurrenceCommand::ConfirmOccurrenceCommand(SeriesSlotStore &slots, EventStore &events,
                                                   ParticipationStore &participations, qint64 seriesId,
                                                   const QDate &occurrenceDate,
                                                   std::function<void(const Error &)> onError)
    : m_slots(slots)
    , m_events(events)
    , m_participations(participations)
    , m_seriesId(seriesId)
    , m_date(occurrenceDate)
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("offkai::SeriesPipelineDialog", "Confirm %1 as an Event")
                .arg(QLocale().toString(occurrenceDate, QLocale::ShortFormat)));
}

void ConfirmOccurrenceCommand::redo()
{
    const auto fail = [this](const Error &error) {
        setObsolete(true);
        m_onError(error);
    };
    if (!m_done) {
        auto id = m_slots.confirm(m_seriesId, m_date);
        if (!id)
            return fail(id.error());
        m_event.id = *id;
        m_done = true;
        return;
    }
    if (auto inserted = m_events.insert(m_event); !inserted)
        return fail(inserted.error());
    if (m_rows.isEmpty())
        return;
    if (auto back = m_participations.replaceEvent(m_event.id, m_rows); !back)
        fail(back.error());
}

void ConfirmOccurrenceCommand::undo()
{
    const auto fail = [this](const Error &error) {
        setObsolete(true);
        m_onError(error);
    };
    auto event = m_events.get(m_event.id);
    if (!event)
        return fail(event.error());
    auto rows = m_participations.forEvent(m_event.id);
    if (!rows)
        return fail(rows.error());
    m_event = std::move(event).value();
    m_rows = std::move(rows).value();
    if (auto removed = m_events.remove(m_event.id); !removed)
        fail(removed.error());
}

} // namespace offkai
