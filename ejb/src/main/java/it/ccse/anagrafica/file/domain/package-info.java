/**
 * The company file (VW-2) over the company aggregate: its code and version (MD-9), what a caller
 * may change ({@code EditScope}), the notices it raises, and the geocoder port of the map (GE-1).
 * The change sets are in {@code changes}.
 */
package it.ccse.anagrafica.file.domain;
