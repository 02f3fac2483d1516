-- BA-5: one execution of a job at a time across servers. A lease is held by the execution that
-- inserted it and expires, so a crashed server does not block the job forever.

CREATE TABLE job_lease (
  job_name     VARCHAR(80) PRIMARY KEY,
  execution_id BIGINT NOT NULL,
  expires_at   TIMESTAMP NOT NULL
);
