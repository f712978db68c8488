#include "WorkspaceLookups.h"

#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"

namespace offkai {

RecordLookups WorkspaceLookups::of(Workspace &workspace)
{
    RecordLookups lookups;
    lookups.memberName = [&workspace](qint64 id) {
        auto member = workspace.members().get(id);
        return member ? member->displayName : QString();
    };
    lookups.venueName = [&workspace](qint64 id) {
        auto venue = workspace.venues().get(id);
        return venue ? venue->name : QString();
    };
    lookups.eventTitle = [&workspace](qint64 id) {
        auto event = workspace.events().get(id);
        return event ? event->title : QString();
    };
    lookups.eventTypeName = [&workspace](const QString &key) {
        auto type = workspace.events().type(key);
        return type ? type->displayName() : QString();
    };
    return lookups;
}

} // namespace offkai
