/**
 * Jakarta Batch jobs (BA-1..BA-5): job XML in META-INF/batch-jobs and their artifacts, adapters
 * only; the rules and the SQL live in the EJB module's services.
 */
package it.ccse.anagrafica.batch;
