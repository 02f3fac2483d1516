/**
 * The Business Register jobs and console (BA-1, BA-2, AD-4): uploads, staging, the set-based merge
 * into misalignments, CCSE list and export; the set-based SQL is behind {@code RegisterStaging} and
 * {@code MisalignmentMerger}, in {@code infrastructure/jdbc}.
 */
package it.ccse.anagrafica.reconciliation.application;
