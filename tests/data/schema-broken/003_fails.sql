-- Test schema step 3 fails half-way: the first statement succeeds, the second does not.
CREATE TABLE half_done (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);
