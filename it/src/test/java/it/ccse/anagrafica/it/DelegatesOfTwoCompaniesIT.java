package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.accounts.application.AccountService;
import it.ccse.anagrafica.accounts.application.CredentialsService;
import it.ccse.anagrafica.accounts.application.DelegateInvitations;
import it.ccse.anagrafica.accounts.domain.TokenPurpose;
import it.ccse.anagrafica.accounts.domain.TokenState;
import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.file.application.CompanyFileChanges;
import it.ccse.anagrafica.file.application.CompanyFileReports;
import it.ccse.anagrafica.file.application.CompanyFileService;
import it.ccse.anagrafica.file.application.CompanyFileSigning;
import it.ccse.anagrafica.file.application.FileViews.DeviceChoice;
import it.ccse.anagrafica.file.domain.changes.AddCategory;
import it.ccse.anagrafica.file.domain.changes.AddDelegate;
import it.ccse.anagrafica.file.domain.changes.AssociateDelegate;
import it.ccse.anagrafica.file.domain.changes.Details;
import it.ccse.anagrafica.notifications.application.OutboxEntry;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15 finding 4 (VW-1, MD-13): a person named delegate by two companies keeps one account,
 * joins the second only by accepting its invitation, and then chooses company and device.
 */
@ExtendWith(ArquillianExtension.class)
class DelegatesOfTwoCompaniesIT {

