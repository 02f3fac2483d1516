-- Issue 19 (AD-1): a validated activity sector may be changed as a new version, which CCSE compares
-- with the last validated one. That version is kept as readable text per field, as the queue showed
-- it when CCSE validated it (names of type, services and ATOs, not codes).
CREATE TABLE activity_sector_validated (
  sector_id BIGINT NOT NULL REFERENCES activity_sector (id),
  field     VARCHAR(40) NOT NULL,
  text      VARCHAR(8000) NOT NULL,
  PRIMARY KEY (sector_id, field)
);
