-- Issue 17 (RQ-1..RQ-3, ST-1): the sealed PDF report printed at FIRMA, one per practice; the
-- practice row stays light for the lists.
CREATE TABLE practice_report (
  practice_id BIGINT PRIMARY KEY REFERENCES practice (id),
  created_at  TIMESTAMP NOT NULL,
  pdf         BYTEA NOT NULL
);
