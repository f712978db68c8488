-- Offkai schema version 6: two member indexes that no query needs, dropped because every import has to
-- rebuild them.
--
-- members_reading (version 1): the member list sorts by member_profiles.sort_key since version 2, and no
-- query looks members up by their raw reading.
-- member_profiles_reading (version 2): "same reading" duplicates are found through member_profiles_sort.
-- A profile's sort_key is its reading_key whenever that is not empty, so two members with the same
-- non-empty reading_key have the same sort_key too.
DROP INDEX IF EXISTS members_reading;
DROP INDEX IF EXISTS member_profiles_reading;
