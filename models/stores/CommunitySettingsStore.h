#pragma once

#include "core/Result.h"
#include "records/CommunitySettings.h"

#include <QObject>

namespace offkai {

class Database;

/// The community's settings in `community_settings`, one row per key (schema 12). A key that is absent
/// reads as the setting's default, and saving a default removes its row, so that a file only records
/// what the organizer chose.
class CommunitySettingsStore : public QObject
{
    Q_OBJECT
public:
    explicit CommunitySettingsStore(Database &database, QObject *parent = nullptr);

    /// The settings; a value this version cannot read (written by hand, or by a newer Offkai) reads as
    /// its default.
    Result<CommunitySettings> load() const;
    /// Checks `settings` (the messages name the field) and writes them in one transaction.
    Result<void> save(const CommunitySettings &settings);
    /// The community's zone (CommunitySettings::effectiveTimeZone): times in it are written without the
    /// zone's name. The system's zone when the settings cannot be read.
    QTimeZone zone() const;
    /// Changes the name only.
    Result<void> setName(const QString &name);

    /// A translated refusal of what save() would refuse, or no error.
    static Error validate(const CommunitySettings &settings);

Q_SIGNALS:
    void changed();

private:
    Database &m_database;
};

} // namespace offkai
