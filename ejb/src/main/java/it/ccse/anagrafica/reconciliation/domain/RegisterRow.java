package it.ccse.anagrafica.reconciliation.domain;

import java.time.LocalDate;

/**
 * One company as a Business Register extract describes it (BA-1), every value already checked and
 * in the form the registry stores (codes upper case, blanks as null).
 */
public record RegisterRow(
    String codiceFiscale,
    String partitaIva,
    String denominazione,
    String legalForm,
    String cciaa,
    String rea,
    String street,
    String streetNumber,
    String cap,
    String comuneIstatCode,
    String pec,
    ActivityStatus status,
    LocalDate registeredOn,
    LocalDate ceasedOn,
    String ateco,
    String legalRepCodiceFiscale) {}
