-- Offkai schema version 11: members' accounts on event services, and the minutes a participant spent
-- in an online event.
--
-- A member's user name or id on connpass, Peatix, Doorkeeper or Meetup is the only key that stays the
-- same across that service's downloads, so participant and member imports match on it first.
-- `account_key` is the form lookups compare (ServiceAccount::accountKey: NFKC, case-folded, without a
-- leading "@"). One account per service and member; two members may claim the same account (duplicates
-- not merged yet), and an import then asks instead of guessing.
CREATE TABLE IF NOT EXISTS member_accounts (
    member_id   INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    service     TEXT NOT NULL CHECK (service IN ('connpass', 'peatix', 'doorkeeper', 'meetup')),
    account     TEXT NOT NULL CHECK (length(trim(account)) > 0),
    account_key TEXT NOT NULL,
    PRIMARY KEY (member_id, service)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS member_accounts_lookup ON member_accounts (service, account_key);

-- Minutes in an online event (a Zoom report's durations, rejoins summed); NULL when not known.
ALTER TABLE participations ADD COLUMN minutes_attended INTEGER CHECK (minutes_attended >= 0);
