package it.ccse.anagrafica.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ON-2 (issue 14): an account of a person whose name and surname are as long as allowed. */
class AccountTest {

  @Test
  void on2TheDisplayNameFitsItsColumnWhateverTheLengthOfNameAndSurname() {
    String name = "N".repeat(100) + " " + "S".repeat(100);

    var account =
        new Account(
            "staff", "staff@example.org", name, Set.of(Role.BACKOFFICE), null, LocalDateTime.MIN);

    assertEquals(name.substring(0, 200), account.getDisplayName());
  }
}
