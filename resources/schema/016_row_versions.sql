-- Offkai schema version 16: every venue, event and report row carries a version too, as members do since
-- step 15, so that a venue, an event or a report saved in one window (or by another organizer on a team
-- database) is never silently overwritten by an older form.
--
-- The version goes up by one with each change of the row, whoever writes it: the triggers bump it after
-- any UPDATE that did not set it. VenueStore, EventStore and ReportStore write an edit only over the
-- version its form was opened with and otherwise report a conflict. A venue's stations are written with
-- its row, so they bump it too.
ALTER TABLE venues ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1);
ALTER TABLE events ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1);
ALTER TABLE reports ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1);

CREATE TRIGGER IF NOT EXISTS venues_row_version AFTER UPDATE ON venues
    WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE venues SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER IF NOT EXISTS events_row_version AFTER UPDATE ON events
    WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE events SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER IF NOT EXISTS reports_row_version AFTER UPDATE ON reports
    WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE reports SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;
