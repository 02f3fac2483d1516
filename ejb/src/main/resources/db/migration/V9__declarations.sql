-- TH-1, VO-1, NP-1: what a company declares about its obligations. Null = not declared yet.

ALTER TABLE company ADD COLUMN employee_threshold VARCHAR(20);
ALTER TABLE category ADD COLUMN voluntary BOOLEAN;
ALTER TABLE site ADD COLUMN new_producer BOOLEAN;
