/**
 * What the documents area does for the other areas (ports): render a report, a registration form or
 * a pagoPA payment notice as PDF and seal a report; keep attachments ({@link
 * it.ccse.anagrafica.documents.application.Attachments}). The implementations live in {@code
 * documents.infrastructure} and {@code internal}; callers depend on these interfaces only.
 */
package it.ccse.anagrafica.documents.application;
