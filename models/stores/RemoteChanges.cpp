#include "RemoteChanges.h"

#include "EventStore.h"
#include "MemberBulkWrite.h"
#include "MemberSearchIndex.h"
#include "MemberStore.h"
#include "MemberTables.h"
#include "OccupationCatalog.h"
#include "ParticipationStore.h"
#include "ReportStore.h"
#include "SeriesStore.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "VenueStore.h"
#include "Workspace.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

namespace offkai {

RemoteChanges::RemoteChanges(Workspace &workspace, ChangeFeed &feed, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(&feed, &ChangeFeed::rowsChanged, this, &RemoteChanges::apply);
}

bool RemoteChanges::catchUp(qint64 lastSeen)
{
    QSqlQuery query(m_workspace.database().connection());
    query.prepare(
        QStringLiteral("SELECT table_name, row_id, operation FROM change_log WHERE id > ? ORDER BY id"));
    query.addBindValue(lastSeen);
    if (!query.exec())
        return false;
    // Per row, what it became: gone, new since, or changed.
    QHash<QString, QMap<qint64, QChar>> rows;
    while (query.next()) {
        QChar &state = rows[query.value(0).toString()][query.value(1).toLongLong()];
        const QChar operation = query.value(2).toString().at(0);
        if (state.isNull() || operation == QLatin1Char('D') ||
            (state == QLatin1Char('D') && operation == QLatin1Char('I')))
            state = operation;
    }
    for (auto table = rows.cbegin(); table != rows.cend(); ++table) {
        QList<qint64> inserted, updated, deleted;
        for (auto row = table->cbegin(); row != table->cend(); ++row)
            (row.value() == QLatin1Char('I')   ? inserted
             : row.value() == QLatin1Char('D') ? deleted
                                               : updated)
                .append(row.key());
        apply(table.key(), inserted, updated, deleted);
    }
    // The occupation catalogue's changes are announced but not logged: read it again.
    m_workspace.memberTables().occupations().changedElsewhere();
    return true;
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
        // The member counts the list remembers until the next write count others' writes too.
        m_workspace.memberTables().search().forgetEstimates();
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
    } else if (table == QLatin1String("series")) {
        // A series' exceptions and speaker slots are announced as changes of the series.
        for (qint64 id : inserted + updated)
            Q_EMIT m_workspace.series().seriesChanged(id);
        for (qint64 id : deleted)
            Q_EMIT m_workspace.series().seriesRemoved(id);
    } else if (table == QLatin1String("occupations")) {
        m_workspace.memberTables().occupations().changedElsewhere();
    } else if (table == QLatin1String("participations")) {
        for (qint64 eventId : inserted + updated + deleted)
            Q_EMIT m_workspace.participations().changed(eventId);
    }
}

} // namespace offkai
