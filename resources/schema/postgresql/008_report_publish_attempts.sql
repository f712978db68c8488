-- Offkai schema version 8 (PostgreSQL): publishing a report remembers an attempt to create a post until its
-- end is recorded.
--
-- The same step as ../008_report_publish_attempts.sql (see there for why). The row is written before the
-- first request that may create the post and removed when the post's id is recorded.
CREATE TABLE IF NOT EXISTS report_publish_attempts (
    report_id  bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    account_id bigint NOT NULL REFERENCES blog_accounts (id) ON DELETE CASCADE,
    started_at text COLLATE "C" NOT NULL,
    PRIMARY KEY (report_id, account_id)
);

-- What a Hatena blog answered as `<content type>` the last time it was seen (its editing mode: Markdown,
-- はてな記法 or 見たまま), so that the publish dialog can show it without asking the blog.
ALTER TABLE blog_accounts ADD COLUMN IF NOT EXISTS content_type text COLLATE "C" NOT NULL DEFAULT '';
