package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.company.application.CompanyDataService;
import it.ccse.anagrafica.company.application.Registration;
import it.ccse.anagrafica.company.application.RegistrationService;
import it.ccse.anagrafica.company.domain.CompanyData;
import it.ccse.anagrafica.company.domain.SubmissionStatus;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import it.ccse.anagrafica.shared.domain.Pec;
import it.ccse.anagrafica.validation.application.ValidationQueue;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CD-1/CD-2 rules through the real services; the signed path is in the browser test. */
@ExtendWith(ArquillianExtension.class)
class CompanyDataIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(CompanyDataIT.class, CompanyCodes.class);
  }

  @Inject private RegistrationService registration;
  @Inject private CompanyDataService companyData;
  @Inject private ValidationQueue queue;

  @Test
  void aRoundStartsFromTheRegistrationAndSavesDraftsStepByStep() {
    String username = register();

    var draft = companyData.open(username);
    assertEquals(SubmissionStatus.DRAFT, draft.status());
    assertEquals("RSSMRA85T10A562S", draft.data().getLegalRepresentative().getCodiceFiscale());

    CompanyData data = draft.data();
    data.getBankAccount().setIban("it60 x054 2811 1010 0000 0123 456");
    var saved = companyData.save(username, data, draft.version());

    assertEquals(
        "IT60X0542811101000000123456", saved.data().getBankAccount().getIban(), "stored compact");
    var reopened = companyData.open(username);
    assertEquals(saved.version(), reopened.version(), "the draft survives (logout, new session)");
    assertEquals(
        saved.data().getBankAccount().getIban(), reopened.data().getBankAccount().getIban());
  }

  @Test
  void badFieldsAreRefusedByNameAndStaleVersionsAreRefused() {
    String username = register();
    var draft = companyData.open(username);
    CompanyData data = draft.data();
    data.getBankAccount().setIban("IT00X0542811101000000123456");

    var iban =
        assertThrows(
            InvalidFieldException.class, () -> companyData.save(username, data, draft.version()));
    assertEquals("iban", iban.field());

    data.getBankAccount().setIban(null);
    companyData.save(username, data, draft.version());
    var stale =
        assertThrows(
            ConflictException.class, () -> companyData.save(username, data, draft.version()));
    assertEquals("companyData.stale", stale.messageKey());
  }

  @Test
  void theFormIsIssuedOnlyWhenCompleteAndOnlyASignedCopyOfItIsAccepted() {
    String username = register();
    var draft = companyData.open(username);
    assertEquals(
        "companyData.incomplete",
        assertThrows(InvalidValueException.class, () -> companyData.issueForm(username))
            .messageKey());

    CompanyData data = draft.data();
    data.setStreet("Via Garibaldi");
    data.setStreetNumber("12");
    data.setCap("10122");
    data.setRegionCode("01");
    data.setProvinceSigla("TO");
    data.setComuneIstatCode("001272");
    data.getContactPerson().setName("Lucia");
    data.getContactPerson().setSurname("Bianchi");
    data.getContactPerson().setPhone("011 7654321");
    data.getContactPerson().setEmail("referente@example.org");
    data.getBankAccount().setIban("IT60X0542811101000000123456");
    data.getBankAccount().setBankName("Banca di prova");
    companyData.save(username, data, draft.version());

    var issued = companyData.issueForm(username);
    assertEquals(SubmissionStatus.AWAITING_SIGNATURE, issued.status());
    assertTrue(issued.formDocumentId().startsWith("MR-"));
    byte[] pdf = companyData.formPdf(username);
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));

    var unsigned =
        assertThrows(
            InvalidFieldException.class,
            () -> companyData.uploadSignedCopy(username, "modulo.pdf", pdf));
    assertEquals("signedFile", unsigned.field());
    assertEquals("signature.unsigned", unsigned.messageKey());
    var garbage =
        assertThrows(
            InvalidFieldException.class,
            () -> companyData.uploadSignedCopy(username, "foto.png", "not a signature".getBytes()));
    assertEquals("signature.wrongFileType", garbage.messageKey());
    assertEquals(SubmissionStatus.AWAITING_SIGNATURE, companyData.open(username).status());
  }

  @Test
  void eachOperatorReachesOnlyItsOwnCompanyAndStaffHaveNone() {
    String first = register();
    String second = register();

    assertEquals(first, companyData.open(first).data().getCodiceFiscale());
    assertEquals(second, companyData.open(second).data().getCodiceFiscale());
    assertTrue(companyData.current("backoffice").isEmpty(), "staff have no company data");
  }

  @Test
  void theValidationQueueRefusesCallersWithoutAStaffRole() {
    assertThrows(EJBAccessException.class, () -> queue.countPending(null));
  }

  private String register() {
    String code = CompanyCodes.unique();
    String tag = UUID.randomUUID().toString().substring(0, 8);
    return registration.register(
        new Registration(
            "Dati " + tag + " S.r.l.",
            CodiceFiscale.of(code),
            PartitaIva.of(code),
            "SRL",
            "Mario",
            "Rossi",
            CodiceFiscale.of("RSSMRA85T10A562S"),
            Email.of("dati-" + tag + "@example.org"),
            Pec.of("dati-" + tag + "@pec.example.org"),
            "011 1234567",
            true));
  }
}
