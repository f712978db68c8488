-- Offkai schema version 18: the index of members by occupation holds their ids too.
--
-- A search whose term names an occupation ("founder", 学生) finds that occupation's members as well as
-- the text matches. On PostgreSQL the member list reads the occupation's member ids from this index alone
-- (an index-only scan) instead of from the table; SQLite's index already held them (its rowid), so here
-- the step changes nothing but the index's definition, which both backends keep the same. Running the
-- step again rebuilds the index.
DROP INDEX IF EXISTS members_occupation;
CREATE INDEX IF NOT EXISTS members_occupation ON members (occupation, id);
