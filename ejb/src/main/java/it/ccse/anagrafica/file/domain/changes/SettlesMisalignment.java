package it.ccse.anagrafica.file.domain.changes;

import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.reconciliation.domain.MisalignmentStatus;
import it.ccse.anagrafica.reconciliation.domain.RegisterField;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import java.util.Optional;

/**
 * BR-1: the operator's answer to a difference from the Business Register. The registered office's
 * fields are the office's (its delegates' scope); the others are company data. The misalignment
 * itself is closed by the signing service with {@link #answer()}.
 */
public sealed interface SettlesMisalignment extends Operation
    permits AlignWithRegister, CertifyDeclared {

  long misalignment();

  RegisterField field();

  String declaredValue();

  /** The register's value the operator saw: a different one at signing is refused. */
  String registerValue();

  MisalignmentStatus answer();

  @Override
  default Optional<Site> site(CompanyFile file) {
    return field().siteIn(file.getCompany());
  }

  /**
   * A value the file lacks (a PEC never declared) is an empty one in the summary; a comune is named
   * beside the ISTAT code the field's label announces.
   */
  default ChangeLine line(
      CompanyFile file, PlaceNames places, String action, String before, String after) {
    return new ChangeLine(
        ChangeLines.siteName(site(file)),
        action,
        field().label(),
        shown(before, places),
        shown(after, places));
  }

  private String shown(String value, PlaceNames places) {
    if (value == null) {
      return "";
    }
    return field() == RegisterField.COMUNE
        ? places.comuneName(value).map(name -> name + " (" + value + ")").orElse(value)
        : value;
  }
}
