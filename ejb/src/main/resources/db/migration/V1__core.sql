-- Core tables: accounts and roles, login throttling, companies and sites, audit, outbox, in-app notifications.
-- Portable between H2 2.x and PostgreSQL. Ids come from sequences (allocation 50, as the JPA generators;
-- EclipseLink requires the first value to be at least the allocation size).
-- Timestamps are UTC.

CREATE SEQUENCE company_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE company (
  id              BIGINT PRIMARY KEY,
  version         BIGINT NOT NULL,
  codice_fiscale  VARCHAR(16) NOT NULL UNIQUE,
  partita_iva     VARCHAR(11),
  ragione_sociale VARCHAR(250) NOT NULL,
  legal_form      VARCHAR(60),
  email           VARCHAR(254),
  pec             VARCHAR(254),
  phone           VARCHAR(30),
  created_at      TIMESTAMP NOT NULL
);

CREATE SEQUENCE site_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE site (
  id                BIGINT PRIMARY KEY,
  version           BIGINT NOT NULL,
  company_id        BIGINT NOT NULL REFERENCES company (id),
  kind              VARCHAR(20) NOT NULL,
  name              VARCHAR(250) NOT NULL,
  street            VARCHAR(250),
  street_number     VARCHAR(20),
  cap               VARCHAR(5),
  comune_istat_code VARCHAR(6),
  province_sigla    VARCHAR(2),
  region_code       VARCHAR(2),
  registry_code     VARCHAR(30),
  employees         INTEGER
);
CREATE INDEX site_company_idx ON site (company_id);

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account (
  id            BIGINT PRIMARY KEY,
  version       BIGINT NOT NULL,
  username      VARCHAR(100) NOT NULL UNIQUE,
  email         VARCHAR(254) NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  password_hash VARCHAR(300),
  enabled       BOOLEAN NOT NULL,
  company_id    BIGINT REFERENCES company (id),
  created_at    TIMESTAMP NOT NULL
);
CREATE INDEX account_email_idx ON account (email);

CREATE TABLE account_role (
  account_id BIGINT NOT NULL REFERENCES account (id),
  role       VARCHAR(20) NOT NULL,
  PRIMARY KEY (account_id, role)
);

-- Keyed by the username as typed (normalised), known or not: unknown names are throttled alike.
CREATE TABLE login_throttle (
  username        VARCHAR(100) PRIMARY KEY,
  version         BIGINT NOT NULL,
  failures        INTEGER NOT NULL,
  last_failure_at TIMESTAMP,
  locked_until    TIMESTAMP
);

CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_record (
  id          BIGINT PRIMARY KEY,
  occurred_at TIMESTAMP NOT NULL,
  actor       VARCHAR(100) NOT NULL,
  action      VARCHAR(60) NOT NULL,
  subject     VARCHAR(200),
  detail      VARCHAR(2000)
);
CREATE INDEX audit_occurred_idx ON audit_record (occurred_at);

CREATE SEQUENCE outbox_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbox_message (
  id              BIGINT PRIMARY KEY,
  version         BIGINT NOT NULL,
  message_id      VARCHAR(200) NOT NULL UNIQUE,
  recipient       VARCHAR(254) NOT NULL,
  subject         VARCHAR(300) NOT NULL,
  body            VARCHAR(1000000) NOT NULL,
  status          VARCHAR(10) NOT NULL,
  attempts        INTEGER NOT NULL,
  created_at      TIMESTAMP NOT NULL,
  next_attempt_at TIMESTAMP NOT NULL,
  sent_at         TIMESTAMP,
  last_error      VARCHAR(1000)
);
CREATE INDEX outbox_due_idx ON outbox_message (status, next_attempt_at);

CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
  id         BIGINT PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES account (id),
  title      VARCHAR(300) NOT NULL,
  body       VARCHAR(4000),
  link       VARCHAR(500),
  created_at TIMESTAMP NOT NULL,
  read_at    TIMESTAMP
);
CREATE INDEX notification_account_idx ON notification (account_id, read_at);
