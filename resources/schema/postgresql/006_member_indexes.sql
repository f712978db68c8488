-- Offkai schema version 6 (PostgreSQL): two member indexes that no query needs, dropped because every
-- import has to rebuild them.
--
-- The same step as ../006_member_indexes.sql (see there for why neither is needed).
DROP INDEX IF EXISTS members_reading;
DROP INDEX IF EXISTS member_profiles_reading;
