#pragma once

#include "core/Error.h"
#include "records/Venue.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class VenueStore;

/// Adds a venue; undo deletes it, redo re-creates it with the same id.
class AddVenueCommand : public QUndoCommand
{
public:
    AddVenueCommand(VenueStore &store, Venue venue, std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

    qint64 venueId() const { return m_venue.id; }

private:
    VenueStore &m_store;
    Venue m_venue;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
