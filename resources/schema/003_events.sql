-- Offkai schema version 3: events and the calendar (types, hosts, participation details, fees).
--
-- Every statement is safe to run twice: CREATE … IF NOT EXISTS, INSERT OR IGNORE, and ADD COLUMN, which
-- the migration runner skips when the column exists (SQLite has no ADD COLUMN IF NOT EXISTS).
--
-- Times stay as in version 1: starts_at/ends_at are UTC ISO-8601 text and time_zone is the event's IANA
-- zone, so an event in Europe/Berlin keeps its local 19:00 across a DST change. An all-day event starts at
-- local midnight of its first day and ends at local midnight after its last day. An event without a fixed
-- day has no starts_at, only tentative_from/tentative_to (local dates) and tentative_note.

-- The editable catalogue of event types. Built-in types have an empty label (the UI shows the translated
-- name); a label set by the organizer replaces it. color is "#rrggbb", used for chips on the calendar.
CREATE TABLE IF NOT EXISTS event_types (
    key       TEXT PRIMARY KEY CHECK (length(trim(key)) > 0),
    label     TEXT NOT NULL DEFAULT '',
    color     TEXT NOT NULL DEFAULT '#78909c' CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
    position  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

INSERT OR IGNORE INTO event_types (key, color, position) VALUES
    ('offline_meetup', '#ef6c00', 1),
    ('online_meetup', '#1e88e5', 2),
    ('lunch', '#43a047', 3),
    ('talk', '#8e24aa', 4),
    ('mokumoku', '#00897b', 5),
    ('workshop', '#f4511e', 6),
    ('panel', '#3949ab', 7),
    ('ideathon', '#d81b60', 8),
    ('other', '#78909c', 99);

-- Types used by events written before the catalogue existed.
INSERT OR IGNORE INTO event_types (key, position) SELECT DISTINCT kind, 100 FROM events;

-- The member who owns the online room (e.g. a paid Zoom account) and must be present.
ALTER TABLE events ADD COLUMN host_member_id INTEGER REFERENCES members (id) ON DELETE SET NULL;
-- Whether organizers, hosts, speakers and staff take places; by default only attendees count.
ALTER TABLE events ADD COLUMN staff_count INTEGER NOT NULL DEFAULT 0 CHECK (staff_count IN (0, 1));
-- For the announcement: how the online link is shared, and what to bring.
ALTER TABLE events ADD COLUMN link_policy TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN what_to_bring TEXT NOT NULL DEFAULT '';

CREATE INDEX IF NOT EXISTS events_tentative ON events (tentative_from) WHERE starts_at IS NULL;
CREATE INDEX IF NOT EXISTS events_host ON events (host_member_id) WHERE host_member_id IS NOT NULL;

-- Waitlist order: the waitlisted participant with the smallest number is promoted first.
ALTER TABLE participations ADD COLUMN waitlist_order INTEGER;
-- Fees in the event's currency unit (yen): what this person owes (the event fee or a share of a bill)
-- and what they paid.
ALTER TABLE participations ADD COLUMN fee_due INTEGER CHECK (fee_due IS NULL OR fee_due >= 0);
ALTER TABLE participations ADD COLUMN fee_paid INTEGER CHECK (fee_paid IS NULL OR fee_paid >= 0);
ALTER TABLE participations ADD COLUMN paid_at TEXT;
ALTER TABLE participations ADD COLUMN note TEXT NOT NULL DEFAULT '';
