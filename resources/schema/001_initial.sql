-- Offkai schema version 1: the first form of every table.
-- Released migrations are never edited; later versions add files 002_..., 003_...
-- Every statement is safe to run twice (IF NOT EXISTS), so a step re-run after an interruption is harmless.
-- Times are UTC ISO-8601 text ("2026-11-23T11:00:00Z"); event times carry their IANA zone name beside them.

CREATE TABLE IF NOT EXISTS venues (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind         TEXT NOT NULL DEFAULT 'other'
                 CHECK (kind IN ('bar', 'cafe', 'restaurant', 'rental_space', 'office', 'online', 'other')),
    address      TEXT NOT NULL DEFAULT '',
    map_url      TEXT NOT NULL DEFAULT '',
    bus          TEXT NOT NULL DEFAULT '',
    parking      TEXT NOT NULL DEFAULT '',
    nearby       TEXT NOT NULL DEFAULT '',
    capacity     INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    price_range  TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    web_url      TEXT NOT NULL DEFAULT '',
    meeting_url  TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Nearest stations of a venue, in the order the organizer lists them.
CREATE TABLE IF NOT EXISTS venue_stations (
    venue_id      INTEGER NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 0),
    station       TEXT NOT NULL CHECK (length(trim(station)) > 0),
    line          TEXT NOT NULL DEFAULT '',
    exit_name     TEXT NOT NULL DEFAULT '',
    walk_minutes  INTEGER CHECK (walk_minutes IS NULL OR walk_minutes >= 0),
    PRIMARY KEY (venue_id, position)
);

CREATE TABLE IF NOT EXISTS members (
    id            INTEGER PRIMARY KEY,
    display_name  TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    reading       TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    affiliation   TEXT NOT NULL DEFAULT '',
    job_title     TEXT NOT NULL DEFAULT '',
    occupation    TEXT NOT NULL DEFAULT '',
    industry      TEXT NOT NULL DEFAULT '',
    region        TEXT NOT NULL DEFAULT '',
    introduction  TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'active'
                  CHECK (status IN ('applicant', 'active', 'inactive', 'left')),
    joined_on     TEXT,
    left_on       TEXT,
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS members_reading ON members (reading);

CREATE TABLE IF NOT EXISTS tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);

CREATE TABLE IF NOT EXISTS member_tags (
    member_id  INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (member_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS member_tags_tag ON member_tags (tag_id);

-- An event has either fixed times (starts_at/ends_at, UTC, with time_zone for display) or, while tentative,
-- only a window of dates (tentative_from/tentative_to) and a note such as "a weekday at month's end".
CREATE TABLE IF NOT EXISTS events (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind            TEXT NOT NULL DEFAULT 'offline_meetup',
    format          TEXT NOT NULL DEFAULT 'offline' CHECK (format IN ('offline', 'online', 'hybrid')),
    status          TEXT NOT NULL DEFAULT 'scheduled'
                    CHECK (status IN ('tentative', 'scheduled', 'cancelled', 'done')),
    starts_at       TEXT,
    ends_at         TEXT,
    time_zone       TEXT NOT NULL DEFAULT 'Asia/Tokyo',
    all_day         INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    tentative_from  TEXT,
    tentative_to    TEXT,
    tentative_note  TEXT NOT NULL DEFAULT '',
    venue_id        INTEGER REFERENCES venues (id) ON DELETE RESTRICT,
    online_url      TEXT NOT NULL DEFAULT '',
    capacity        INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    fee             INTEGER CHECK (fee IS NULL OR fee >= 0),
    description     TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (starts_at IS NOT NULL OR tentative_from IS NOT NULL),
    CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX IF NOT EXISTS events_starts_at ON events (starts_at);
CREATE INDEX IF NOT EXISTS events_venue ON events (venue_id);

CREATE TABLE IF NOT EXISTS participations (
    event_id       INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    member_id      INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    role           TEXT NOT NULL DEFAULT 'attendee'
                   CHECK (role IN ('organizer', 'host', 'speaker', 'staff', 'attendee')),
    rsvp           TEXT NOT NULL DEFAULT 'going'
                   CHECK (rsvp IN ('going', 'maybe', 'declined', 'waitlisted')),
    attended       INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
    walk_in        INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
    checked_in_at  TEXT,
    PRIMARY KEY (event_id, member_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS participations_member ON participations (member_id);

CREATE TABLE IF NOT EXISTS reports (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    author_id   INTEGER REFERENCES members (id) ON DELETE SET NULL,
    title       TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS reports_event ON reports (event_id);
