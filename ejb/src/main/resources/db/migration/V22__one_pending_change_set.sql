-- Issue 15 (MD-9): at most one pending change set per user and file, also when two first saves
-- race. pending_author is the author while the set is pending and NULL once signed; a plain UNIQUE
-- constraint then guards it on H2 and PostgreSQL alike (both let NULLs repeat), where a partial
-- index would be PostgreSQL only. Of duplicates left by such races the oldest is kept: the page
-- showed one of them at random.

DELETE FROM change_set
WHERE signed_at IS NULL
  AND id NOT IN (SELECT MIN(id) FROM change_set WHERE signed_at IS NULL
                 GROUP BY company_file_id, author);

ALTER TABLE change_set ADD COLUMN pending_author VARCHAR(100);
UPDATE change_set SET pending_author = author WHERE signed_at IS NULL;
ALTER TABLE change_set
  ADD CONSTRAINT change_set_one_pending_uq UNIQUE (company_file_id, pending_author);
