#pragma once

#include "core/Error.h"
#include "records/Venue.h"

#include <functional>
#include <QUndoCommand>

namespace offkai {

class VenueStore;

/// Replaces a venue's fields; undo puts the previous ones back.
class EditVenueCommand : public QUndoCommand
{
public:
    EditVenueCommand(VenueStore &store, Venue before, Venue after,
                     std::function<void(const Error &)> onError);

    void redo() override;
    void undo() override;

private:
    void write(const Venue &venue);

    VenueStore &m_store;
    Venue m_before;
    Venue m_after;
    std::function<void(const Error &)> m_onError;
};

} // namespace offkai
