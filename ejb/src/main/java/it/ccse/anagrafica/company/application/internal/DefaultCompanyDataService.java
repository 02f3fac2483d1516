package it.ccse.anagrafica.company.application.internal;

import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.company.application.CompanyDataService;
import it.ccse.anagrafica.company.application.CompanyDataView;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyData;
import it.ccse.anagrafica.company.domain.CompanyDataCheck;
import it.ccse.anagrafica.company.domain.CompanyDataSubmission;
import it.ccse.anagrafica.company.domain.CompanyDataSubmissionRepository;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.company.domain.SubmissionStatus;
import it.ccse.anagrafica.documents.application.RegistrationFormRenderer;
import it.ccse.anagrafica.documents.domain.ExpectedDocument;
import it.ccse.anagrafica.documents.domain.RegistrationForm;
import it.ccse.anagrafica.documents.domain.SignedDocumentVerifier;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;
import it.ccse.anagrafica.shared.domain.reference.ReferenceDataRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class DefaultCompanyDataService implements CompanyDataService {

  @Inject private AccountRepository accounts;
  @Inject private CompanyRepository companies;
  @Inject private CompanyDataSubmissionRepository submissions;
  @Inject private ReferenceDataRepository reference;
  @Inject private Territory territory;
  @Inject private PlaceNames places;
  @Inject private SignedDocumentVerifier verifier;
  @Inject private RegistrationFormRenderer formPdf;
  @Inject private Clock clock;
  @EJB private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "anagrafica.signature.max-bytes")
  private long maxSignedBytes;

  @Override
  public CompanyDataView open(String username) {
    return viewOf(openRound(companyOf(username)));
  }

  @Override
  public boolean isValidated(String username) {
    return companyOf(username).isValidated();
  }

  /** Written first, so the view carries the version the next save must present. */
  private CompanyDataView viewOf(CompanyDataSubmission submission) {
    submissions.flush();
    return CompanyDataView.of(submission, submissions.previousOf(submission));
  }

  @Override
  public Optional<CompanyDataView> current(String username) {
    return accounts
        .findByUsername(username)
        .flatMap(Account::getCompanyId)
        .flatMap(companies::find)
        .flatMap(submissions::latestOf)
        .map(s -> CompanyDataView.of(s, submissions.previousOf(s)));
  }

  @Override
  public CompanyDataView save(String username, CompanyData data, long version) {
    var submission = openRound(companyOf(username));
    if (submission.getVersion() != version) {
      throw new ConflictException("companyData.stale");
    }
    submission.edit(
        CompanyDataCheck.normalised(data, territory, reference::isKnownBirthplace),
        LocalDateTime.now(clock));
    return viewOf(submission);
  }

  @Override
  public CompanyDataView issueForm(String username) {
    var company = companyOf(username);
    var submission = openRound(company);
    submission.requireIssuable();
    var data =
        CompanyDataCheck.normalised(submission.getData(), territory, reference::isKnownBirthplace);
    LocalDateTime now = LocalDateTime.now(clock);
    String documentId = submissions.nextFormNumber(now.getYear());
    byte[] pdf = formPdf.render(form(documentId, now, data));
    submission.issueForm(documentId, pdf, sha256(pdf), now);
    audit.recordFor(
        company.getId(), username, "FORM_ISSUED", company.getCodiceFiscale(), documentId);
    return viewOf(submission);
  }

  @Override
  public byte[] formPdf(String username) {
    var submission = openRound(companyOf(username));
    if (submission.getFormPdf() == null) {
      throw new InvalidValueException("companyData.noFormToSign");
    }
    return submission.getFormPdf();
  }

  @Override
  public CompanyDataView uploadSignedCopy(String username, String fileName, byte[] content) {
    var company = companyOf(username);
    var submission = openRound(company);
    if (submission.status() != SubmissionStatus.AWAITING_SIGNATURE) {
      throw new InvalidValueException("companyData.noFormToSign");
    }
    // Stored as LocalDateTime of the application clock, which is UTC (Clocks).
    var expected =
        ExpectedDocument.ofHex(
            submission.getFormDocumentId(),
            submission.getFormIssuedAt().toInstant(ZoneOffset.UTC),
            submission.getFormSha256(),
            submission.getData().getLegalRepresentative().getCodiceFiscale(),
            maxSignedBytes);
    var verification = verifier.verify(content, expected);
    if (!verification.isValid()) {
      audit.record(
          username, "SIGNATURE_REFUSED", company.getCodiceFiscale(), verification.outcome().name());
      throw new InvalidFieldException("signedFile", verification.messageKey());
    }
    submission.acceptSignedCopy(
        fileName, content, verification.signerCodiceFiscale(), LocalDateTime.now(clock));
    audit.recordFor(
        company.getId(), username, "COMPANY_DATA_SUBMITTED", company.getCodiceFiscale(), fileName);
    return viewOf(submission);
  }

  /** The round the operator works on: a new one after an approval's changes or a rejection. */
  private CompanyDataSubmission openRound(Company company) {
    var latest = submissions.latestOf(company);
    if (latest.isPresent() && latest.get().status() != SubmissionStatus.REJECTED) {
      return latest.get();
    }
    CompanyData start = latest.map(CompanyDataSubmission::getData).orElseGet(company::currentData);
    var round = new CompanyDataSubmission(company, start, LocalDateTime.now(clock));
    submissions.store(round);
    return round;
  }

  /** Only the legal representative (OPERATOR) declares the company data; delegates do not. */
  private Company companyOf(String username) {
    return accounts
        .findByUsername(username)
        .filter(a -> a.getRoles().contains(Role.OPERATOR))
        .flatMap(Account::getCompanyId)
        .flatMap(companies::find)
        .orElseThrow(() -> new OutOfScopeException("companyData.noCompany"));
  }

  private RegistrationForm form(String documentId, LocalDateTime now, CompanyData d) {
    var representative = d.getLegalRepresentative();
    var contact = d.getContactPerson();
    var bank = d.getBankAccount();
    return new RegistrationForm(
        documentId,
        now,
        d.getRagioneSociale(),
        d.getCodiceFiscale(),
        d.getPartitaIva(),
        d.getLegalForm(),
        d.getStreet(),
        d.getStreetNumber(),
        d.getCap(),
        places.comuneName(d.getComuneIstatCode()).orElse(d.getComuneIstatCode()),
        d.getProvinceSigla(),
        places.regionName(d.getRegionCode()).orElse(d.getRegionCode()),
        representative.getName(),
        representative.getSurname(),
        representative.getCodiceFiscale(),
        d.getEmail(),
        d.getPec(),
        d.getPhone(),
        contact.getName(),
        contact.getSurname(),
        contact.getPhone(),
        contact.getEmail(),
        bank.getIban(),
        bank.getBankName());
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
