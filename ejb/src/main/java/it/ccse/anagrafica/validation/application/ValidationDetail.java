package it.ccse.anagrafica.validation.application;

import it.ccse.anagrafica.company.domain.CompanyData.Difference;
import java.time.LocalDateTime;
import java.util.List;

/**
 * AD-1 detail: every declared datum on a first validation, otherwise what changed from the last
 * validated version, places by name; and the signed copy.
 */
public record ValidationDetail(
    Long submissionId,
    String ragioneSociale,
    String codiceFiscale,
    String formDocumentId,
    String signedFileName,
    String signerCodiceFiscale,
    LocalDateTime signedAt,
    boolean firstValidation,
    List<Difference> differences) {}
