-- Offkai schema version 13 (PostgreSQL): how to apply to an event and by when, and a venue's short map link.
--
-- The same step as ../013_application_and_short_map.sql: `how_to_apply` is free text for the
-- announcement, empty for none; `apply_by` the last day to apply (an ISO date), NULL for none;
-- `short_map_url` a short link that a plain-text announcement carries instead of a long map search.

-- Whether a text is an ISO date "YYYY-MM-DD" of the calendar, as SQLite's CHECK (date(apply_by) IS
-- apply_by) asks. It answers false instead of raising, whatever the text: the digits are checked before
-- they are read as numbers. (SQLite 3.40 also lets through days 29 to 31 of any month, e.g. 2026-02-30,
-- and negative years; those are not dates and are refused here. NULL stays NULL, so the CHECK lets it
-- through as in SQLite.)
CREATE OR REPLACE FUNCTION offkai_is_iso_date(d text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE STRICT AS '
DECLARE
    y integer;
    m integer;
    day integer;
BEGIN
    IF d !~ ''^[0-9]{4}-[0-9]{2}-[0-9]{2}$'' THEN
        RETURN false;
    END IF;
    y := substr(d, 1, 4)::integer;
    m := substr(d, 6, 2)::integer;
    day := substr(d, 9, 2)::integer;
    RETURN m BETWEEN 1 AND 12 AND day BETWEEN 1 AND CASE
        WHEN m = 2 THEN CASE WHEN y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0) THEN 29 ELSE 28 END
        WHEN m IN (4, 6, 9, 11) THEN 30
        ELSE 31 END;
END';

ALTER TABLE events ADD COLUMN IF NOT EXISTS how_to_apply text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN IF NOT EXISTS apply_by text COLLATE "C"
    CHECK (apply_by IS NULL OR offkai_is_iso_date(apply_by));
ALTER TABLE venues ADD COLUMN IF NOT EXISTS short_map_url text COLLATE "C" NOT NULL DEFAULT '';
