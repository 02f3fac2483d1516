-- Issue 17 (SPEC "Attachments"; RQ-1..RQ-3, PY-3): the one attachment store of every area, in the
-- database with the rows that use it (ADR 0011). The owning company by id: the documents area sits
-- below company, and the area that uses an attachment keeps its public_id. BYTEA is PostgreSQL's
-- type for bytes and an alias of BINARY VARYING on H2; sizes are bounded by each use's limit
-- (5 MB for practices, 500 KB for payments). format = the documents.domain.AttachmentType detected
-- from the content; sha256 = lower-case hex.

CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE attachment (
  id          BIGINT PRIMARY KEY,
  public_id   VARCHAR(36) NOT NULL,
  company_id  BIGINT NOT NULL REFERENCES company (id),
  use_kind    VARCHAR(20) NOT NULL,
  file_name   VARCHAR(200) NOT NULL,
  format      VARCHAR(10) NOT NULL,
  size_bytes  BIGINT NOT NULL,
  sha256      CHAR(64) NOT NULL,
  content     BYTEA NOT NULL,
  uploaded_at TIMESTAMP NOT NULL,
  uploaded_by VARCHAR(100) NOT NULL,
  CONSTRAINT attachment_public_id_uq UNIQUE (public_id),
  CONSTRAINT attachment_size_ck CHECK (size_bytes > 0)
);
CREATE INDEX attachment_company_idx ON attachment (company_id);
