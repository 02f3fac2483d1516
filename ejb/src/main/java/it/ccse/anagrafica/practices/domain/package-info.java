/**
 * Requests to CCSE (RQ-1..RQ-3) and their processing (ST-1, AD-2): the practice, its type with its
 * rules (targets offered, required documents, cost, cancellability, side effect on completion), its
 * state and attachments; a completed practice changes the company aggregate only through its domain
 * methods.
 */
package it.ccse.anagrafica.practices.domain;
