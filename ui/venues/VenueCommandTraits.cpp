#include "VenueCommandTraits.h"

#include <QCoreApplication>

namespace offkai {

QString VenueCommandTraits::addText(const Venue &venue)
{
    return QCoreApplication::translate("offkai::VenuesPage", "Add Venue “%1”").arg(venue.name);
}

QString VenueCommandTraits::editText(const Venue &venue)
{
    return QCoreApplication::translate("offkai::VenuesPage", "Edit Venue “%1”").arg(venue.name);
}

QString VenueCommandTraits::deleteText(const Venue &venue)
{
    return QCoreApplication::translate("offkai::VenuesPage", "Delete Venue “%1”").arg(venue.name);
}

} // namespace offkai
