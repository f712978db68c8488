-- Offkai schema version 15: what editing together needs. Every member row carries a version, so that an
-- edit made in one window (or by another organizer on a team database) is never silently overwritten by
-- an older form. (A team database also announces each change to the other clients: see postgresql/.)
--
-- The version goes up by one with each change of the row, whoever writes it: the trigger bumps it after
-- any UPDATE that did not set it (an import, a bulk action, an edit, a merge). MemberStore::update writes
-- only over the version its form was opened with and otherwise reports a conflict. Child rows (emails,
-- tags, answers, accounts) touch members.updated_at when they change, so they bump it too.
ALTER TABLE members ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1);

CREATE TRIGGER IF NOT EXISTS members_row_version AFTER UPDATE ON members
    WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE members SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;

-- Who changed what, and when (see the PostgreSQL step, whose triggers fill it on a team database). A file
-- has one organizer: the table stays empty here, and is kept so that both backends share one schema and a
-- push or pull carries the log.
CREATE TABLE IF NOT EXISTS change_log (
    id          INTEGER PRIMARY KEY,
    changed_at  TEXT NOT NULL,
    organizer   TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    row_id      INTEGER NOT NULL,
    operation   TEXT NOT NULL CHECK (operation IN ('I', 'U', 'D'))
);
CREATE INDEX IF NOT EXISTS change_log_row ON change_log (table_name, row_id, id);
