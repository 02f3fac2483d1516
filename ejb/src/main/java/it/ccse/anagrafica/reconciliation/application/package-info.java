/**
 * The Business Register jobs and console (BA-1, BA-2, AD-4): uploads, staging, the set-based merge
 * into misalignments, CCSE list and export. The staging and merge SQL still run here through the
 * shared JDBC helpers (allow-listed in ArchitectureTest).
 */
package it.ccse.anagrafica.reconciliation.application;
