package it.ccse.anagrafica.company.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14 defect 10: what "Genera il modulo" still needs, by name. */
class CompanyDataTest {

  @Test
  void defect10TheContactPersonNeedsAPhoneOrAnEmailNotBoth() {
    var data = CompanyDataFixture.complete();
    data.getContactPerson().setEmail(null);
    assertEquals(List.of(), data.missingFields());

    data.getContactPerson().setPhone(" ");
    assertEquals(List.of(CompanyData.CONTACT_PHONE_OR_EMAIL), data.missingFields());

    data.getContactPerson().setEmail("referente@example.org");
    assertEquals(List.of(), data.missingFields());
  }

  @Test
  void defect10AnEmptiedRagioneSocialeIsNamedInFormOrder() {
    var data = CompanyDataFixture.complete();
    data.setRagioneSociale("");
    data.getBankAccount().setBankName(null);

    assertEquals(List.of("ragioneSociale", "bankName"), data.missingFields());
  }
}
