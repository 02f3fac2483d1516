/**
 * What the documents area does for the other areas (ports): render a report or a registration form
 * as PDF and seal a report. The implementations live in {@code documents.infrastructure}; callers
 * depend on these interfaces only.
 */
package it.ccse.anagrafica.documents.application;
