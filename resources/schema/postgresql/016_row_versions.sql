-- Offkai schema version 16 (PostgreSQL): every venue, event and report row carries a version too.
--
-- See the SQLite step. As for members (step 15), the trigger sets the new version while the row is written
-- (BEFORE UPDATE), which stores the same: one more than before, whoever writes it. One function serves
-- the three tables.
ALTER TABLE venues ADD COLUMN IF NOT EXISTS row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1);
ALTER TABLE events ADD COLUMN IF NOT EXISTS row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1);
ALTER TABLE reports ADD COLUMN IF NOT EXISTS row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1);

CREATE OR REPLACE FUNCTION offkai_bump_row_version() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    NEW.row_version := OLD.row_version + 1;
    RETURN NEW;
END';
CREATE OR REPLACE TRIGGER venues_row_version BEFORE UPDATE ON venues
    FOR EACH ROW EXECUTE FUNCTION offkai_bump_row_version();
CREATE OR REPLACE TRIGGER events_row_version BEFORE UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION offkai_bump_row_version();
CREATE OR REPLACE TRIGGER reports_row_version BEFORE UPDATE ON reports
    FOR EACH ROW EXECUTE FUNCTION offkai_bump_row_version();
