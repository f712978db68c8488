-- Offkai schema version 10: a participation remembers when the member registered for the event.
--
-- The dashboard's no-show rate by how far ahead people registered needs it. Rows from before this
-- version have no time (NULL): they are counted as "not known", never guessed. Times are UTC, written
-- like every other time in the schema ("2026-05-20T09:30:00Z").
ALTER TABLE participations ADD COLUMN registered_at TEXT;
