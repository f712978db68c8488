#include "DeleteVenueCommand.h"

#include "stores/VenueStore.h"

#include <QCoreApplication>

namespace offkai {

DeleteVenueCommand::DeleteVenueCommand(VenueStore &store, Venue venue,
                                       std::function<void(const Error &)> onError)
    : m_store(store)
    , m_venue(std::move(venue))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("offkai::VenuesPage", "Delete Venue “%1”").arg(m_venue.name));
}

void DeleteVenueCommand::redo()
{
    if (auto removed = m_store.remove(m_venue.id); !removed) {
        setObsolete(true);
        m_onError(removed.error());
    }
}

void DeleteVenueCommand::undo()
{
    if (auto restored = m_store.insert(m_venue); !restored) {
        setObsolete(true);
        m_onError(restored.error());
    }
}

} // namespace offkai
