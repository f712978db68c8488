-- Test schema step 1: a table and a trigger whose body has semicolons.
CREATE TABLE IF NOT EXISTS people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, changed INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS log (entry TEXT);
CREATE TRIGGER IF NOT EXISTS people_changed AFTER UPDATE ON people BEGIN
    INSERT INTO log (entry) VALUES ('changed; ' || new.name);
    UPDATE people SET changed = CASE WHEN old.changed > 0 THEN old.changed + 1 ELSE 1 END WHERE id = new.id;
END;
INSERT OR IGNORE INTO people (id, name) VALUES (1, 'O''Brien; the first');
