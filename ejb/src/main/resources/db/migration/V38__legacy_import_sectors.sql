-- Issue 19 (ON-7): activity sectors and local units imported from the legacy registry keep the key
-- it gave them, so that a file imported again finds them "Già presente". NULL for everything
-- entered in the portal; a unique constraint allows many NULLs on H2 and PostgreSQL alike.
ALTER TABLE activity_sector ADD COLUMN legacy_key VARCHAR(40);
ALTER TABLE activity_sector
  ADD CONSTRAINT activity_sector_legacy_key_uq UNIQUE (company_id, legacy_key);

ALTER TABLE site ADD COLUMN legacy_key VARCHAR(40);
ALTER TABLE site ADD CONSTRAINT site_legacy_key_uq UNIQUE (company_id, legacy_key);
