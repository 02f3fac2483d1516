-- Issue 19 (MD-3, AD-1): a signed change of ragione sociale or legal representative waits for
-- CCSE's approval before the company takes it; the values it replaces are kept for "old -> new".
CREATE SEQUENCE identity_change_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE identity_change (
  id                           BIGINT PRIMARY KEY,
  version                      BIGINT NOT NULL,
  public_id                    VARCHAR(40) NOT NULL UNIQUE,
  company_id                   BIGINT NOT NULL REFERENCES company (id),
  status                       VARCHAR(20) NOT NULL,
  old_ragione_sociale          VARCHAR(250) NOT NULL,
  old_legal_rep_name           VARCHAR(100),
  old_legal_rep_surname        VARCHAR(100),
  old_legal_rep_codice_fiscale VARCHAR(16),
  ragione_sociale              VARCHAR(250) NOT NULL,
  legal_rep_name               VARCHAR(100) NOT NULL,
  legal_rep_surname            VARCHAR(100) NOT NULL,
  legal_rep_codice_fiscale     VARCHAR(16) NOT NULL,
  report_id                    VARCHAR(40) NOT NULL,
  requested_by                 VARCHAR(100) NOT NULL,
  requested_at                 TIMESTAMP NOT NULL,
  reviewed_by                  VARCHAR(100),
  reviewed_at                  TIMESTAMP,
  rejection_reason             VARCHAR(2000)
);
CREATE INDEX identity_change_company_idx ON identity_change (company_id, requested_at);
CREATE INDEX identity_change_status_idx ON identity_change (status, requested_at);
