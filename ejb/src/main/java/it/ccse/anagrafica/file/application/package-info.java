/**
 * Use cases of the company file: reading it, changing it, signing, reports, the map, answers to
 * misalignments.
 */
package it.ccse.anagrafica.file.application;
