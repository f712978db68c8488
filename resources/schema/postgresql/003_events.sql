-- Offkai schema version 3 (PostgreSQL): events and the calendar (types, hosts, participation details, fees).
--
-- The same step as ../003_events.sql (see there for how event times are kept). Every statement is safe to
-- run twice: CREATE … IF NOT EXISTS, ON CONFLICT DO NOTHING, ADD COLUMN IF NOT EXISTS.

-- The editable catalogue of event types. Built-in types have an empty label (the UI shows the translated
-- name); a label set by the organizer replaces it. color is "#rrggbb", used for chips on the calendar
-- (SQLite checks it with GLOB '#[0-9a-fA-F]…' six times; the regular expression accepts the same texts).
CREATE TABLE IF NOT EXISTS event_types (
    key       text COLLATE "C" PRIMARY KEY CHECK (length(trim(key)) > 0),
    label     text COLLATE "C" NOT NULL DEFAULT '',
    color     text COLLATE "C" NOT NULL DEFAULT '#78909c' CHECK (color ~ '^#[0-9a-fA-F]{6}$'),
    position  bigint NOT NULL DEFAULT 0
);

INSERT INTO event_types (key, color, position) VALUES
    ('offline_meetup', '#ef6c00', 1),
    ('online_meetup', '#1e88e5', 2),
    ('lunch', '#43a047', 3),
    ('talk', '#8e24aa', 4),
    ('mokumoku', '#00897b', 5),
    ('workshop', '#f4511e', 6),
    ('panel', '#3949ab', 7),
    ('ideathon', '#d81b60', 8),
    ('other', '#78909c', 99)
    ON CONFLICT DO NOTHING;

-- Types used by events written before the catalogue existed. SQLite's INSERT OR IGNORE also skips a kind
-- that fails the key's CHECK (a blank one); ON CONFLICT only skips existing keys, so blank kinds are left
-- out here.
INSERT INTO event_types (key, position)
    SELECT DISTINCT kind, 100 FROM events WHERE length(trim(kind)) > 0
    ON CONFLICT DO NOTHING;

-- The member who owns the online room (e.g. a paid Zoom account) and must be present.
ALTER TABLE events ADD COLUMN IF NOT EXISTS host_member_id bigint REFERENCES members (id) ON DELETE SET NULL;
-- Whether organizers, hosts, speakers and staff take places; by default only attendees count.
ALTER TABLE events ADD COLUMN IF NOT EXISTS staff_count bigint NOT NULL DEFAULT 0 CHECK (staff_count IN (0, 1));
-- For the announcement: how the online link is shared, and what to bring.
ALTER TABLE events ADD COLUMN IF NOT EXISTS link_policy text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN IF NOT EXISTS what_to_bring text COLLATE "C" NOT NULL DEFAULT '';

CREATE INDEX IF NOT EXISTS events_tentative ON events (tentative_from) WHERE starts_at IS NULL;
CREATE INDEX IF NOT EXISTS events_host ON events (host_member_id) WHERE host_member_id IS NOT NULL;

-- Waitlist order: the waitlisted participant with the smallest number is promoted first.
ALTER TABLE participations ADD COLUMN IF NOT EXISTS waitlist_order bigint;
-- Fees in the event's currency unit (yen): what this person owes (the event fee or a share of a bill)
-- and what they paid.
ALTER TABLE participations ADD COLUMN IF NOT EXISTS fee_due bigint CHECK (fee_due IS NULL OR fee_due >= 0);
ALTER TABLE participations ADD COLUMN IF NOT EXISTS fee_paid bigint CHECK (fee_paid IS NULL OR fee_paid >= 0);
ALTER TABLE participations ADD COLUMN IF NOT EXISTS paid_at text COLLATE "C";
ALTER TABLE participations ADD COLUMN IF NOT EXISTS note text COLLATE "C" NOT NULL DEFAULT '';
