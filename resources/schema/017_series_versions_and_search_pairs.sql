-- Offkai schema version 17: every series row carries a version too, as members (step 15) and venues, events
-- and reports (step 16) do, so that a series saved in one window (or by another organizer on a team
-- database) is never silently overwritten by an older form.
--
-- The version goes up by one with each change of the row, whoever writes it: the trigger bumps it after
-- any UPDATE that did not set it. SeriesStore writes an edit only over the version its form was opened
-- with and otherwise reports a conflict. The exceptions (skipped and moved occurrences) are written with
-- the series row, so they bump it too; speaker slots are rows of their own.
--
-- On PostgreSQL this step also rebuilds the member search documents (see its file); SQLite's FTS5 index
-- is unchanged.
ALTER TABLE series ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1);

CREATE TRIGGER IF NOT EXISTS series_row_version AFTER UPDATE ON series
    WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE series SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;
