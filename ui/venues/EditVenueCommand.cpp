#include "EditVenueCommand.h"

#include "stores/VenueStore.h"

#include <QCoreApplication>

namespace offkai {

EditVenueCommand::EditVenueCommand(VenueStore &store, Venue before, Venue after,
                                   std::function<void(const Error &)> onError)
    : m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError))
{
    setText(QCoreApplication::translate("offkai::VenuesPage", "Edit Venue “%1”").arg(m_after.name));
}

void EditVenueCommand::write(const Venue &venue)
{
    if (auto written = m_store.update(venue); !written) {
        setObsolete(true);
        m_onError(written.error());
    }
}

void EditVenueCommand::redo()
{
    write(m_after);
}

void EditVenueCommand::undo()
{
    write(m_before);
}

} // namespace offkai
