-- ON-7: operators carried over from the legacy registry, and when CCSE invited each of them.

ALTER TABLE company ADD COLUMN imported_at TIMESTAMP;
ALTER TABLE account ADD COLUMN invited_at TIMESTAMP;
CREATE INDEX company_imported_at_idx ON company (imported_at);
