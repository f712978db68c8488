-- Offkai schema version 4: post-meetup reports, their photos, blog accounts and publications.
--
-- Every statement is safe to run twice (see 003). The reports table itself exists since version 1
-- (event_id, author_id, title, body, status, created_at, updated_at); this step adds what a report needs to
-- be written, kept private and published.

-- How members are named in the report: full names, occupation + initial ("経営者Iさん"), or no names. A
-- member whose own consent is stricter is shown by the stricter rule.
ALTER TABLE reports ADD COLUMN privacy TEXT NOT NULL DEFAULT 'occupation_initial'
    CHECK (privacy IN ('full_name', 'occupation_initial', 'no_names'));
-- The language the generated blocks are written in ("ja", "en").
ALTER TABLE reports ADD COLUMN language TEXT NOT NULL DEFAULT 'ja';
-- Tags for the blog and the front matter, comma-separated.
ALTER TABLE reports ADD COLUMN tags TEXT NOT NULL DEFAULT '';

CREATE INDEX IF NOT EXISTS reports_author ON reports (author_id) WHERE author_id IS NOT NULL;

-- Photos are kept inside the database as BLOBs, so that the database file and its backups (VACUUM INTO)
-- carry them; a report never points at a file that may move or vanish. file_name is unique per report and
-- is what the Markdown links to ("images/<file_name>").
CREATE TABLE IF NOT EXISTS report_photos (
    id         INTEGER PRIMARY KEY,
    report_id  INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    file_name  TEXT NOT NULL CHECK (length(file_name) > 0 AND instr(file_name, '/') = 0),
    mime_type  TEXT NOT NULL DEFAULT 'image/jpeg',
    caption    TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL DEFAULT 0,
    data       BLOB NOT NULL,
    UNIQUE (report_id, file_name)
);

-- Blog accounts. The password or API key is never here: it lives only in the system keychain.
CREATE TABLE IF NOT EXISTS blog_accounts (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind       TEXT NOT NULL CHECK (kind IN ('wordpress', 'hatena')),
    url        TEXT NOT NULL,
    user_name  TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Where a report was published: the remote id lets a second publication update the same post.
CREATE TABLE IF NOT EXISTS report_publications (
    report_id    INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    account_id   INTEGER NOT NULL REFERENCES blog_accounts (id) ON DELETE CASCADE,
    remote_id    TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    draft        INTEGER NOT NULL DEFAULT 1 CHECK (draft IN (0, 1)),
    published_at TEXT NOT NULL,
    PRIMARY KEY (report_id, account_id)
) WITHOUT ROWID;

-- Uploaded photos, so that publishing again does not upload them twice.
CREATE TABLE IF NOT EXISTS report_photo_uploads (
    photo_id   INTEGER NOT NULL REFERENCES report_photos (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES blog_accounts (id) ON DELETE CASCADE,
    remote_id  TEXT NOT NULL DEFAULT '',
    url        TEXT NOT NULL,
    PRIMARY KEY (photo_id, account_id)
) WITHOUT ROWID;

-- The organizer's own report templates, one per language; a language without a row uses the built-in one.
CREATE TABLE IF NOT EXISTS report_templates (
    language TEXT PRIMARY KEY,
    body     TEXT NOT NULL
) WITHOUT ROWID;
