-- Issue 15 finding 4 (ON-4): login failures are counted per username at a source, per source and
-- per username (ThrottleScope), and delay further attempts instead of locking the username. A key
-- is the scope's prefix with the client's address and/or the username as typed; the last success
-- of a username at a source makes that source known. The old per-username counts and locks are
-- transient and are dropped with their table.

DROP TABLE login_throttle;

CREATE TABLE login_throttle (
  throttle_key    VARCHAR(200) PRIMARY KEY,
  scope           VARCHAR(20) NOT NULL,
  version         BIGINT NOT NULL,
  failures        INTEGER NOT NULL,
  last_failure_at TIMESTAMP,
  last_success_at TIMESTAMP
);
