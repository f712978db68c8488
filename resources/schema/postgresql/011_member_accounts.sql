-- Offkai schema version 11 (PostgreSQL): members' accounts on event services, and the minutes a participant
-- spent in an online event.
--
-- The same step as ../011_member_accounts.sql (see there for how accounts are matched). `account_key` is
-- the form lookups compare (ServiceAccount::accountKey). One account per service and member.
CREATE TABLE IF NOT EXISTS member_accounts (
    member_id   bigint NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    service     text COLLATE "C" NOT NULL CHECK (service IN ('connpass', 'peatix', 'doorkeeper', 'meetup')),
    account     text COLLATE "C" NOT NULL CHECK (length(trim(account)) > 0),
    account_key text COLLATE "C" NOT NULL,
    PRIMARY KEY (member_id, service)
);
CREATE INDEX IF NOT EXISTS member_accounts_lookup ON member_accounts (service, account_key);

-- Minutes in an online event (a Zoom report's durations, rejoins summed); NULL when not known.
ALTER TABLE participations ADD COLUMN IF NOT EXISTS minutes_attended bigint CHECK (minutes_attended >= 0);
