-- GE-1: where a site is on the map, set by its users; null = never placed (the map starts from the
-- comune's centroid). Independent of the validated address.

ALTER TABLE site ADD COLUMN latitude NUMERIC(9, 6);
ALTER TABLE site ADD COLUMN longitude NUMERIC(9, 6);
