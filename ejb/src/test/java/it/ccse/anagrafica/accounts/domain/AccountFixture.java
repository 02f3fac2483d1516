package it.ccse.anagrafica.accounts.domain;

import java.time.LocalDateTime;
import java.util.Set;

/** An activated operator account: password "Attiva#Ora2026", signing PIN 482915. */
final class AccountFixture {

  private AccountFixture() {}

  static Account activated(LocalDateTime now) {
    var account =
        new Account("12345670017", "a@example.org", "Mario Rossi", Set.of(Role.OPERATOR), 1L, now);
    account.activate("Attiva#Ora2026".toCharArray(), "482915".toCharArray());
    return account;
  }
}
