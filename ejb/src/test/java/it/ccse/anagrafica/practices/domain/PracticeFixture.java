package it.ccse.anagrafica.practices.domain;

import it.ccse.anagrafica.company.domain.BlackBoxState;
import it.ccse.anagrafica.company.domain.Vehicle;
import it.ccse.anagrafica.file.domain.EditScope;
import it.ccse.anagrafica.file.domain.FileFixture;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.Money;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The file fixture's company with two vehicles on its transport category (one with a black box
 * installed), and practices on it brought to a state as the services will.
 */
final class PracticeFixture {

  static final LocalDateTime AT = LocalDateTime.of(2026, 12, 1, 9, 0);
  static final Money PRICE = Money.of("30.00");
  static final Address MILANO = Address.asRecorded("Via Dante", "5", "20121", "03", "MI", "015146");

  final FileFixture f = new FileFixture();
  final Vehicle truck =
      new Vehicle("AB123CD", "Autocarro", f.transport, BlackBoxState.INSTALLED, "VB-200001");
  final Vehicle crane =
      new Vehicle("IL789MN", "Autocarro con gru", f.transport, BlackBoxState.TO_INSTALL, null);
  final Targets targets = new Targets(f.company, List.of(truck, crane));

  /** A draft by the legal representative, with every document the type requires. */
  Practice draft(PracticeType type, String target) {
    var practice = Practice.draft(type, target, targets, EditScope.wholeFile(), "12345670017", AT);
    type.requiredDocuments().forEach(kind -> practice.attach(attachment(kind)));
    if (type.asksNewSite()) {
      practice.moveTo(new NewSite("Deposito Milano", MILANO));
    }
    if (type.asksWorkshop()) {
      practice.describeTheft(true, "Officina Rossi");
    }
    return practice;
  }

  /** Signed and taken in charge by CCSE. */
  Practice taken(PracticeType type, String target) {
    var practice = draft(type, target);
    practice.submit("PR-2026-000001", PRICE, "12345670017", AT);
    practice.take("staff");
    return practice;
  }

  static PracticeAttachment attachment(DocumentKind kind) {
    return new PracticeAttachment(kind, "att-" + kind, kind + ".pdf", "ab".repeat(32));
  }
}
