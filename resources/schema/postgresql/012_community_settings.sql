-- Offkai schema version 12 (PostgreSQL): the community's own settings, kept in its database so that they
-- travel with it.
--
-- The same step as ../012_community_settings.sql: one row per setting, keys and values as
-- CommunitySettingsStore writes them; an absent key means the setting's default.
CREATE TABLE IF NOT EXISTS community_settings (
    key   text COLLATE "C" PRIMARY KEY NOT NULL CHECK (length(key) > 0),
    value text COLLATE "C" NOT NULL
);
