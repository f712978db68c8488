#include "AddVenueCommand.h"

#include "stores/VenueStore.h"

#include <QCoreApplication>

namespace offkai {

AddVenueCommand::AddVenueCommand(VenueStore &store, Venue venue, std::function<void(const Error &)> onError)
    : m_store(store)
    , m_venue(std::move(venue))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("offkai::VenuesPage", "Add Venue “%1”").arg(m_venue.name));
}

void AddVenueCommand::redo()
{
    auto id = m_store.insert(m_venue);
    if (!id) {
        setObsolete(true);
        m_onError(id.error());
        return;
    }
    m_venue.id = *id;
}

void AddVenueCommand::undo()
{
    // Keep the creation time so a redo restores the venue exactly.
    if (auto current = m_store.get(m_venue.id))
        m_venue = *current;
    if (auto removed = m_store.remove(m_venue.id); !removed) {
        setObsolete(true);
        m_onError(removed.error());
    }
}

} // namespace offkai
