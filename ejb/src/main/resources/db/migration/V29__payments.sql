-- Issue 18 (PY-2, PY-3, AD-3): payment communications and the shares of them that go to practices.
-- What a practice still needs is derived from its amount due and these shares, never stored.
CREATE SEQUENCE payment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payment (
  id                BIGINT PRIMARY KEY,
  version           BIGINT NOT NULL,
  public_id         VARCHAR(40) NOT NULL UNIQUE,
  company_id        BIGINT NOT NULL REFERENCES company (id),
  state             VARCHAR(20) NOT NULL,
  amount            NUMERIC(12, 2),
  mode              VARCHAR(20),
  reference         VARCHAR(40),
  paid_on           DATE,
  note              VARCHAR(500),
  receipt_public_id VARCHAR(40),
  receipt_file_name VARCHAR(255),
  created_by        VARCHAR(100) NOT NULL,
  created_at        TIMESTAMP NOT NULL,
  submitted_at      TIMESTAMP,
  checked_by        VARCHAR(100),
  checked_at        TIMESTAMP,
  rejection_reason  VARCHAR(2000)
);
-- "Lista Pagamenti" newest payment date first; the back office's queue by state.
CREATE INDEX payment_company_idx ON payment (company_id, paid_on);
CREATE INDEX payment_queue_idx ON payment (state, submitted_at);

CREATE TABLE payment_allocation (
  payment_id       BIGINT NOT NULL REFERENCES payment (id),
  allocation_order INTEGER NOT NULL,
  practice_id      BIGINT NOT NULL REFERENCES practice (id),
  share            NUMERIC(12, 2) NOT NULL CHECK (share > 0),
  note             VARCHAR(500),
  PRIMARY KEY (payment_id, allocation_order)
);
-- What a practice still needs sums its shares.
CREATE INDEX payment_allocation_practice_idx ON payment_allocation (practice_id);
