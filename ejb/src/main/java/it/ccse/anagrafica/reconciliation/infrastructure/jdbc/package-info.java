/** BA-1, BA-2 set-based SQL: COPY and JDBC batches into staging, the merge into misalignments. */
package it.ccse.anagrafica.reconciliation.infrastructure.jdbc;
