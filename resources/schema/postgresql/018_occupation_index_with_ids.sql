-- Offkai schema version 18 (PostgreSQL): the index of members by occupation holds their ids too.
--
-- The same step as ../018_occupation_index_with_ids.sql. A search whose term names an occupation reads
-- that occupation's member ids from this index alone (an index-only scan): from the table, 12,394 ids of
-- 100,000 members took 8 ms; from the index, 1 ms. Running the step again rebuilds the index.
DROP INDEX IF EXISTS members_occupation;
CREATE INDEX IF NOT EXISTS members_occupation ON members (occupation, id);
