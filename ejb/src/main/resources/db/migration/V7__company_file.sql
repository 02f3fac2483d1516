-- VW-1..VW-6, MD-1..MD-9, MD-12, MD-13: the company file (sites with categories, delegates, devices,
-- vehicles), the pending change sets signed with PIN, their sealed reports and the price list.

ALTER TABLE company ADD COLUMN contact_fax VARCHAR(30);

ALTER TABLE site ADD COLUMN public_id VARCHAR(40);
UPDATE site SET public_id = 'S' || CAST(id AS VARCHAR(20));
ALTER TABLE site ALTER COLUMN public_id SET NOT NULL;
CREATE UNIQUE INDEX site_public_id_idx ON site (public_id);
ALTER TABLE site ADD COLUMN trade_association VARCHAR(250);

ALTER TABLE account ADD COLUMN pin_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN pin_locked_until TIMESTAMP;

-- F-<year>-<number> and the registry codes ("Codice ERP") of files, sites and categories.
CREATE SEQUENCE file_code_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE registry_code_seq START WITH 100000 INCREMENT BY 1;

CREATE SEQUENCE company_file_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE company_file (
  id            BIGINT PRIMARY KEY,
  version       BIGINT NOT NULL,
  company_id    BIGINT NOT NULL UNIQUE REFERENCES company (id),
  code          VARCHAR(30) NOT NULL UNIQUE,
  registry_code VARCHAR(30) NOT NULL,
  created_at    TIMESTAMP NOT NULL
);

CREATE SEQUENCE category_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE category (
  id                  BIGINT PRIMARY KEY,
  public_id           VARCHAR(40) NOT NULL UNIQUE,
  site_id             BIGINT NOT NULL REFERENCES site (id),
  type                VARCHAR(30) NOT NULL,
  registry_code       VARCHAR(30),
  hazardous           BOOLEAN,
  non_hazardous       BOOLEAN,
  urban               BOOLEAN,
  employees_threshold INTEGER,
  tonnes_per_year     INTEGER,
  inhabitants         INTEGER,
  description         VARCHAR(500),
  organised_circuit   BOOLEAN
);
CREATE INDEX category_site_idx ON category (site_id);

CREATE SEQUENCE delegate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE delegate (
  id             BIGINT PRIMARY KEY,
  public_id      VARCHAR(40) NOT NULL UNIQUE,
  site_id        BIGINT NOT NULL REFERENCES site (id),
  name           VARCHAR(100) NOT NULL,
  surname        VARCHAR(100) NOT NULL,
  codice_fiscale VARCHAR(16) NOT NULL
);
CREATE INDEX delegate_site_idx ON delegate (site_id);
CREATE INDEX delegate_codice_fiscale_idx ON delegate (codice_fiscale);

CREATE SEQUENCE device_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE device (
  id        BIGINT PRIMARY KEY,
  public_id VARCHAR(40) NOT NULL UNIQUE,
  site_id   BIGINT NOT NULL REFERENCES site (id),
  serial    VARCHAR(40) UNIQUE
);
CREATE INDEX device_site_idx ON device (site_id);

CREATE TABLE device_category (
  device_id   BIGINT NOT NULL REFERENCES device (id),
  category_id BIGINT NOT NULL REFERENCES category (id),
  PRIMARY KEY (device_id, category_id)
);

CREATE SEQUENCE device_delegate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE device_delegate (
  id          BIGINT PRIMARY KEY,
  device_id   BIGINT NOT NULL REFERENCES device (id),
  delegate_id BIGINT NOT NULL REFERENCES delegate (id),
  phone       VARCHAR(30),
  fax         VARCHAR(30),
  email       VARCHAR(254),
  UNIQUE (device_id, delegate_id)
);

CREATE SEQUENCE vehicle_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE vehicle (
  id              BIGINT PRIMARY KEY,
  plate           VARCHAR(12) NOT NULL,
  vehicle_type    VARCHAR(60) NOT NULL,
  category_id     BIGINT NOT NULL REFERENCES category (id),
  black_box_state VARCHAR(20) NOT NULL,
  device_serial   VARCHAR(40)
);
CREATE INDEX vehicle_category_idx ON vehicle (category_id);

CREATE SEQUENCE change_set_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE change_set (
  id               BIGINT PRIMARY KEY,
  version          BIGINT NOT NULL,
  company_file_id  BIGINT NOT NULL REFERENCES company_file (id),
  author           VARCHAR(100) NOT NULL,
  device_public_id VARCHAR(40),
  base_version     BIGINT NOT NULL,
  created_at       TIMESTAMP NOT NULL,
  operations       VARCHAR(1000000) NOT NULL,
  signed_at        TIMESTAMP,
  report_id        VARCHAR(30)
);
CREATE INDEX change_set_file_idx ON change_set (company_file_id, author);

CREATE SEQUENCE report_number_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE change_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE change_report (
  id              BIGINT PRIMARY KEY,
  report_id       VARCHAR(30) NOT NULL UNIQUE,
  change_set_id   BIGINT REFERENCES change_set (id),
  company_file_id BIGINT NOT NULL REFERENCES company_file (id),
  signer          VARCHAR(100) NOT NULL,
  created_at      TIMESTAMP NOT NULL,
  total_cost      NUMERIC(12, 2) NOT NULL,
  pdf             BYTEA NOT NULL
);
CREATE INDEX change_report_file_idx ON change_report (company_file_id, created_at);

-- Costs of a change (MD-9, MD-12); CCSE maintains the amounts. Seeded values are samples.
CREATE TABLE price_item (
  code        VARCHAR(40) PRIMARY KEY,
  version     BIGINT NOT NULL,
  description VARCHAR(200) NOT NULL,
  amount      NUMERIC(12, 2) NOT NULL,
  sample      BOOLEAN NOT NULL
);
INSERT INTO price_item (code, version, description, amount, sample) VALUES
  ('NEW_DEVICE', 1, 'Nuovo dispositivo USB', 30.00, TRUE),
  ('ADDITIONAL_LOCAL_UNIT', 1, 'Unità locale aggiuntiva', 50.00, TRUE);
