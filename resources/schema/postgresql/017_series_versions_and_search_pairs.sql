-- Offkai schema version 17 (PostgreSQL): every series row carries a version too, other organizers see
-- series change without a reload, and member search documents gain the pairs of CJK characters.
--
-- Versions: see the SQLite step; the trigger is step 16's.
ALTER TABLE series ADD COLUMN IF NOT EXISTS row_version bigint NOT NULL DEFAULT 1 CHECK (row_version >= 1);
CREATE OR REPLACE TRIGGER series_row_version BEFORE UPDATE ON series
    FOR EACH ROW EXECUTE FUNCTION offkai_bump_row_version();

-- Live refresh: a change of a series, of one of its exceptions or of one of its speaker slots is announced
-- as a change of the series ("series U <id>"), as a participation is announced by its event (step 15).
-- The parts a deleted series takes with it are not: the series' own "D" says it all.
CREATE OR REPLACE FUNCTION offkai_notify_series_part() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    IF TG_OP = ''DELETE'' THEN
        IF EXISTS (SELECT 1 FROM series WHERE id = OLD.series_id) THEN
            PERFORM offkai_record_change(''series'', ''U'', OLD.series_id);
        END IF;
    ELSE
        PERFORM offkai_record_change(''series'', ''U'', NEW.series_id);
    END IF;
    RETURN NULL;
END';
CREATE OR REPLACE TRIGGER series_notify AFTER INSERT OR UPDATE OR DELETE ON series
    FOR EACH ROW EXECUTE FUNCTION offkai_notify_change();
CREATE OR REPLACE TRIGGER series_exceptions_notify AFTER INSERT OR UPDATE OR DELETE ON series_exceptions
    FOR EACH ROW EXECUTE FUNCTION offkai_notify_series_part();
CREATE OR REPLACE TRIGGER series_slots_notify AFTER INSERT OR UPDATE OR DELETE ON series_slots
    FOR EACH ROW EXECUTE FUNCTION offkai_notify_series_part();

-- Search: each two CJK characters in a row are now also one lexeme of member_profiles.search_doc
-- (SearchDocument), so that a two-character term is one index lookup and a longer one rechecks only the
-- rows holding all its pairs. The documents are written by the app: emptied here, they are rebuilt from
-- the members' text by the Offkai that ran this step, as it goes on opening the database
-- (MemberSearchIndex: a few seconds for 100,000 members). Until that commits, another organizer's search
-- does not find the members yet.
UPDATE member_profiles SET search_doc = NULL;
