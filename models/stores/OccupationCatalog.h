#pragma once

#include "core/Result.h"
#include "records/Occupation.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace offkai {

class Database;

/// The occupation catalogue: the built-in occupations (their labels translated) and those the organizer
/// adds, in their order, with the labels cached for label().
class OccupationCatalog : public QObject
{
    Q_OBJECT
public:
    explicit OccupationCatalog(Database &database, QObject *parent = nullptr);

    Result<QList<Occupation>> all() const;
    /// Adds an organizer-defined occupation and returns its generated key.
    Result<QString> add(const QString &label);
    /// Renames an occupation; an empty label gives a built-in one its translated name back.
    Result<void> rename(const QString &key, const QString &label);
    /// Removes an occupation that no member uses.
    Result<void> remove(const QString &key);
    /// The display label of a key (catalogue label, translated built-in name, or the key itself).
    QString label(const QString &key) const;
    /// Another organizer changed the catalogue (team database): reads it again and says so.
    void changedElsewhere();

Q_SIGNALS:
    void occupationsChanged();

private:
    Result<void> reload() const;

    Database &m_database;
    mutable QHash<QString, QString> m_labels; ///< key → label (empty: built in)
    mutable bool m_loaded = false;
};

} // namespace offkai
