-- BA-4: the reminders already sent, one row per kind, company and recipient, so the reminders job
-- sends each one again only when its period has passed.

CREATE TABLE reminder_sent (
  kind          VARCHAR(40) NOT NULL,
  company_id    BIGINT NOT NULL REFERENCES company (id),
  recipient     VARCHAR(254) NOT NULL,
  first_sent_at TIMESTAMP NOT NULL,
  last_sent_at  TIMESTAMP NOT NULL,
  PRIMARY KEY (kind, company_id, recipient)
);
