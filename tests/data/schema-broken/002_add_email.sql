/* Test schema step 2: a new table, written so that running it twice is harmless. */
CREATE TABLE IF NOT EXISTS emails (person_id INTEGER NOT NULL REFERENCES people (id), address TEXT NOT NULL);
INSERT OR IGNORE INTO emails (rowid, person_id, address) VALUES (1, 1, 'first@example.com');
