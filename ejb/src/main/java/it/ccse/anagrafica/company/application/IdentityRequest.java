package it.ccse.anagrafica.company.application;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyData;
import it.ccse.anagrafica.company.domain.IdentityChange;
import it.ccse.anagrafica.company.domain.IdentityChangeStatus;
import it.ccse.anagrafica.shared.domain.LegalRepresentative;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * MD-3, AD-1: a signed change of ragione sociale or legal representative as the file, the home page
 * and CCSE's queue show it: old and new values, where it stands, CCSE's reason if rejected.
 */
public record IdentityRequest(
    String id,
    long version,
    IdentityChangeStatus status,
    String companyCodiceFiscale,
    String oldRagioneSociale,
    String ragioneSociale,
    LegalRepresentative oldLegalRepresentative,
    LegalRepresentative legalRepresentative,
    String reportId,
    LocalDateTime requestedAt,
    String rejectionReason)
    implements Serializable {

  public static IdentityRequest of(IdentityChange change, Company company) {
    return new IdentityRequest(
        change.getPublicId(),
        change.getVersion(),
        change.getStatus(),
        company.getCodiceFiscale(),
        change.getOldRagioneSociale(),
        change.getRagioneSociale(),
        change.getOldLegalRepresentative(),
        change.getLegalRepresentative(),
        change.getReportId(),
        change.getRequestedAt(),
        change.getRejectionReason());
  }

  /** The fields that change, as CCSE's review of company data lists them ({@code field.*}). */
  public List<CompanyData.Difference> differences() {
    var old = oldLegalRepresentative;
    var now = legalRepresentative;
    return Stream.of(
            new CompanyData.Difference("ragioneSociale", oldRagioneSociale, ragioneSociale),
            new CompanyData.Difference("legalRepName", old.getName(), now.getName()),
            new CompanyData.Difference("legalRepSurname", old.getSurname(), now.getSurname()),
            new CompanyData.Difference(
                "legalRepCodiceFiscale", old.getCodiceFiscale(), now.getCodiceFiscale()))
        .filter(d -> !Objects.equals(d.before(), d.after()))
        .toList();
  }
}
