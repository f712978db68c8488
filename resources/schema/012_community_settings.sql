-- Offkai schema version 12: the community's own settings, kept in its file so that they travel with it.
--
-- One row per setting. The keys and the form of their values are CommunitySettingsStore's (name,
-- time_zone, default_fee, default_capacity, staff_take_places, reading_kana, theme, report_language,
-- next_time_months); a key that is absent means the setting's default. A key/value table lets a later
-- version add a setting without a schema step.
CREATE TABLE IF NOT EXISTS community_settings (
    key   TEXT PRIMARY KEY NOT NULL CHECK (length(key) > 0),
    value TEXT NOT NULL
) WITHOUT ROWID;
