-- VW-6 contribution: the fee table CCSE maintains (issue 5). A band applies from lower_bound up to
-- the next band's lower bound; the top band is open. Amounts in euro, hazardous / non-hazardous.
-- Sources: DM 17/12/2009 Annex II (per local unit, by employees); the 2014 tables (management plants,
-- by tonnes per year) and the flat amounts as summarised by the SISTRI guide. The per-vehicle amount
-- has no source found: it is a sample.

CREATE TABLE fee_band (
  kind           VARCHAR(30) NOT NULL,
  lower_bound    INTEGER NOT NULL,
  version        BIGINT NOT NULL,
  hazardous      NUMERIC(12, 2) NOT NULL,
  non_hazardous  NUMERIC(12, 2) NOT NULL,
  source         VARCHAR(200) NOT NULL,
  sample         BOOLEAN NOT NULL,
  PRIMARY KEY (kind, lower_bound)
);

INSERT INTO fee_band (kind, lower_bound, version, hazardous, non_hazardous, source, sample) VALUES
  ('LOCAL_UNIT_EMPLOYEES', 0,      1, 120.00,  60.00,   'DM 17/12/2009, Allegato II', FALSE),
  ('LOCAL_UNIT_EMPLOYEES', 11,     1, 180.00,  90.00,   'DM 17/12/2009, Allegato II', FALSE),
  ('LOCAL_UNIT_EMPLOYEES', 51,     1, 300.00,  150.00,  'DM 17/12/2009, Allegato II', FALSE),
  ('LOCAL_UNIT_EMPLOYEES', 251,    1, 500.00,  250.00,  'DM 17/12/2009, Allegato II', FALSE),
  ('LOCAL_UNIT_EMPLOYEES', 501,    1, 800.00,  400.00,  'DM 17/12/2009, Allegato II', FALSE),
  ('MANAGEMENT_TONNES',    0,      1, 300.00,  150.00,  'Tabelle contributi 2014, impianti', FALSE),
  ('MANAGEMENT_TONNES',    1000,   1, 500.00,  250.00,  'Tabelle contributi 2014, impianti', FALSE),
  ('MANAGEMENT_TONNES',    5000,   1, 800.00,  400.00,  'Tabelle contributi 2014, impianti', FALSE),
  ('MANAGEMENT_TONNES',    20000,  1, 1200.00, 600.00,  'Tabelle contributi 2014, impianti', FALSE),
  ('MANAGEMENT_TONNES',    50000,  1, 1800.00, 900.00,  'Tabelle contributi 2014, impianti', FALSE),
  ('MANAGEMENT_TONNES',    100001, 1, 2500.00, 1200.00, 'Tabelle contributi 2014, impianti', FALSE),
  ('CONSORTIUM',           0,      1, 2500.00, 2500.00, 'Tabelle contributi 2014, importi fissi', FALSE),
  ('BROKER',               0,      1, 100.00,  100.00,  'Tabelle contributi 2014, importi fissi', FALSE),
  ('TRADE_ASSOCIATION',    0,      1, 100.00,  100.00,  'Tabelle contributi 2014, importi fissi', FALSE),
  ('TERMINAL_OPERATOR',    0,      1, 100.00,  100.00,  'Tabelle contributi 2014, importi fissi', FALSE),
  ('COLLECTION_CENTRE',    0,      1, 500.00,  500.00,  'Tabelle contributi 2014, importi fissi', FALSE),
  ('VEHICLE',              0,      1, 50.00,   50.00,   'esempio: nessuna fonte trovata', TRUE);
