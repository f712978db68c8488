-- Offkai schema version 10 (PostgreSQL): a participation remembers when the member registered for the event.
--
-- The same step as ../010_participation_registered_at.sql. Rows from before this version have no time
-- (NULL), counted as "not known". Times are UTC, written like every other time ("2026-05-20T09:30:00Z").
ALTER TABLE participations ADD COLUMN IF NOT EXISTS registered_at text COLLATE "C";
