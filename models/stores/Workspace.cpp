#include "Workspace.h"

#include "CommunitySettingsStore.h"
#include "CommunityStats.h"
#include "EventStore.h"
#include "MemberStore.h"
#include "MemberTables.h"
#include "ParticipationStore.h"
#include "RemoteChanges.h"
#include "ReportStore.h"
#include "scheduling/JapaneseHolidays.h"
#include "SeriesSlotStore.h"
#include "SeriesStore.h"
#include "storage/ChangeFeed.h"
#include "storage/ConnectionWatch.h"
#include "storage/Database.h"
#include "stores/BlogAccountStore.h"
#include "VenueStore.h"

namespace offkai {

Workspace::Workspace(std::unique_ptr<Database> database, bool isDemo)
    : m_database(std::move(database))
    , m_venues(std::make_unique<VenueStore>(*m_database))
    , m_members(std::make_unique<MemberTables>(*m_database))
    , m_participations(std::make_unique<ParticipationStore>(*m_database))
    , m_events(std::make_unique<EventStore>(*m_database))
    , m_reports(std::make_unique<ReportStore>(*m_database))
    , m_blogAccounts(std::make_unique<BlogAccountStore>(*m_database))
    , m_series(std::make_unique<SeriesStore>(*m_database, *m_events))
    , m_seriesSlots(std::make_unique<SeriesSlotStore>(*m_database, *m_series, *m_events))
    , m_stats(std::make_unique<CommunityStats>(*m_database))
    , m_settings(std::make_unique<CommunitySettingsStore>(*m_database))
    , m_isDemo(isDemo)
{
    m_series->setHolidayLookup(&JapaneseHolidays::nameOf);
    // On a team database, other organizers' changes reach the stores' signals as they commit.
    if (m_database->isServer()) {
        m_feed = std::make_unique<ChangeFeed>(m_database->connection());
        if (m_feed->start())
            m_remote = std::make_unique<RemoteChanges>(*this, *m_feed);
        // A lost connection comes back with a new session: listen again, and catch up with what others
        // changed meanwhile.
        m_watch = std::make_unique<ConnectionWatch>(m_database->connection());
        QObject::connect(m_watch.get(), &ConnectionWatch::aboutToReconnect, m_watch.get(), [this] {
            m_members->forgetPrepared();
            m_events->forgetPrepared();
        });
        QObject::connect(m_watch.get(), &ConnectionWatch::restored, m_watch.get(), [this] {
            if (m_feed->restart() && !m_remote)
                m_remote = std::make_unique<RemoteChanges>(*this, *m_feed);
            if (m_remote)
                m_remote->catchUp(m_watch->lastChangeSeen());
        });
    }
}

bool Workspace::followsOthers() const
{
    return m_feed && m_feed->isListening();
}

MemberStore &Workspace::members()
{
    return m_members->records();
}

MemberList &Workspace::memberList()
{
    return m_members->list();
}

MemberSearchIndex &Workspace::memberSearch()
{
    return m_members->search();
}

MemberBulkWrite &Workspace::memberBulkWrite()
{
    return m_members->bulkWrite();
}

MemberBulkActions &Workspace::memberActions()
{
    return m_members->actions();
}

MemberDuplicates &Workspace::memberDuplicates()
{
    return m_members->duplicates();
}

OccupationCatalog &Workspace::occupations()
{
    return m_members->occupations();
}

JoinQuestionCatalog &Workspace::joinQuestions()
{
    return m_members->joinQuestions();
}

Workspace::~Workspace()
{
    // Stores go before the database whose connection they use; the feed of changes before them.
    m_watch.reset();
    m_remote.reset();
    m_feed.reset();
    m_settings.reset();
    m_stats.reset();
    m_seriesSlots.reset();
    m_series.reset();
    m_blogAccounts.reset();
    m_reports.reset();
    m_events.reset();
    m_participations.reset();
    m_members.reset();
    m_venues.reset();
    m_database.reset();
}

} // namespace offkai
