package it.ccse.anagrafica.company.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.LegalRepresentative;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** MD-3 with AD-1: ragione sociale and legal representative change only when CCSE approves. */
class IdentityChangeTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 10, 0);
  private static final LegalRepresentative MARIO =
      LegalRepresentative.of("Mario", "Rossi", "RSSMRA85T10A562S");
  private static final LegalRepresentative ANNA =
      LegalRepresentative.of("Anna", "Bianchi", "BNCNNA80A41L219J");

  private static Company company() {
    var company = new Company("12345670017", "12345670017", "Prova S.r.l.", NOW);
    company.legalRepresentative(MARIO);
    return company;
  }

  @Test
  void md3OnlyANewNameOrLegalRepresentativeAsksCcse() {
    var company = company();
    assertFalse(IdentityChange.needed(company, "Prova S.r.l.", MARIO));
    assertTrue(IdentityChange.needed(company, "Prova Due S.r.l.", MARIO));
    assertTrue(IdentityChange.needed(company, "Prova S.r.l.", ANNA));
  }

  @Test
  void ad1TheCompanyTakesTheValuesOnlyWhenApproved() {
    var company = company();
    var change = IdentityChange.requested(company, "Nuova S.r.l.", ANNA, "RM-1", "op", NOW);

    assertEquals("Prova S.r.l.", company.getRagioneSociale(), "unchanged while pending");
    assertEquals("Prova S.r.l.", change.getOldRagioneSociale());
    assertEquals(IdentityChangeStatus.PENDING, change.getStatus());
    change.approve(company, "backoffice", NOW);

    assertEquals("Nuova S.r.l.", company.getRagioneSociale());
    assertEquals("BNCNNA80A41L219J", company.getLegalRepresentative().getCodiceFiscale());
    assertEquals(IdentityChangeStatus.APPROVED, change.getStatus());
    assertEquals(
        "identityChange.stateChanged",
        assertThrows(ConflictException.class, () -> change.reject("tardi", "backoffice", NOW))
            .messageKey());
  }

  @Test
  void ad1ALaterSignatureReplacesThePendingValuesAndARejectionNeedsAReason() {
    var company = company();
    var change = IdentityChange.requested(company, "Nuova S.r.l.", MARIO, "RM-1", "op", NOW);
    change.replace(company, "Nuovissima S.r.l.", ANNA, "RM-2", "op", NOW.plusHours(1));

    assertEquals("Nuovissima S.r.l.", change.getRagioneSociale());
    assertEquals("RM-2", change.getReportId());
    assertEquals(
        "reason",
        assertThrows(InvalidFieldException.class, () -> change.reject(" ", "backoffice", NOW))
            .field());
    change.reject("Visura non conforme", "backoffice", NOW);

    assertEquals(IdentityChangeStatus.REJECTED, change.getStatus());
    assertEquals("Visura non conforme", change.getRejectionReason());
    assertEquals("Prova S.r.l.", company.getRagioneSociale());
    assertThrows(
        ConflictException.class,
        () -> change.replace(company, "Altra S.r.l.", ANNA, "RM-3", "op", NOW));
  }
}
