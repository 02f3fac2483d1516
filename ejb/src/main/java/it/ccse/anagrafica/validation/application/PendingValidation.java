package it.ccse.anagrafica.validation.application;

import java.time.LocalDateTime;

/** A row of the AD-1 queue. */
public record PendingValidation(
    Long submissionId,
    String ragioneSociale,
    String codiceFiscale,
    String formDocumentId,
    String signerCodiceFiscale,
    LocalDateTime signedAt,
    boolean firstValidation) {}
