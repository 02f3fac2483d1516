-- Issue 17 (RQ-1..RQ-3, ST-1, AD-2): what the company aggregate records for the practices.
-- Each state is derived from its date: a ceased company, a closed unit, a revoked device.
ALTER TABLE company ADD COLUMN ceased_at TIMESTAMP;
ALTER TABLE site ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE device ADD COLUMN revoked_at TIMESTAMP;
-- RQ-3: the authorised workshop that installs the black box after a theft (state STOLEN).
ALTER TABLE vehicle ADD COLUMN black_box_workshop VARCHAR(250);
