-- Offkai schema version 2 (PostgreSQL): the member directory (profiles, emails, occupations, join questions,
-- presets).
--
-- The same step as ../002_members.sql (see there for why profiles are a table of their own). Every
-- statement is safe to run twice: CREATE … IF NOT EXISTS, CREATE OR REPLACE, ON CONFLICT DO NOTHING.
--
-- Derived columns (sort_key, name_key, reading_key, search_*) hold text normalized by TextNormalizer; a row
-- whose sort_key is NULL is "not normalized yet" and is filled by the app when it opens the database.

-- member_id is the member's id, always given (by the trigger below or by the app), so it is a plain key,
-- not an identity column: in SQLite it is a rowid alias only so that the join is a rowid lookup.
CREATE TABLE IF NOT EXISTS member_profiles (
    member_id           bigint PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    line                text COLLATE "C" NOT NULL DEFAULT '',
    facebook            text COLLATE "C" NOT NULL DEFAULT '',
    x_handle            text COLLATE "C" NOT NULL DEFAULT '',
    slack               text COLLATE "C" NOT NULL DEFAULT '',
    other_url           text COLLATE "C" NOT NULL DEFAULT '',
    skills              text COLLATE "C" NOT NULL DEFAULT '',
    approved_at         text COLLATE "C",
    referred_by         bigint REFERENCES members (id) ON DELETE SET NULL,
    name_consent        text COLLATE "C" NOT NULL DEFAULT 'occupation_initial'
                        CHECK (name_consent IN ('full_name', 'occupation_initial', 'not_named')),
    -- Derived, normalized text (see above).
    sort_key            text COLLATE "C",
    name_key            text COLLATE "C",
    reading_key         text COLLATE "C",
    search_name         text COLLATE "C",
    search_reading      text COLLATE "C",
    search_affiliation  text COLLATE "C",
    search_tags         text COLLATE "C",
    search_notes        text COLLATE "C",
    -- PostgreSQL only: the member's search tokens (the same normalized text, one token per CJK character),
    -- written by the app beside the search_* columns and read through the GIN index below. It is the one
    -- column SQLite does not have: there the search index is an FTS5 virtual table that MemberStore creates
    -- at run time (FTS5 may be missing from Qt's SQLite), not a column of this table. Not a generated
    -- column, because the tokens come from the app's normalization, which SQL cannot compute.
    search_doc          tsvector,
    CHECK (referred_by IS NULL OR referred_by <> member_id)
);
CREATE INDEX IF NOT EXISTS member_profiles_sort ON member_profiles (sort_key, member_id);
CREATE INDEX IF NOT EXISTS member_profiles_name ON member_profiles (name_key);
CREATE INDEX IF NOT EXISTS member_profiles_reading ON member_profiles (reading_key);
CREATE INDEX IF NOT EXISTS member_profiles_referred_by ON member_profiles (referred_by);
CREATE INDEX IF NOT EXISTS member_profiles_unnormalized ON member_profiles (member_id) WHERE sort_key IS NULL;
CREATE INDEX IF NOT EXISTS member_profiles_search_doc ON member_profiles USING gin (search_doc);

-- Every member gets a profile row, whoever inserts it (SQLite's trigger of the same name).
CREATE OR REPLACE FUNCTION members_profile_row() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    INSERT INTO member_profiles (member_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
    RETURN NULL;
END';
CREATE OR REPLACE TRIGGER members_profile_row AFTER INSERT ON members
    FOR EACH ROW EXECUTE FUNCTION members_profile_row();

INSERT INTO member_profiles (member_id) SELECT id FROM members ON CONFLICT DO NOTHING;

CREATE INDEX IF NOT EXISTS members_joined_on ON members (joined_on);
CREATE INDEX IF NOT EXISTS members_status ON members (status);
CREATE INDEX IF NOT EXISTS members_occupation ON members (occupation);

-- A member's addresses in the organizer's order; position 0 is the primary one (copied to members.email).
CREATE TABLE IF NOT EXISTS member_emails (
    member_id  bigint NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    position   bigint NOT NULL CHECK (position >= 0),
    email      text COLLATE "C" NOT NULL CHECK (length(trim(email)) > 0),
    email_key  text COLLATE "C" NOT NULL,   -- lower-cased, for "same address ignoring case"
    PRIMARY KEY (member_id, position)
);
CREATE INDEX IF NOT EXISTS member_emails_key ON member_emails (email_key);

-- lower() under the "C" collation folds ASCII letters only, like SQLite's lower().
INSERT INTO member_emails (member_id, position, email, email_key)
    SELECT id, 0, trim(email), lower(trim(email)) FROM members WHERE length(trim(email)) > 0
    ON CONFLICT DO NOTHING;

-- The editable occupation catalogue. An empty label means "built in: show the translated key".
CREATE TABLE IF NOT EXISTS occupations (
    key       text COLLATE "C" PRIMARY KEY CHECK (length(trim(key)) > 0),
    label     text COLLATE "C" NOT NULL DEFAULT '',
    position  bigint NOT NULL DEFAULT 0
);
INSERT INTO occupations (key, label, position) VALUES
    ('freelancer', '', 0),
    ('creator', '', 1),
    ('executive', '', 2),
    ('founder', '', 3),
    ('employee', '', 4),
    ('student', '', 5),
    ('advertising', '', 6),
    ('other', '', 7)
    ON CONFLICT DO NOTHING;

-- The community's join questions, defined once; answers per member.
CREATE TABLE IF NOT EXISTS join_questions (
    id        bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    position  bigint NOT NULL DEFAULT 0,
    text      text COLLATE "C" NOT NULL CHECK (length(trim(text)) > 0)
);

CREATE TABLE IF NOT EXISTS member_answers (
    member_id    bigint NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    question_id  bigint NOT NULL REFERENCES join_questions (id) ON DELETE CASCADE,
    answer       text COLLATE "C" NOT NULL DEFAULT '',
    PRIMARY KEY (member_id, question_id)
);
CREATE INDEX IF NOT EXISTS member_answers_question ON member_answers (question_id);

-- Saved column mappings of the CSV import wizard; `mapping` is JSON text.
CREATE TABLE IF NOT EXISTS import_presets (
    name        text COLLATE "C" PRIMARY KEY CHECK (length(trim(name)) > 0),
    mapping     text COLLATE "C" NOT NULL,
    created_at  text COLLATE "C" NOT NULL
                DEFAULT (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
    updated_at  text COLLATE "C" NOT NULL
                DEFAULT (to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
);
