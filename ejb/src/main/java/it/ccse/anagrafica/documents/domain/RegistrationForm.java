package it.ccse.anagrafica.documents.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The registration form the legal representative signs (SPEC CD-2): every datum declared in "Dati
 * societari" (CD-1) as it is printed, under the identifier of the issued document.
 *
 * <p>Values are display text: the legal form is already its label, the IBAN is in compact form.
 * Optional data the operator did not declare may be {@code null} or blank; the identifier, the
 * issue time, the company name and the legal representative, which the declaration names, may not.
 *
 * @param documentId identifier of the issued document, e.g. {@code MR-2026-000123}
 * @param issuedAt when the document was issued, UTC
 */
public record RegistrationForm(
    String documentId,
    LocalDateTime issuedAt,
    String ragioneSociale,
    String codiceFiscale,
    String partitaIva,
    String legalForm,
    String street,
    String streetNumber,
    String cap,
    String comune,
    String provinceSigla,
    String region,
    String legalRepName,
    String legalRepSurname,
    String legalRepCodiceFiscale,
    String email,
    String pec,
    String phone,
    String contactName,
    String contactSurname,
    String contactPhone,
    String contactEmail,
    String iban,
    String bankName) {

  public RegistrationForm {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(ragioneSociale, "ragioneSociale");
    Objects.requireNonNull(legalRepName, "legalRepName");
    Objects.requireNonNull(legalRepSurname, "legalRepSurname");
    Objects.requireNonNull(legalRepCodiceFiscale, "legalRepCodiceFiscale");
  }
}
