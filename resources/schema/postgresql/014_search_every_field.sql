-- Offkai schema version 14 (PostgreSQL): the member search covers everything a person would type.
--
-- The same step as ../014_search_every_field.sql: marking every profile unnormalized makes the app rebuild
-- each row's search text (and, here, its search_doc) with the new fields when the database next opens.
-- Running the step again only marks the rows again.
UPDATE member_profiles SET sort_key = NULL;
