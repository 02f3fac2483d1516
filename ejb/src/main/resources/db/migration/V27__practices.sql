-- Issue 17 (RQ-1..RQ-3, ST-1, AD-2): what the company aggregate records for the practices.
-- Each state is derived from its date: a ceased company, a closed unit, a revoked device.
ALTER TABLE company ADD COLUMN ceased_at TIMESTAMP;
ALTER TABLE site ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE device ADD COLUMN revoked_at TIMESTAMP;
-- RQ-3: the authorised workshop that installs the black box after a theft (state STOLEN).
ALTER TABLE vehicle ADD COLUMN black_box_workshop VARCHAR(250);

-- RQ-1..RQ-3, RQ-2b, ST-1, AD-2: a practice from draft to outcome. Its number is given at FIRMA;
-- the amount due is frozen then from the price list; the company is held by id.
CREATE SEQUENCE practice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE practice_number_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE practice (
  id                     BIGINT PRIMARY KEY,
  version                BIGINT NOT NULL,
  public_id              VARCHAR(40) NOT NULL UNIQUE,
  practice_number        VARCHAR(20) UNIQUE,
  company_id             BIGINT NOT NULL REFERENCES company (id),
  practice_type          VARCHAR(40) NOT NULL,
  state                  VARCHAR(20) NOT NULL,
  target                 VARCHAR(40) NOT NULL,
  new_site_name          VARCHAR(250),
  new_street             VARCHAR(250),
  new_street_number      VARCHAR(20),
  new_cap                VARCHAR(5),
  new_region_code        VARCHAR(2),
  new_province_sigla     VARCHAR(2),
  new_comune_istat_code  VARCHAR(6),
  ship_street            VARCHAR(250),
  ship_street_number     VARCHAR(20),
  ship_cap               VARCHAR(5),
  ship_region_code       VARCHAR(2),
  ship_province_sigla    VARCHAR(2),
  ship_comune_istat_code VARCHAR(6),
  ship_recipient         VARCHAR(250),
  usb_lost               BOOLEAN NOT NULL,
  workshop               VARCHAR(250),
  requested_device       VARCHAR(40),
  amount_due             NUMERIC(12, 2),
  created_by             VARCHAR(100) NOT NULL,
  created_at             TIMESTAMP NOT NULL,
  submitted_by           VARCHAR(100),
  submitted_at           TIMESTAMP,
  taken_by               VARCHAR(100),
  closed_at              TIMESTAMP,
  rejection_reason       VARCHAR(2000),
  shipped_serial         VARCHAR(40)
);
-- "Stato pratiche" lists a company's practices newest first; the back office queues by state.
CREATE INDEX practice_company_idx ON practice (company_id, submitted_at);
CREATE INDEX practice_queue_idx ON practice (state, practice_type);

-- The documents attached, as the attachment store (documents) keeps them.
CREATE TABLE practice_attachment (
  practice_id          BIGINT NOT NULL REFERENCES practice (id),
  attachment_order     INTEGER NOT NULL,
  document_kind        VARCHAR(30) NOT NULL,
  attachment_public_id VARCHAR(40) NOT NULL,
  file_name            VARCHAR(255) NOT NULL,
  sha256               VARCHAR(64) NOT NULL,
  PRIMARY KEY (practice_id, attachment_order)
);

-- What each practice costs (RQ-1..RQ-3); CCSE maintains the amounts. Seeded values are samples.
-- A device requested by a signed change (RQ-2b) costs NEW_DEVICE, seeded by V7.
INSERT INTO price_item (code, version, description, amount, sample) VALUES
  ('UNIT_TRANSFER', 1, 'Richiesta Trasferimento Unità Locale', 20.00, TRUE),
  ('UNIT_CLOSURE', 1, 'Richiesta Chiusura Unità Locale', 10.00, TRUE),
  ('COMPANY_CESSATION', 1, 'Richiesta Cessazione Azienda', 10.00, TRUE),
  ('DEVICE_DUPLICATE', 1, 'Richiesta Duplicazione Dispositivo USB', 30.00, TRUE),
  ('DEVICE_REPLACEMENT_THEFT', 1, 'Richiesta Sostituzione Dispositivo USB causa Furto', 30.00, TRUE),
  ('DEVICE_REPLACEMENT_DAMAGE', 1, 'Richiesta Sostituzione Dispositivo USB causa Danneggiamento', 30.00, TRUE),
  ('DEVICE_REPLACEMENT_LOSS', 1, 'Richiesta Sostituzione Dispositivo USB causa Smarrimento', 30.00, TRUE),
  ('ADDITIONAL_DEVICE', 1, 'Richiesta Dispositivo USB Aggiuntivo', 30.00, TRUE),
  ('BLACK_BOX_THEFT', 1, 'Richiesta Furto Black Box', 50.00, TRUE);
