-- Issue 15 finding 10 (BA-5): a lease is on the resource a job works on (jobs sharing data lease
-- the same one) and names the job holding it, for the refusal of the others. Leases are now short
-- and renewed while the job runs; a lease taken before this keeps its expiry and is held by the job
-- it was named after.

ALTER TABLE job_lease RENAME COLUMN job_name TO resource;

ALTER TABLE job_lease ADD COLUMN holder_job VARCHAR(80);
UPDATE job_lease SET holder_job = resource;
ALTER TABLE job_lease ALTER COLUMN holder_job SET NOT NULL;
