package it.ccse.anagrafica.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ON-2 (issue 14): an account as stored and as shown. */
class AccountTest {

  @Test
  void on2TheDisplayNameFitsItsColumnWhateverTheLengthOfNameAndSurname() {
    String name = "N".repeat(100) + " " + "S".repeat(100);

    var account =
        new Account(
            "staff", "staff@example.org", name, Set.of(Role.BACKOFFICE), null, LocalDateTime.MIN);

    assertEquals(name.substring(0, 200), account.getDisplayName());
  }

  @Test
  void defect14ACodiceFiscaleUsernameIsShownInUpperCaseAStaffNameAsStored() {
    assertEquals("RSSMRA85T10A562S", Account.shown("rssmra85t10a562s"));
    assertEquals("12345670017", Account.shown("12345670017"));
    assertEquals("backoffice", Account.shown("backoffice"));
  }
}
