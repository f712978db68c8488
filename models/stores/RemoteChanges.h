#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace offkai {

class ChangeFeed;
class Workspace;

/// Other organizers' changes to a team database, announced by the stores as if made here: each row that
/// another client inserted, updated or deleted becomes the store's own signal (memberUpdated, eventInserted,
/// ParticipationStore::changed, …), so the open lists, the calendar and the editors refresh just those
/// rows. A batch of many members (an import elsewhere) resets the member list once instead.
class RemoteChanges : public QObject
{
    Q_OBJECT
public:
    /// Rows in one batch above which the member list is reloaded once rather than row by row.
    static constexpr int kMemberResetThreshold = 200;

    RemoteChanges(Workspace &workspace, ChangeFeed &feed, QObject *parent = nullptr);

    /// Announces every change in the change log after `lastSeen` (what others did while the connection
    /// was lost, when no notice could arrive). False when the log could not be read.
    bool catchUp(qint64 lastSeen);

private:
    void apply(const QString &table, const QList<qint64> &inserted, const QList<qint64> &updated,
               const QList<qint64> &deleted);

    Workspace &m_workspace;
};

} // namespace offkai
