#pragma once

#include "core/Error.h"
#include "records/Venue.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class VenueStore;

/// Deletes a venue; undo re-creates it with its id, stations and creation time.
class DeleteVenueCommand : public QUndoCommand
{
public:
    DeleteVenueCommand(VenueStore &store, Venue venue, std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

private:
    VenueStore &m_store;
    Venue m_venue;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
