-- Issue 19 (SE-1..SE-8, CO-1, BK-1): the companies' activity sectors with their services, the ATOs
-- of a water service, contacts and own bank, and the lists CCSE maintains for them. What a sector
-- still misses before CCSE can validate it is derived from these columns, never stored.

-- "Tipologia" and "Dettaglio/Servizi": a type is deactivated, never deleted (sectors keep its code).
CREATE TABLE sector_type (
  code    VARCHAR(40) PRIMARY KEY,
  version BIGINT NOT NULL,
  label   VARCHAR(200) NOT NULL,
  active  BOOLEAN NOT NULL,
  water   BOOLEAN NOT NULL
);
CREATE TABLE sector_service (
  sector_type_code VARCHAR(40) NOT NULL REFERENCES sector_type (code),
  service_order    INTEGER NOT NULL,
  code             VARCHAR(40) NOT NULL,
  label            VARCHAR(200) NOT NULL,
  PRIMARY KEY (sector_type_code, service_order),
  UNIQUE (sector_type_code, code)
);
-- SAMPLE of CCSE's sectors and their services, to be replaced by CCSE's own list.
INSERT INTO sector_type (code, version, label, active, water) VALUES
  ('SERVIZIO_IDRICO', 1, 'Servizio idrico integrato', TRUE, TRUE),
  ('ENERGIA_ELETTRICA', 1, 'Energia elettrica', TRUE, FALSE),
  ('GAS_NATURALE', 1, 'Gas naturale', TRUE, FALSE),
  ('TELERISCALDAMENTO', 1, 'Teleriscaldamento', TRUE, FALSE);
INSERT INTO sector_service (sector_type_code, service_order, code, label) VALUES
  ('SERVIZIO_IDRICO', 0, 'ACQUEDOTTO', 'Acquedotto'),
  ('SERVIZIO_IDRICO', 1, 'FOGNATURA', 'Fognatura'),
  ('SERVIZIO_IDRICO', 2, 'DEPURAZIONE', 'Depurazione'),
  ('ENERGIA_ELETTRICA', 0, 'DISTRIBUZIONE', 'Distribuzione'),
  ('ENERGIA_ELETTRICA', 1, 'VENDITA', 'Vendita'),
  ('GAS_NATURALE', 0, 'DISTRIBUZIONE', 'Distribuzione'),
  ('GAS_NATURALE', 1, 'VENDITA', 'Vendita');

-- The ATOs of the water service by ISTAT region, with their validity; imported by CCSE as CSV.
-- region_code is ref_region's code without a foreign key, as the other region codes: ref_region is
-- filled by the Java migration V3, which the SQL migrations' tests do not run.
CREATE TABLE ato (
  code        VARCHAR(20) PRIMARY KEY,
  version     BIGINT NOT NULL,
  region_code VARCHAR(2) NOT NULL,
  name        VARCHAR(200) NOT NULL,
  valid_from  DATE NOT NULL,
  valid_to    DATE,
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX ato_region_idx ON ato (region_code, name);
-- SAMPLE for two regions (Piemonte 01, Lombardia 03), to be replaced by CCSE's import.
INSERT INTO ato (code, version, region_code, name, valid_from, valid_to) VALUES
  ('PIE-1', 1, '01', 'ATO 1 Verbano Cusio Ossola e Pianura Novarese', DATE '2000-01-01', NULL),
  ('PIE-2', 1, '01', 'ATO 2 Biellese Vercellese Casalese', DATE '2000-01-01', NULL),
  ('PIE-3', 1, '01', 'ATO 3 Torinese', DATE '2000-01-01', NULL),
  ('PIE-4', 1, '01', 'ATO 4 Cuneese', DATE '2000-01-01', NULL),
  ('LOM-MI', 1, '03', 'ATO Città metropolitana di Milano', DATE '2000-01-01', NULL),
  ('LOM-BG', 1, '03', 'ATO Provincia di Bergamo', DATE '2000-01-01', NULL),
  ('LOM-BS', 1, '03', 'ATO Provincia di Brescia', DATE '2000-01-01', NULL);

CREATE SEQUENCE activity_sector_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE activity_sector (
  id                      BIGINT PRIMARY KEY,
  version                 BIGINT NOT NULL,
  public_id               VARCHAR(40) NOT NULL UNIQUE,
  company_id              BIGINT NOT NULL REFERENCES company (id),
  state                   VARCHAR(20) NOT NULL,
  start_date              DATE,
  legal_nature            VARCHAR(40),
  sector_type_code        VARCHAR(40) REFERENCES sector_type (code),
  -- BK-1: both null while the sector is paid on the company's account.
  iban                    VARCHAR(34),
  bank_name               VARCHAR(200),
  note                    VARCHAR(1000),
  self_certification_id   VARCHAR(40),
  self_certification_name VARCHAR(255),
  created_by              VARCHAR(100) NOT NULL,
  created_at              TIMESTAMP NOT NULL,
  saved_at                TIMESTAMP,
  submitted_at            TIMESTAMP,
  checked_by              VARCHAR(100),
  checked_at              TIMESTAMP,
  rejection_reason        VARCHAR(2000),
  CHECK ((iban IS NULL AND bank_name IS NULL) OR (iban IS NOT NULL AND bank_name IS NOT NULL))
);
CREATE INDEX activity_sector_company_idx ON activity_sector (company_id, created_at);

CREATE TABLE activity_sector_service (
  sector_id     BIGINT NOT NULL REFERENCES activity_sector (id),
  service_order INTEGER NOT NULL,
  service_code  VARCHAR(40) NOT NULL,
  PRIMARY KEY (sector_id, service_order)
);

-- SE-3 "Lista ATO": several ATOs per service of a water sector.
CREATE TABLE activity_sector_ato (
  sector_id    BIGINT NOT NULL REFERENCES activity_sector (id),
  ato_order    INTEGER NOT NULL,
  service_code VARCHAR(40) NOT NULL,
  ato_code     VARCHAR(20) NOT NULL REFERENCES ato (code),
  PRIMARY KEY (sector_id, ato_order)
);
CREATE INDEX activity_sector_ato_idx ON activity_sector_ato (ato_code);

-- CO-1 "Lista contatti": checked when entered, with a phone or an e-mail at least.
CREATE TABLE activity_sector_contact (
  sector_id     BIGINT NOT NULL REFERENCES activity_sector (id),
  contact_order INTEGER NOT NULL,
  contact_id    VARCHAR(40) NOT NULL,
  name          VARCHAR(100) NOT NULL,
  surname       VARCHAR(100) NOT NULL,
  role          VARCHAR(100) NOT NULL,
  phone         VARCHAR(30),
  email         VARCHAR(254),
  PRIMARY KEY (sector_id, contact_order),
  CHECK (phone IS NOT NULL OR email IS NOT NULL)
);
