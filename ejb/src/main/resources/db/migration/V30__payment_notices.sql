-- Issue 18 (PY-4): the pagoPA notices issued, one per practice and amount still needed, so that
-- asking again for the same amount gives the same notice number (one debt position, one IUV).
CREATE SEQUENCE payment_notice_seq START WITH 50 INCREMENT BY 50;
-- The IUV's 13-digit base: unique within the segregation code.
CREATE SEQUENCE iuv_base_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE payment_notice (
  id          BIGINT PRIMARY KEY,
  practice_id BIGINT NOT NULL REFERENCES practice (id),
  amount      NUMERIC(12, 2) NOT NULL,
  iuv         VARCHAR(17) NOT NULL UNIQUE,
  due_date    DATE NOT NULL,
  issued_at   TIMESTAMP NOT NULL,
  UNIQUE (practice_id, amount)
);
