-- Issue 18 (AJ-1..AJ-3, AD-3): requests for adjustments ("conguagli") and their uses on annual
-- renewals. An adjustment's amount (paid less the user's due), its residual and its history are
-- derived from these columns, never stored. (V31 is another change's.)

-- "Motivazione della richiesta": the list CCSE maintains; a reason is deactivated, never deleted.
CREATE TABLE adjustment_reason (
  code    VARCHAR(40) PRIMARY KEY,
  version BIGINT NOT NULL,
  label   VARCHAR(200) NOT NULL,
  active  BOOLEAN NOT NULL
);
-- Samples, to be replaced by CCSE's own wording from Back office → Motivazioni dei conguagli.
INSERT INTO adjustment_reason (code, version, label, active) VALUES
  ('EXCESS_PAYMENT', 1, 'Versamento eccedente il dovuto', TRUE),
  ('CATEGORY_CHANGE', 1, 'Variazione delle categorie di iscrizione', TRUE),
  ('EMPLOYEES_CHANGE', 1, 'Variazione del numero di addetti', TRUE),
  ('OTHER', 1, 'Altro', TRUE);

CREATE SEQUENCE adjustment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE adjustment (
  id                   BIGINT PRIMARY KEY,
  version              BIGINT NOT NULL,
  public_id            VARCHAR(40) NOT NULL UNIQUE,
  company_id           BIGINT NOT NULL REFERENCES company (id),
  state                VARCHAR(20) NOT NULL,
  practice_id          BIGINT REFERENCES practice (id),
  reason_code          VARCHAR(40) REFERENCES adjustment_reason (code),
  note                 VARCHAR(500),
  attachment_public_id VARCHAR(40),
  attachment_file_name VARCHAR(255),
  -- Frozen at SALVA: "Totale versato pratica", "calcolato Sistri", "calcolato Utente".
  total_paid           NUMERIC(12, 2),
  system_due           NUMERIC(12, 2),
  user_due             NUMERIC(12, 2) CHECK (user_due >= 0),
  created_by           VARCHAR(100) NOT NULL,
  created_at           TIMESTAMP NOT NULL,
  submitted_at         TIMESTAMP,
  checked_by           VARCHAR(100),
  checked_at           TIMESTAMP,
  rejection_reason     VARCHAR(2000),
  CHECK (total_paid > user_due)
);
-- AJ-1 newest first per company; the back office's queue by state; one claim per practice.
CREATE INDEX adjustment_company_idx ON adjustment (company_id, submitted_at);
CREATE INDEX adjustment_queue_idx ON adjustment (state, submitted_at);
CREATE INDEX adjustment_practice_idx ON adjustment (practice_id);

-- AJ-3: the parts of an approved adjustment put on annual renewals; pending until signed.
CREATE TABLE adjustment_use (
  adjustment_id BIGINT NOT NULL REFERENCES adjustment (id),
  use_order     INTEGER NOT NULL,
  practice_id   BIGINT NOT NULL REFERENCES practice (id),
  amount        NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
  used_by       VARCHAR(100) NOT NULL,
  used_at       TIMESTAMP NOT NULL,
  signed_at     TIMESTAMP,
  PRIMARY KEY (adjustment_id, use_order)
);
-- What a practice still needs sums the signed uses on it.
CREATE INDEX adjustment_use_practice_idx ON adjustment_use (practice_id);
