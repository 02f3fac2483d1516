-- Issue 15 (ON-3, ON-4, ON-5): a link is revoked by a newer one of its purpose or, for reset links,
-- by a new password; the account's credentials stamp ends the sessions signed in before a new
-- password. Existing accounts, and rows written without it, are stamped with the time of writing.

ALTER TABLE account_token ADD COLUMN revoked_at TIMESTAMP;

ALTER TABLE account ADD COLUMN credentials_changed_at TIMESTAMP DEFAULT LOCALTIMESTAMP NOT NULL;
