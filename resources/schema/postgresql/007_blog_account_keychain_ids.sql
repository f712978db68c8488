-- Offkai schema version 7 (PostgreSQL): each blog account gets a keychain id of its own.
--
-- The same step as ../007_blog_account_keychain_ids.sql (see there for why). keychain_id is 128 random
-- bits in lower-case hex (offkai_random_hex, version 5), made once and never changed by an edit.
ALTER TABLE blog_accounts ADD COLUMN IF NOT EXISTS keychain_id text COLLATE "C" NOT NULL DEFAULT '';
UPDATE blog_accounts SET keychain_id = offkai_random_hex() WHERE keychain_id = '';
CREATE UNIQUE INDEX IF NOT EXISTS blog_accounts_keychain_id ON blog_accounts (keychain_id);
-- A row added without one (by SQL that predates the column) gets one at once. SQLite's trigger updates the
-- row right after its insert; here the row is written with its id instead (BEFORE INSERT). It must be:
-- PostgreSQL runs AFTER triggers at the end of the statement but checks the unique index at each row, so
-- two rows inserted without an id by one statement would collide on ''.
CREATE OR REPLACE FUNCTION blog_accounts_keychain_id() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    NEW.keychain_id := offkai_random_hex();
    RETURN NEW;
END';
CREATE OR REPLACE TRIGGER blog_accounts_keychain_id BEFORE INSERT ON blog_accounts
    FOR EACH ROW WHEN (NEW.keychain_id = '') EXECUTE FUNCTION blog_accounts_keychain_id();
