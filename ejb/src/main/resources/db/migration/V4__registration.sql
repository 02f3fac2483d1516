-- ON-1..ON-5: registration data of a company, signing PIN, single-use tokens for activation and reset.

ALTER TABLE company ADD COLUMN legal_rep_name VARCHAR(100);
ALTER TABLE company ADD COLUMN legal_rep_surname VARCHAR(100);
ALTER TABLE company ADD COLUMN legal_rep_codice_fiscale VARCHAR(16);
ALTER TABLE company ADD COLUMN privacy_accepted_at TIMESTAMP;
CREATE UNIQUE INDEX company_partita_iva_idx ON company (partita_iva);

ALTER TABLE account ADD COLUMN pin_hash VARCHAR(300);
CREATE UNIQUE INDEX account_email_unique_idx ON account (email);
DROP INDEX account_email_idx;

-- Only the SHA-256 of a token is stored: a leaked table gives no usable link.
CREATE SEQUENCE account_token_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account_token (
  id         BIGINT PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES account (id),
  purpose    VARCHAR(20) NOT NULL,
  token_hash VARCHAR(64) NOT NULL UNIQUE,
  created_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  used_at    TIMESTAMP
);
CREATE INDEX account_token_account_idx ON account_token (account_id, purpose, created_at);
