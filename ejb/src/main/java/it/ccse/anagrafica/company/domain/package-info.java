/**
 * The company aggregate (ADR 0010): the company identity and its data rounds (CD-1..CD-3), and the
 * graph of its sites (registered office, local units) with their categories, devices, delegates and
 * vehicles, whose rules are methods of these entities; the repositories as ports.
 */
package it.ccse.anagrafica.company.domain;
