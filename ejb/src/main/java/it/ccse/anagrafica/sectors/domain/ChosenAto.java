package it.ccse.anagrafica.sectors.domain;

/**
 * An ATO picked for a service in the "Aggiungi ATO +" dialog (SE-3), before the sector checks it.
 */
public record ChosenAto(String serviceCode, Ato ato) {}
