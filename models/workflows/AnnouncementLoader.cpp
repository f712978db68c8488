#include "AnnouncementLoader.h"

#include "records/Member.h"
#include "stores/CommunitySettingsStore.h"
#include "stores/EventStore.h"
#include "stores/MemberStore.h"
#include "stores/ParticipationStore.h"
#include "stores/VenueStore.h"
#include "stores/Workspace.h"

namespace offkai {

AnnouncementLoader::AnnouncementLoader(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<AnnouncementWriter::Input> AnnouncementLoader::load(qint64 eventId) const
{
    auto event = m_workspace.events().get(eventId);
    if (!event)
        return event.error();
    AnnouncementWriter::Input input;
    input.event = *event;
    if (input.event.venueId > 0) {
        auto venue = m_workspace.venues().get(input.event.venueId);
        if (!venue)
            return venue.error();
        input.venue = *venue;
    }
    if (input.event.hostMemberId > 0 && input.event.format != Event::Format::Offline) {
        auto host = m_workspace.members().get(input.event.hostMemberId);
        // A host removed since is simply not named; any other failure is one.
        if (!host && host.error().code() != Error::Code::NotFound)
            return host.error();
        if (host && host->nameConsent == Member::NameConsent::FullName)
            input.hostName = host->displayName;
    }
    auto headcount = m_workspace.participations().headcount(eventId);
    if (!headcount)
        return headcount.error();
    input.placesTaken = headcount->takingPlaces;
    input.communityZone = m_workspace.settings().zone();
    return input;
}

} // namespace offkai
