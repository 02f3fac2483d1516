package it.ccse.anagrafica.company.application;

import it.ccse.anagrafica.company.domain.CompanyData;
import java.util.Optional;

/**
 * "Dati societari" of the signed-in operator's own company (CD-1, CD-2): the company is always the
 * caller's, so no operator can reach another company's data through it.
 */
public interface CompanyDataService {

  /** The current round, started from the validated data (or a rejected proposal) if needed. */
  CompanyDataView open(String username);

  /** Whether CCSE has approved the company's data (or the legacy registry had them validated). */
  boolean isValidated(String username);

  /** The operator's company data round, if the caller is an operator. */
  Optional<CompanyDataView> current(String username);

  /** "Salva e continua": checks the filled fields and saves the draft; stale versions refused. */
  CompanyDataView save(String username, CompanyData data, long version);

  /** Issues the registration form PDF for the complete data. */
  CompanyDataView issueForm(String username);

  byte[] formPdf(String username);

  /** CD-2: verifies the signed copy; each failure cause has its own message (field signedFile). */
  CompanyDataView uploadSignedCopy(String username, String fileName, byte[] content);
}
