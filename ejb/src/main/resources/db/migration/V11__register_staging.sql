-- BA-1: a Business Register extract staged for reconciliation. One import = one job instance
-- (import_id), so a restarted execution writes into the same rows; (import_id, line) is unique.

CREATE TABLE register_staging (
  import_id                BIGINT NOT NULL,
  line                     BIGINT NOT NULL,
  codice_fiscale           VARCHAR(16) NOT NULL,
  partita_iva              VARCHAR(11),
  denominazione            VARCHAR(300),
  forma_giuridica          VARCHAR(60),
  cciaa                    VARCHAR(5),
  rea                      VARCHAR(20),
  street                   VARCHAR(250),
  street_number            VARCHAR(20),
  cap                      VARCHAR(5),
  comune_istat_code        VARCHAR(6),
  pec                      VARCHAR(254),
  activity_status          VARCHAR(20),
  registered_on            DATE,
  ceased_on                DATE,
  ateco                    VARCHAR(20),
  legal_rep_codice_fiscale VARCHAR(16),
  PRIMARY KEY (import_id, line)
);
CREATE INDEX register_staging_cf ON register_staging (import_id, codice_fiscale);

-- Lines skipped by the import, with the reason (a key of the validation bundle and its arguments).
CREATE TABLE register_import_error (
  import_id   BIGINT NOT NULL,
  line        BIGINT NOT NULL,
  column_name VARCHAR(40),
  raw_value   VARCHAR(500),
  reason_key  VARCHAR(80) NOT NULL,
  arguments   VARCHAR(200),
  PRIMARY KEY (import_id, line)
);
