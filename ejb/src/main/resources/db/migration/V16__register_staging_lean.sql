-- BA-1 speed: the reconciliation joins the staging by hash, never looks a codice fiscale up in it,
-- so this index only slowed the bulk load of every extract.
DROP INDEX register_staging_cf;
