-- Offkai schema version 5: recurring series, their exceptions and speaker slots; iCalendar identity.
--
-- A series is a rule ("every 2nd Tuesday at 20:00") stored as an RFC 5545 RRULE value and expanded with
-- libical. Its occurrences are not rows: they are computed for the range the calendar shows. An occurrence
-- the organizer confirms becomes a real event (events.series_id, events.occurrence_date) that then takes
-- participation like any other event; a confirmed occurrence is no longer computed.
--
-- first_start is the local date-time of the first occurrence in time_zone ("2026-01-13T20:00:00"), so that
-- 20:00 stays 20:00 across a DST change; duration_minutes is NULL for an open end.

CREATE TABLE IF NOT EXISTS series (
    id                INTEGER PRIMARY KEY,
    uid               TEXT NOT NULL UNIQUE CHECK (length(uid) > 0),
    sequence          INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    title             TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind              TEXT NOT NULL DEFAULT 'talk',
    format            TEXT NOT NULL DEFAULT 'offline' CHECK (format IN ('offline', 'online', 'hybrid')),
    first_start       TEXT NOT NULL,
    time_zone         TEXT NOT NULL DEFAULT 'Asia/Tokyo',
    all_day           INTEGER NOT NULL DEFAULT 0 CHECK (all_day IN (0, 1)),
    duration_minutes  INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
    rrule             TEXT NOT NULL CHECK (length(rrule) > 0),
    -- What happens to an occurrence on a Japanese public holiday: kept, skipped, or moved to the next
    -- working day.
    holiday_policy    TEXT NOT NULL DEFAULT 'keep' CHECK (holiday_policy IN ('keep', 'skip', 'next_workday')),
    venue_id          INTEGER REFERENCES venues (id) ON DELETE RESTRICT,
    online_url        TEXT NOT NULL DEFAULT '',
    host_member_id    INTEGER REFERENCES members (id) ON DELETE SET NULL,
    capacity          INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    fee               INTEGER CHECK (fee IS NULL OR fee >= 0),
    description       TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- One occurrence changed: skipped (EXDATE), or moved to another time (a RECURRENCE-ID override).
-- occurrence_date is the local date the rule gives; moved_start/moved_end are UTC ISO-8601.
CREATE TABLE IF NOT EXISTS series_exceptions (
    series_id        INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    occurrence_date  TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('skipped', 'moved')),
    moved_start      TEXT,
    moved_end        TEXT,
    CHECK (kind = 'skipped' OR moved_start IS NOT NULL),
    PRIMARY KEY (series_id, occurrence_date)
) WITHOUT ROWID;

-- A speaker slotted into a candidate date of a series, with the talk's topic. declined_dates lists, as
-- space-separated local dates, the candidates this speaker already declined.
CREATE TABLE IF NOT EXISTS series_slots (
    series_id        INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
    occurrence_date  TEXT NOT NULL,
    member_id        INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    topic            TEXT NOT NULL DEFAULT '',
    declined_dates   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (series_id, occurrence_date)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS series_slots_member ON series_slots (member_id);

-- A confirmed occurrence: the event made from it.
ALTER TABLE events ADD COLUMN series_id INTEGER REFERENCES series (id) ON DELETE SET NULL;
ALTER TABLE events ADD COLUMN occurrence_date TEXT;
CREATE UNIQUE INDEX IF NOT EXISTS events_occurrence ON events (series_id, occurrence_date)
    WHERE series_id IS NOT NULL;

-- iCalendar identity: a UID stable across exports, and SEQUENCE increased on each change.
ALTER TABLE events ADD COLUMN uid TEXT;
ALTER TABLE events ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
UPDATE events SET uid = lower(hex(randomblob(16))) || '@offkai' WHERE uid IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS events_uid ON events (uid) WHERE uid IS NOT NULL;
-- Every event has a UID, however it was written.
CREATE TRIGGER IF NOT EXISTS events_uid_default AFTER INSERT ON events WHEN NEW.uid IS NULL
BEGIN
    UPDATE events SET uid = lower(hex(randomblob(16))) || '@offkai' WHERE id = NEW.id;
END;
