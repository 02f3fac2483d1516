/**
 * The obligation rules (MD-11, TH-1, VO-1, AG-1, NP-1): the obligation of a category from its type,
 * details, the employee class and the new-producer answer; the notices they raise. Derived, never
 * stored.
 */
package it.ccse.anagrafica.categories.domain.obligations;
