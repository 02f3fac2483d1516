-- Issue 19 (OP-1, OP-2, AD-1): the corporate operations a company tells CCSE of, with the
-- self-certification and the notarial deed kept by the attachment store (V26) and named by public
-- id, name, size and SHA-256; "sent" once a file went to CCSE's mailbox (then it is kept when
-- replaced). What is missing before sending is derived from these columns, never stored.
CREATE SEQUENCE corporate_operation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE corporate_operation (
  id                        BIGINT PRIMARY KEY,
  version                   BIGINT NOT NULL,
  public_id                 VARCHAR(40) NOT NULL UNIQUE,
  company_id                BIGINT NOT NULL REFERENCES company (id),
  kind                      VARCHAR(40) NOT NULL,
  state                     VARCHAR(20) NOT NULL,
  self_certification_id     VARCHAR(36) REFERENCES attachment (public_id),
  self_certification_name   VARCHAR(200),
  self_certification_size   BIGINT,
  self_certification_sha256 CHAR(64),
  self_certification_sent   BOOLEAN,
  notarial_deed_id          VARCHAR(36) REFERENCES attachment (public_id),
  notarial_deed_name        VARCHAR(200),
  notarial_deed_size        BIGINT,
  notarial_deed_sha256      CHAR(64),
  notarial_deed_sent        BOOLEAN,
  created_by                VARCHAR(100) NOT NULL,
  created_at                TIMESTAMP NOT NULL,
  sent_by                   VARCHAR(100),
  sent_at                   TIMESTAMP,
  checked_by                VARCHAR(100),
  checked_at                TIMESTAMP,
  staff_message             VARCHAR(2000),
  CHECK (kind IN ('CESSAZIONE', 'CESSIONE_RAMO_AZIENDA', 'FUSIONE_PER_INCORPORAZIONE', 'ALTRO')),
  CHECK (state IN ('DRAFT', 'SENT', 'HANDLED', 'MORE_REQUESTED')),
  -- Nothing leaves the draft without both files (OP-2).
  CHECK (state = 'DRAFT' OR state = 'MORE_REQUESTED'
         OR (self_certification_id IS NOT NULL AND notarial_deed_id IS NOT NULL)),
  CHECK (state = 'DRAFT' OR sent_at IS NOT NULL)
);
CREATE INDEX corporate_operation_company_idx ON corporate_operation (company_id, created_at);
CREATE INDEX corporate_operation_state_idx ON corporate_operation (state, sent_at);
