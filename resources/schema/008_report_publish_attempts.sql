-- Offkai schema version 8: publishing a report remembers an attempt to create a post until its end is
-- recorded.
--
-- A post can be created on the blog while Offkai never learns it (the program killed or timed out between
-- the blog's answer and the record, an answer it could not read). Without a trace the next attempt would
-- create a second post. The row is written before the first request that may create the post and removed
-- when the post's id is recorded; while it is there, the next attempt first looks on the blog for a post
-- with the report's title created since started_at, and updates it.
CREATE TABLE IF NOT EXISTS report_publish_attempts (
    report_id  INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES blog_accounts (id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    PRIMARY KEY (report_id, account_id)
) WITHOUT ROWID;

-- What a Hatena blog answered as `<content type>` the last time it was seen (its editing mode: Markdown,
-- はてな記法 or 見たまま), so that the publish dialog can show it without asking the blog.
ALTER TABLE blog_accounts ADD COLUMN content_type TEXT NOT NULL DEFAULT '';
