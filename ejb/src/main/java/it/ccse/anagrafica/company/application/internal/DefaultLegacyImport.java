package it.ccse.anagrafica.company.application.internal;

import it.ccse.anagrafica.accounts.application.ActivationMail;
import it.ccse.anagrafica.accounts.domain.Account;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.Role;
import it.ccse.anagrafica.company.application.ImportedOperator;
import it.ccse.anagrafica.company.application.InvitationResult;
import it.ccse.anagrafica.company.application.LegacyImport;
import it.ccse.anagrafica.company.application.LegacyImportReport;
import it.ccse.anagrafica.company.application.LegacyImportReport.Line;
import it.ccse.anagrafica.company.application.LegacyImportReport.Outcome;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.CompanyData;
import it.ccse.anagrafica.company.domain.CompanyDataCheck;
import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.company.domain.LegalForm;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.Territory;
import it.ccse.anagrafica.shared.domain.reference.ReferenceDataRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultLegacyImport implements LegacyImport {

  @Inject private CompanyRepository companies;
  @Inject private AccountRepository accounts;
  @Inject private ReferenceDataRepository reference;
  @Inject private Territory territory;
  @Inject private ActivationMail activationMail;
  @Inject private Clock clock;
  @EJB private AuditTrail audit;
  @Resource private SessionContext session;

  @Override
  public LegacyImportReport importOperators(byte[] csv) {
    LocalDateTime now = LocalDateTime.now(clock);
    var file = new SeenInFile();
    List<Line> lines = new ArrayList<>();
    for (var row : LegacyOperatorFile.read(csv)) {
      lines.add(importRow(row, file, now));
    }
    var report = new LegacyImportReport(lines);
    audit.record(caller(), "LEGACY_IMPORT", lines.size() + " lines", report.summary());
    return report;
  }

  private Line importRow(LegacyOperatorFile.Row row, SeenInFile file, LocalDateTime now) {
    String codiceFiscale = row.data() == null ? null : row.data().getCodiceFiscale();
    try {
      if (row.error() != null) {
        throw row.error();
      }
      var missing = row.missingColumn();
      if (missing.isPresent()) {
        throw new InvalidFieldException(missing.get(), "validation.required");
      }
      codiceFiscale = companyCodiceFiscale(row.data().getCodiceFiscale());
      file.claim(row.line(), "codiceFiscale", codiceFiscale);
      if (companies.findByCodiceFiscale(codiceFiscale).isPresent()) {
        return new Line(row.line(), codiceFiscale, Outcome.ALREADY_PRESENT, null, null, List.of());
      }
      var data = normalised(row.data(), codiceFiscale);
      file.claim(row.line(), "partitaIva", data.getPartitaIva());
      file.claim(row.line(), "email", data.getEmail().toLowerCase(Locale.ROOT));
      if (companies.existsWithPartitaIva(data.getPartitaIva())) {
        throw new InvalidFieldException("partitaIva", "registration.duplicatePartitaIva");
      }
      if (accounts.findByEmail(data.getEmail()).isPresent()) {
        throw new InvalidFieldException("email", "registration.duplicateEmail");
      }
      var company = companies.store(Company.importedFromLegacyRegistry(data, now));
      var representative = data.getLegalRepresentative();
      accounts.store(
          new Account(
              codiceFiscale,
              data.getEmail(),
              representative.getName() + " " + representative.getSurname(),
              Set.of(Role.OPERATOR),
              company.getId(),
              now));
      return new Line(row.line(), codiceFiscale, Outcome.IMPORTED, null, null, List.of());
    } catch (InvalidFieldException e) {
      return new Line(
          row.line(),
          codiceFiscale,
          Outcome.REJECTED,
          LegacyOperatorFile.Column.ofField(e.field()),
          e.messageKey(),
          Arrays.stream(e.arguments()).map(String::valueOf).toList());
    }
  }

  /** The same rules as "Dati societari"; region and province follow from the comune. */
  private CompanyData normalised(CompanyData row, String codiceFiscale) {
    var data = row.copy();
    data.setCodiceFiscale(codiceFiscale);
    data.setLegalForm(legalForm(data.getLegalForm()));
    String province =
        territory
            .provinceOfComune(data.getComuneIstatCode())
            .orElseThrow(
                () -> new InvalidFieldException("comune", "validation.address.comuneUnknown"));
    data.setProvinceSigla(province);
    data.setRegionCode(territory.regionOfProvince(province).orElseThrow());
    return CompanyDataCheck.normalised(data, territory, reference::isKnownBirthplace);
  }

  private static String companyCodiceFiscale(String value) {
    return InvalidFieldException.naming("codiceFiscale", () -> CodiceFiscale.of(value).value());
  }

  /** The legacy export names legal forms like {@link LegalForm}, in any case. */
  private static String legalForm(String value) {
    return Arrays.stream(LegalForm.values())
        .map(Enum::name)
        .filter(name -> name.equalsIgnoreCase(value.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidFieldException(
                    "legalForm",
                    "legacyImport.legalForm",
                    String.join(", ", Arrays.stream(LegalForm.values()).map(Enum::name).toList())));
  }

  /** Identifiers already used by an earlier line of the same file. */
  private static final class SeenInFile {
    private final Map<String, Long> lineOf = new HashMap<>();

    void claim(long line, String field, String value) {
      Long earlier = lineOf.putIfAbsent(field + ":" + value, line);
      if (earlier != null) {
        throw new InvalidFieldException(field, "legacyImport.duplicateInFile", earlier);
      }
    }
  }

  @Override
  public List<ImportedOperator> importedOperators(String filter, int first, int max) {
    return companies.importedOperators(filter, first, max).stream()
        .map(
            o ->
                new ImportedOperator(
                    Account.shown(o.account().getUsername()),
                    o.company().getRagioneSociale(),
                    o.account().getEmail(),
                    o.company().getImportedAt().orElseThrow(),
                    o.account().getInvitedAt().orElse(null),
                    o.account().isEnabled()))
        .toList();
  }

  @Override
  public long countImportedOperators(String filter) {
    return companies.countImportedOperators(filter);
  }

  @Override
  public InvitationResult invite(List<String> usernames) {
    LocalDateTime now = LocalDateTime.now(clock);
    int sent = 0;
    for (String username : usernames) {
      var account =
          accounts
              .findByUsername(username)
              .filter(a -> !a.isEnabled())
              .filter(
                  a ->
                      a.getCompanyId()
                          .flatMap(companies::find)
                          .flatMap(Company::getImportedAt)
                          .isPresent());
      if (account.isPresent()
          && activationMail.send(account.get(), MailTemplate.LEGACY_INVITATION)) {
        account.get().invited(now);
        audit.record(caller(), "INVITED", username, account.get().getEmail());
        sent++;
      }
    }
    return new InvitationResult(sent, usernames.size() - sent);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