  private static final Details HAZARDOUS = ValidatedCompanies.HAZARDOUS;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithStaffCaller(
        DelegatesOfTwoCompaniesIT.class, CompanyCodes.class, ValidatedCompanies.class);
  }

  @Inject private AccountService accounts;
  @Inject private CompanyFileService files;
  @Inject private CompanyFileChanges changes;
  @Inject private CompanyFileSigning signing;
  @Inject private CompanyFileReports reports;
  @Inject private OutboxService outbox;
  @Inject private DelegateInvitations invitations;
  @Inject private CredentialsService credentials;
  @Inject private ValidatedCompanies validated;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void finding4ASecondCompanyInvitesAnExistingDelegateWhoAcceptsAndChoosesItsDevice() {
    String person = CompanyCodes.personal();
    String first = validated.withOperator();
    String second = validated.withOperator();
    name(first, "a", person, mail("first"));
    String secondAddress = mail("second");

    name(second, "b", person, secondAddress);

    assertEquals(
        mail("first"),
        accounts.findByUsername(person).orElseThrow().email(),
        "one account, as the first company made it");
    assertEquals(List.of(n("a-d")), devices(person), "the second company only invited");
    String token = tokenMailedTo(secondAddress, companyName(second));
    assertEquals(companyName(second), invitations.invitingCompany(token).orElseThrow());

    assertEquals(companyName(second), invitations.accept(token, person));

    assertEquals(Set.of(n("a-d"), n("b-d")), Set.copyOf(devices(person)));
    assertEquals(companyName(first), files.current(person, n("a-d")).ragioneSociale());
    assertEquals(companyName(second), files.current(person, n("b-d")).ragioneSociale());
    changes.change(
        person, n("b-d"), new AddCategory(n("b-u"), n("b-c2"), CategoryType.MANAGEMENT, HAZARDOUS));
    assertEquals(1, files.current(person, n("b-d")).pendingOperations(), "acts for the second");
    assertEquals(
        0, files.current(person, n("a-d")).pendingOperations(), "not in the first company's file");
    assertEquals(
        "token.used",
        assertThrows(InvalidValueException.class, () -> invitations.accept(token, person))
            .messageKey(),
        "accepted once");
  }

  @Test
  void finding4AnInvitedButNotAcceptedCompanyShowsNothing() {
    String person = CompanyCodes.personal();
    String first = validated.withOperator();
    String second = validated.withOperator();
    name(first, "a", person, mail("first"));
    String secondAddress = mail("second");
    name(second, "b", person, secondAddress);
    String device = n("b-d");

    assertEquals(List.of(n("a-d")), devices(person));
    assertFalse(files.isAvailable(person, device));
    assertEquals(List.of(), files.notices(person, device));
    for (var read :
        List.<Runnable>of(
            () -> files.current(person, device),
            () -> changes.pending(person, device),
            () -> reports.history(person, device),
            () -> files.contribution(person, device),
            () ->
                changes.change(
                    person,
                    device,
                    new AddCategory(n("b-u"), n("b-c2"), CategoryType.MANAGEMENT, HAZARDOUS)))) {
      assertEquals(
          "file.unknownItem",
          assertThrows(OutOfScopeException.class, read::run).messageKey(),
          "another company's device reads as not found");
    }
    assertEquals(
        "file.noCompany",
        assertThrows(OutOfScopeException.class, () -> files.current(person, null)).messageKey(),
        "a delegate reads through a device in use");

    String token = tokenMailedTo(secondAddress, companyName(second));
    assertEquals(
        "invitation.otherPerson",
        assertThrows(OutOfScopeException.class, () -> invitations.accept(token, first))
            .messageKey(),
        "only the person named accepts");
    assertEquals(
        TokenState.USABLE,
        credentials.state(token, TokenPurpose.COMPANY_INVITATION),
        "a wrong login does not spend the link");
    assertEquals(List.of(n("a-d")), devices(person));
  }

  @Test
  void finding4TheDeviceChoiceListsOnlyTheCompaniesAccepted() {
    String person = CompanyCodes.personal();
    String first = validated.withOperator();
    String second = validated.withOperator();
    String third = validated.withOperator();
    name(first, "a", person, mail("first"));
    String secondAddress = mail("second");
    name(second, "b", person, secondAddress);
    name(third, "c", person, mail("third"));
    invitations.accept(tokenMailedTo(secondAddress, companyName(second)), person);

    List<DeviceChoice> choices = files.devicesInUse(person);

    assertEquals(
        Set.of(companyName(first), companyName(second)),
        choices.stream().map(DeviceChoice::companyName).collect(Collectors.toSet()),
        "the invited third company is not listed");
    assertEquals(
        choices.stream().map(DeviceChoice::companyName).sorted().toList(),
        choices.stream().map(DeviceChoice::companyName).toList(),
        "grouped by company");
    assertTrue(
        outbox.page(0, 200).stream()
            .anyMatch(
                m ->
                    m.subject().contains(companyName(third))
                        && m.recipient().equals(mail("third"))),
        "the third company's invitation went out");
  }

  /**
   * The operator adds a local unit with a device and names the person its delegate, with this
   * contact address, and signs (MD-12, MD-13).
   */
  private void name(String operator, String prefix, String person, String email) {
    String unit = n(prefix + "-u");
    String device = n(prefix + "-d");
    String delegate = n(prefix + "-p");
    validated.localUnitWithDevice(operator, unit, "Unità " + prefix, device);
    changes.change(operator, null, new AddDelegate(unit, delegate, "Sara", "Galli", person));
    changes.change(operator, null, new AssociateDelegate(device, delegate, null, null, email));
    signing.sign(operator, null, ValidatedCompanies.PIN.toCharArray());
  }

  private List<String> devices(String person) {
    return files.devicesInUse(person).stream().map(DeviceChoice::publicId).toList();
  }

  private String companyName(String operator) {
    return accounts.findByUsername(operator).orElseThrow().companyName();
  }

  /** The invitation link's secret (the test server shows links, as anagrafica.dev.seed does). */
  private String tokenMailedTo(String address, String company) {
    OutboxEntry mail =
        outbox.page(0, 200).stream()
            .filter(m -> m.recipient().equals(address) && m.subject().contains(company))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no invitation to " + address));
    String link =
        mail.links().stream()
            .filter(l -> l.contains("invito.xhtml?token="))
            .findFirst()
            .orElseThrow();
    return link.substring(link.indexOf("token=") + "token=".length());
  }

  private String mail(String which) {
    return which + "-" + run + "@example.org";
  }

  private String n(String id) {
    return id + "-" + run;
  }
}
