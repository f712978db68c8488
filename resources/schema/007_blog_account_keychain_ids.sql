-- Offkai schema version 7: each blog account gets a keychain id of its own.
--
-- Up to version 6 an account's password or API key was kept in the keychain under a key made of its kind,
-- user and address ("blog/wordpress/alice@https://example.com"), so two accounts with the same address and
-- user shared one entry: adding the second replaced the first one's secret, and removing either deleted it.
-- Now the entry is "blog-account/<keychain_id>" (AccountSecrets), and an old entry is moved there the
-- first time the account's secret is read.
--
-- keychain_id is 128 random bits in hex, made once and never changed by an edit. It is not the row id:
-- every new database (the demo, a second community's file) numbers its accounts from 1 again, while the
-- keychain is shared by all of the user's databases.
ALTER TABLE blog_accounts ADD COLUMN keychain_id TEXT NOT NULL DEFAULT '';
UPDATE blog_accounts SET keychain_id = lower(hex(randomblob(16))) WHERE keychain_id = '';
CREATE UNIQUE INDEX IF NOT EXISTS blog_accounts_keychain_id ON blog_accounts (keychain_id);
-- A row added without one (by SQL that predates the column) gets one at once.
CREATE TRIGGER IF NOT EXISTS blog_accounts_keychain_id AFTER INSERT ON blog_accounts
WHEN NEW.keychain_id = ''
BEGIN
    UPDATE blog_accounts SET keychain_id = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;
