CREATE INDEX IF NOT EXISTS emails_address ON emails (address);
