-- Offkai schema version 9 (PostgreSQL): an index of who attended which event, for the member list's
-- engagement columns and its "not seen for N months" filter (MemberEngagement).
--
-- The same step as ../009_participations_attended.sql: a partial index that holds only the attended
-- participations, so that a member's last attendance is read from the index alone.
CREATE INDEX IF NOT EXISTS participations_attended ON participations (member_id, event_id) WHERE attended = 1;
