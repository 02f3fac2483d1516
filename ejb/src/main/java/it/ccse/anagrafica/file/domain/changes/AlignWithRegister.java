package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.reconciliation.domain.MisalignmentStatus;
import it.ccse.anagrafica.reconciliation.domain.RegisterField;
import it.ccse.anagrafica.shared.domain.BirthplaceRegistry;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;

/** BR-1 "ALLINEA": the register's value replaces the declared one. */
public record AlignWithRegister(
    long misalignment,
    RegisterField field,
    String declaredValue,
    String registerValue,
    String provinceSigla,
    String regionCode)
    implements SettlesMisalignment {

  @Override
  public MisalignmentStatus answer() {
    return MisalignmentStatus.ALIGNED;
  }

  @Override
  public ChangeLine describe(CompanyFile file, PlaceNames places) {
    return line(file, places, "change.alignWithRegister", declaredValue, registerValue);
  }

  @Override
  public void applyTo(CompanyFile file) {
    field.align(file.getCompany(), registerValue, provinceSigla, regionCode);
  }

  /** A new comune brings its province and region from the ISTAT data. */
  @Override
  public Operation checked(Territory territory, BirthplaceRegistry birthplaces) {
    if (field != RegisterField.COMUNE) {
      return this;
    }
    String province =
        territory
            .provinceOfComune(registerValue)
            .orElseThrow(() -> new InvalidValueException("validation.address.comuneUnknown"));
    String region = territory.regionOfProvince(province).orElseThrow();
    return new AlignWithRegister(
        misalignment, field, declaredValue, registerValue, province, region);
  }
}
