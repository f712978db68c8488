-- Offkai schema version 2: the member directory (profiles, emails, occupations, join questions, presets).
--
-- Every statement is safe to run twice. SQLite has no ADD COLUMN IF NOT EXISTS, and the usual
-- "create members_v2, copy, drop members, rename" rebuild is not safe here either: the database runs with
-- foreign_keys=ON (which cannot change inside the step's transaction), so DROP TABLE members would run an
-- implicit DELETE that cascades into participations and member_tags and nulls reports.author_id. A re-run
-- of a rebuild would also copy only the v1 columns and lose the new ones.
--
-- So the v1 `members` table keeps its columns and the new per-member fields live in `member_profiles`, a
-- one-to-one table keyed by the member's id (its rowid, so the join is a rowid lookup). A trigger gives
-- every member a profile row, whoever inserts it. `members.email` stays as a copy of the primary address
-- (MemberStore keeps it in sync), so the copy into `member_emails` below is the same on every run.
--
-- Derived columns (sort_key, name_key, reading_key, search_*) hold text normalized by TextNormalizer
-- (NFKC, case folding, katakana → hiragana). SQL cannot compute them, so a row whose sort_key is NULL is
-- "not normalized yet": MemberStore fills such rows (rows copied here from v1, rows inserted by plain SQL)
-- and rebuilds the search index when it opens. The FTS5 index itself is created by MemberStore at run
-- time, because FTS5 may be missing from the SQLite that Qt was built with (then search falls back to LIKE
-- over the search_* columns).

CREATE TABLE IF NOT EXISTS member_profiles (
    member_id           INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    line                TEXT NOT NULL DEFAULT '',
    facebook            TEXT NOT NULL DEFAULT '',
    x_handle            TEXT NOT NULL DEFAULT '',
    slack               TEXT NOT NULL DEFAULT '',
    other_url           TEXT NOT NULL DEFAULT '',
    skills              TEXT NOT NULL DEFAULT '',
    approved_at         TEXT,
    referred_by         INTEGER REFERENCES members (id) ON DELETE SET NULL,
    name_consent        TEXT NOT NULL DEFAULT 'occupation_initial'
                        CHECK (name_consent IN ('full_name', 'occupation_initial', 'not_named')),
    -- Derived, normalized text (see above).
    sort_key            TEXT,
    name_key            TEXT,
    reading_key         TEXT,
    search_name         TEXT,
    search_reading      TEXT,
    search_affiliation  TEXT,
    search_tags         TEXT,
    search_notes        TEXT,
    CHECK (referred_by IS NULL OR referred_by <> member_id)
);
CREATE INDEX IF NOT EXISTS member_profiles_sort ON member_profiles (sort_key, member_id);
CREATE INDEX IF NOT EXISTS member_profiles_name ON member_profiles (name_key);
CREATE INDEX IF NOT EXISTS member_profiles_reading ON member_profiles (reading_key);
CREATE INDEX IF NOT EXISTS member_profiles_referred_by ON member_profiles (referred_by);
CREATE INDEX IF NOT EXISTS member_profiles_unnormalized ON member_profiles (member_id) WHERE sort_key IS NULL;

CREATE TRIGGER IF NOT EXISTS members_profile_row AFTER INSERT ON members
BEGIN
    INSERT OR IGNORE INTO member_profiles (member_id) VALUES (new.id);
END;

INSERT OR IGNORE INTO member_profiles (member_id) SELECT id FROM members;

CREATE INDEX IF NOT EXISTS members_joined_on ON members (joined_on);
CREATE INDEX IF NOT EXISTS members_status ON members (status);
CREATE INDEX IF NOT EXISTS members_occupation ON members (occupation);

-- A member's addresses in the organizer's order; position 0 is the primary one (copied to members.email).
CREATE TABLE IF NOT EXISTS member_emails (
    member_id  INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    email      TEXT NOT NULL CHECK (length(trim(email)) > 0),
    email_key  TEXT NOT NULL,   -- lower-cased, for "same address ignoring case"
    PRIMARY KEY (member_id, position)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS member_emails_key ON member_emails (email_key);

INSERT OR IGNORE INTO member_emails (member_id, position, email, email_key)
    SELECT id, 0, trim(email), lower(trim(email)) FROM members WHERE length(trim(email)) > 0;

-- The editable occupation catalogue. An empty label means "built in: show the translated key".
CREATE TABLE IF NOT EXISTS occupations (
    key       TEXT PRIMARY KEY CHECK (length(trim(key)) > 0),
    label     TEXT NOT NULL DEFAULT '',
    position  INTEGER NOT NULL DEFAULT 0
);
INSERT OR IGNORE INTO occupations (key, label, position) VALUES
    ('freelancer', '', 0),
    ('creator', '', 1),
    ('executive', '', 2),
    ('founder', '', 3),
    ('employee', '', 4),
    ('student', '', 5),
    ('advertising', '', 6),
    ('other', '', 7);

-- The community's join questions, defined once; answers per member.
CREATE TABLE IF NOT EXISTS join_questions (
    id        INTEGER PRIMARY KEY,
    position  INTEGER NOT NULL DEFAULT 0,
    text      TEXT NOT NULL CHECK (length(trim(text)) > 0)
);

CREATE TABLE IF NOT EXISTS member_answers (
    member_id    INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    question_id  INTEGER NOT NULL REFERENCES join_questions (id) ON DELETE CASCADE,
    answer       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (member_id, question_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS member_answers_question ON member_answers (question_id);

-- Saved column mappings of the CSV import wizard; `mapping` is JSON text.
CREATE TABLE IF NOT EXISTS import_presets (
    name        TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
    mapping     TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
