#pragma once

#include "core/Result.h"
#include "records/Occupation.h"

#include <QHash>
#include <QList>
#include <QString>

namespace offkai {

class Database;
class MemberStore;

/// The occupation catalogue for MemberStore, which forwards to it (see there), with the labels it caches
/// for occupationLabel. Changes are announced by the store's occupationsChanged.
class OccupationCatalog
{
public:
    OccupationCatalog(Database &database, MemberStore &store);

    Result<QList<Occupation>> occupations() const;
    Result<QString> addOccupation(const QString &label);
    Result<void> renameOccupation(const QString &key, const QString &label);
    Result<void> removeOccupation(const QString &key);
    QString occupationLabel(const QString &key) const;

private:
    Result<void> reloadOccupations() const;

    Database &m_database;
    /// Announces the changes.
    MemberStore &m_store;
    mutable QHash<QString, QString> m_occupationLabels; ///< key → label (empty: built in)
    mutable bool m_occupationsLoaded = false;
};

} // namespace offkai
