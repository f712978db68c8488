#include "RemoteChanges.h"

#include "EventStore.h"
#include "MemberBulkWrite.h"
#include "MemberStore.h"
#include "ParticipationStore.h"
#include "ReportStore.h"
#include "storage/ChangeFeed.h"
#include "VenueStore.h"
#include "Workspace.h"

namespace offkai {

RemoteChanges::RemoteChanges(Workspace &workspace, ChangeFeed &feed, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(&feed, &ChangeFeed::rowsChanged, this, &RemoteChanges::apply);
}

void RemoteChanges::apply(const QString &table, const QList<qint64> &inserted, const QList<qint64> &updated,
                          const QList<qint64> &deleted)
{
    // Each store's signals, emitted here on its behalf: the same ones its own writes emit.
    auto announce = [&](auto *store, auto insertedSignal, auto updatedSignal, auto removedSignal) {
        for (qint64 id : inserted)
            Q_EMIT(store->*insertedSignal)(id);
        for (qint64 id : updated)
            Q_EMIT(store->*updatedSignal)(id);
        for (qint64 id : deleted)
            Q_EMIT(store->*removedSignal)(id);
    };
    if (table == QLatin1String("members")) {
        if (inserted.size() + updated.size() + deleted.size() > kMemberResetThreshold) {
            Q_EMIT m_workspace.memberBulkWrite().membersReset();
            return;
        }
        announce(&m_workspace.members(), &MemberStore::memberInserted, &MemberStore::memberUpdated,
                 &MemberStore::memberRemoved);
    } else if (table == QLatin1String("events")) {
        announce(&m_workspace.events(), &EventStore::eventInserted, &EventStore::eventUpdated,
                 &EventStore::eventRemoved);
    } else if (table == QLatin1String("venues")) {
        announce(&m_workspace.venues(), &VenueStore::venueInserted, &VenueStore::venueUpdated,
                 &VenueStore::venueRemoved);
    } else if (table == QLatin1String("reports")) {
        announce(&m_workspace.reports(), &ReportStore::reportInserted, &ReportStore::reportUpdated,
                 &ReportStore::reportRemoved);
    } else if (table == QLatin1String("participations")) {
        for (qint64 eventId : inserted + updated + deleted)
            Q_EMIT m_workspace.participations().changed(eventId);
    }
}

} // namespace offkai
