-- CD-1..CD-3, AD-1: company data declared by the operator, the issued registration form, its signed copy
-- and CCSE's review. The validated version lives in company/site; a submission holds a proposal.

ALTER TABLE company ADD COLUMN contact_name VARCHAR(100);
ALTER TABLE company ADD COLUMN contact_surname VARCHAR(100);
ALTER TABLE company ADD COLUMN contact_phone VARCHAR(30);
ALTER TABLE company ADD COLUMN contact_email VARCHAR(254);
ALTER TABLE company ADD COLUMN iban VARCHAR(34);
ALTER TABLE company ADD COLUMN bank_name VARCHAR(200);
ALTER TABLE company ADD COLUMN validated_at TIMESTAMP;

CREATE SEQUENCE registration_form_seq START WITH 1 INCREMENT BY 1;

CREATE SEQUENCE company_data_submission_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE company_data_submission (
  id                       BIGINT PRIMARY KEY,
  version                  BIGINT NOT NULL,
  company_id               BIGINT NOT NULL REFERENCES company (id),
  ragione_sociale          VARCHAR(250),
  codice_fiscale           VARCHAR(16),
  partita_iva              VARCHAR(11),
  legal_form               VARCHAR(60),
  street                   VARCHAR(250),
  street_number            VARCHAR(20),
  cap                      VARCHAR(5),
  region_code              VARCHAR(2),
  province_sigla           VARCHAR(2),
  comune_istat_code        VARCHAR(6),
  legal_rep_name           VARCHAR(100),
  legal_rep_surname        VARCHAR(100),
  legal_rep_codice_fiscale VARCHAR(16),
  email                    VARCHAR(254),
  pec                      VARCHAR(254),
  phone                    VARCHAR(30),
  contact_name             VARCHAR(100),
  contact_surname          VARCHAR(100),
  contact_phone            VARCHAR(30),
  contact_email            VARCHAR(254),
  iban                     VARCHAR(34),
  bank_name                VARCHAR(200),
  form_document_id         VARCHAR(30),
  form_sha256              VARCHAR(64),
  form_pdf                 BYTEA,
  form_issued_at           TIMESTAMP,
  signed_file              BYTEA,
  signed_file_name         VARCHAR(255),
  signer_codice_fiscale    VARCHAR(16),
  signed_at                TIMESTAMP,
  reviewed_at              TIMESTAMP,
  reviewed_by              VARCHAR(100),
  approved                 BOOLEAN,
  rejection_reason         VARCHAR(2000),
  created_at               TIMESTAMP NOT NULL,
  updated_at               TIMESTAMP NOT NULL
);
CREATE INDEX company_data_submission_company_idx ON company_data_submission (company_id, created_at);
CREATE INDEX company_data_submission_review_idx ON company_data_submission (signed_at, reviewed_at);
