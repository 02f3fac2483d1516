package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.reconciliation.domain.MisalignmentStatus;
import it.ccse.anagrafica.reconciliation.domain.RegisterField;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.PlaceNames;

/** BR-1 "AUTOCERTIFICA": the declared value is confirmed against the register's. */
public record CertifyDeclared(
    long misalignment, RegisterField field, String declaredValue, String registerValue)
    implements SettlesMisalignment {

  @Override
  public MisalignmentStatus answer() {
    return MisalignmentStatus.CERTIFIED;
  }

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    return line(file, places, "change.certifyDeclared", registerValue, declaredValue);
  }

  /** Certifies the value as the file still holds it: an earlier operation must not change it. */
  @Override
  public void applyTo(CompanyFile file) {
    if (!RegisterField.same(field.valueIn(file.getCompany()), declaredValue)) {
      throw new InvalidValueException("misalignment.declaredChanged", field.label());
    }
  }
}
