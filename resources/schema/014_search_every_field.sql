-- Offkai schema version 14: the member search covers everything a person would type.
--
-- The search text of a member now also holds the job title, industry, region, skills, self-introduction,
-- every email address and the service user names (MemberSearchText). Marking every profile unnormalized
-- makes MemberSearchIndex rebuild each row with the new text when the database next opens (the same path
-- that repairs a row written by hand), so an existing community finds its members by those fields at
-- once, not only after each member's next edit. Running the step again only marks the rows again.
UPDATE member_profiles SET sort_key = NULL;
