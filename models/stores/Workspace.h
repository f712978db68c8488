#pragma once

#include "core/Result.h"

#include <memory>
#include <QString>

namespace offkai {

class BlogAccountStore;
class ChangeFeed;
class ConnectionWatch;
class CommunityStats;
class CommunitySettingsStore;
class Database;
class EventStore;
class JoinQuestionCatalog;
class MemberBulkActions;
class MemberBulkWrite;
class MemberDuplicates;
class MemberList;
class MemberSearchIndex;
class MemberStore;
class MemberTables;
class OccupationCatalog;
class ParticipationStore;
class RemoteChanges;
class ReportStore;
class SeriesSlotStore;
class SeriesStore;
class VenueStore;

/// An open database and the stores over it: what a window or a command works on.
class Workspace
{
public:
    explicit Workspace(std::unique_ptr<Database> database, bool isDemo = false);
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    Database &database() { return *m_database; }
    VenueStore &venues() { return *m_venues; }
    /// The member tables' classes, one per job (see MemberTables); the accessors below name each.
    MemberTables &memberTables() { return *m_members; }
    MemberStore &members();
    MemberList &memberList();
    MemberSearchIndex &memberSearch();
    MemberBulkWrite &memberBulkWrite();
    MemberBulkActions &memberActions();
    MemberDuplicates &memberDuplicates();
    OccupationCatalog &occupations();
    JoinQuestionCatalog &joinQuestions();
    ParticipationStore &participations() { return *m_participations; }
    EventStore &events() { return *m_events; }
    ReportStore &reports() { return *m_reports; }
    BlogAccountStore &blogAccounts() { return *m_blogAccounts; }
    /// Recurring series; their occurrences skip or move off Japanese public holidays.
    SeriesStore &series() { return *m_series; }
    /// The speaker slots of the series, their candidate dates, confirmation, split and undo snapshots.
    SeriesSlotStore &seriesSlots() { return *m_seriesSlots; }
    /// The community's figures (dashboard, `stats`, a report's figures block); read only.
    CommunityStats &stats() { return *m_stats; }
    /// The community's name and the defaults new events, imports and reports start from.
    CommunitySettingsStore &settings() { return *m_settings; }
    bool isDemo() const { return m_isDemo; }
    /// True on a team database whose changes by others arrive as they commit (ChangeFeed).
    bool followsOthers() const;
    /// On a team database, what notices a lost connection and brings it back; null for a file.
    ConnectionWatch *connectionWatch() { return m_watch.get(); }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<VenueStore> m_venues;
    std::unique_ptr<MemberTables> m_members;
    std::unique_ptr<ParticipationStore> m_participations;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<ReportStore> m_reports;
    std::unique_ptr<BlogAccountStore> m_blogAccounts;
    std::unique_ptr<SeriesStore> m_series;
    std::unique_ptr<SeriesSlotStore> m_seriesSlots;
    std::unique_ptr<CommunityStats> m_stats;
    std::unique_ptr<CommunitySettingsStore> m_settings;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<RemoteChanges> m_remote;
    std::unique_ptr<ConnectionWatch> m_watch;
    bool m_isDemo;
};

} // namespace offkai
