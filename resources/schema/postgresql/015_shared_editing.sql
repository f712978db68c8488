-- Offkai schema version 15 (PostgreSQL): what editing together needs.
--
-- Every member row carries a version (see the SQLite step). Here the trigger sets the new version while
-- the row is written (BEFORE UPDATE), which stores the same: one more than before, whoever writes it.
ALTER TABLE members ADD COLUMN IF NOT EXISTS row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1);

CREATE OR REPLACE FUNCTION members_row_version() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    NEW.row_version := OLD.row_version + 1;
    RETURN NEW;
END';
CREATE OR REPLACE TRIGGER members_row_version BEFORE UPDATE ON members
    FOR EACH ROW EXECUTE FUNCTION members_row_version();

-- Each change of a member, event, venue, report or participation is announced on the channel
-- `offkai_change` as "<table> <I|U|D> <id>" (a participation by its event's id), delivered to the other
-- clients when the transaction commits (ChangeFeed). Identical notices of one transaction arrive once.
CREATE OR REPLACE FUNCTION offkai_notify_change() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    IF TG_OP = ''DELETE'' THEN
        PERFORM pg_notify(''offkai_change'', TG_TABLE_NAME || '' D '' || OLD.id);
    ELSE
        PERFORM pg_notify(''offkai_change'', TG_TABLE_NAME || '' '' || left(TG_OP, 1) || '' '' || NEW.id);
    END IF;
    RETURN NULL;
END';
CREATE OR REPLACE FUNCTION offkai_notify_participation() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    IF TG_OP = ''DELETE'' THEN
        PERFORM pg_notify(''offkai_change'', ''participations U '' || OLD.event_id);
    ELSE
        PERFORM pg_notify(''offkai_change'', ''participations U '' || NEW.event_id);
    END IF;
    RETURN NULL;
END';
CREATE OR REPLACE TRIGGER members_notify AFTER INSERT OR UPDATE OR DELETE ON members
    FOR EACH ROW EXECUTE FUNCTION offkai_notify_change();
CREATE OR REPLACE TRIGGER events_notify AFTER INSERT OR UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION offkai_notify_change();
CREATE OR REPLACE TRIGGER venues_notify AFTER INSERT OR UPDATE OR DELETE ON venues
    FOR EACH ROW EXECUTE FUNCTION offkai_notify_change();
CREATE OR REPLACE TRIGGER reports_notify AFTER INSERT OR UPDATE OR DELETE ON reports
    FOR EACH ROW EXECUTE FUNCTION offkai_notify_change();
CREATE OR REPLACE TRIGGER participations_notify AFTER INSERT OR UPDATE OR DELETE ON participations
    FOR EACH ROW EXECUTE FUNCTION offkai_notify_participation();
