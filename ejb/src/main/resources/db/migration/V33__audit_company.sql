-- Issue 18 (AD-3): the audit log viewer filters by company: records about a company's data carry
-- its id (older records and account events have none).
ALTER TABLE audit_record ADD COLUMN company_id BIGINT;
CREATE INDEX audit_company_idx ON audit_record (company_id, occurred_at);
CREATE INDEX audit_actor_idx ON audit_record (actor, occurred_at);
