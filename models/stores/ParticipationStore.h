#pragma once

#include "core/Result.h"
#include "records/Participation.h"

#include <QCoreApplication>
#include <QList>

namespace offkai {

class Database;

/// SQL for the participations of members in events. The events feature builds on it; today it lets
/// member deletion be undone with the member's attendance history intact.
class ParticipationStore
{
    Q_DECLARE_TR_FUNCTIONS(offkai::ParticipationStore)
public:
    explicit ParticipationStore(Database &database);

    Result<QList<Participation>> forMember(qint64 memberId) const;
    Result<QList<Participation>> forMembers(const QList<qint64> &memberIds) const;
    /// Writes the rows back (replacing rows with the same event and member), in one transaction.
    Result<void> restore(const QList<Participation> &rows);

private:
    Database &m_database;
};

} // namespace offkai
