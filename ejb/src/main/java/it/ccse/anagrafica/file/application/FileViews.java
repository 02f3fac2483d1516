package it.ccse.anagrafica.file.application;

import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.categories.domain.obligations.EmployeeThreshold;
import it.ccse.anagrafica.company.domain.BlackBoxState;
import it.ccse.anagrafica.company.domain.DeviceState;
import it.ccse.anagrafica.company.domain.FileProblem;
import it.ccse.anagrafica.fees.domain.CostLine;
import it.ccse.anagrafica.file.domain.changes.ChangeLine;
import it.ccse.anagrafica.file.domain.changes.Details;
import it.ccse.anagrafica.file.domain.changes.Question;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.ContactPerson;
import it.ccse.anagrafica.shared.domain.LegalRepresentative;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** What the company file pages show (VW-1..VW-6, MD-1..MD-9): plain, serialisable values. */
public final class FileViews {

  private FileViews() {}

  /** The file as stored, or as it will be once the pending changes are signed. */
  public record FileView(
      String code,
      String registryCode,
      String ragioneSociale,
      String codiceFiscale,
      LegalRepresentative legalRepresentative,
      ContactPerson contactPerson,
      EmployeeThreshold employeeThreshold,
      boolean companyEditable,
      List<SiteView> sites,
      int pendingOperations,
      List<FileProblem> problems)
      implements Serializable {}

  public record SiteView(
      String publicId,
      boolean registeredOffice,
      String name,
      String street,
      String streetNumber,
      String cap,
      String regionCode,
      String provinceSigla,
      String comuneIstatCode,
      String comune,
      String registryCode,
      Integer employees,
      String tradeAssociation,
      boolean editable,
      boolean addressLocked,
      boolean closed,
      List<CategoryView> categories,
      List<DelegateView> delegates,
      List<DeviceView> devices)
      implements Serializable {

    public String address() {
      return Address.line(street, streetNumber, cap, comune, provinceSigla);
    }
  }

  /**
   * A category with its derived "Obbligo" (MD-11): mandatory or not, the reason (a key of the
   * validation bundle), and whether a declaration is still missing (TH-1, AG-1) or it was joined
   * voluntarily (VO-1).
   */
  public record CategoryView(
      String publicId,
      CategoryType type,
      String registryCode,
      String label,
      String details,
      Details values,
      boolean mandatory,
      String obligationReason,
      boolean awaitsDeclaration,
      boolean joinedVoluntarily)
      implements Serializable {

    public boolean isTransport() {
      return type.isTransport();
    }
  }

  public record DelegateView(String publicId, String name, String surname, String codiceFiscale)
      implements Serializable {

    public String fullName() {
      return name + " " + surname;
    }
  }

  public record DeviceView(
      String publicId,
      String serial,
      String label,
      DeviceState state,
      List<CategoryView> categories,
      List<DeviceDelegateView> delegates)
      implements Serializable {

    public boolean isRequested() {
      return serial == null;
    }
  }

  public record DeviceDelegateView(
      String delegatePublicId,
      String fullName,
      String codiceFiscale,
      String phone,
      String fax,
      String email)
      implements Serializable {}

  public record VehicleView(
      String plate,
      String type,
      String transportCategory,
      BlackBoxState blackBoxState,
      String deviceSerial)
      implements Serializable {}

  /** VW-1: a device a delegate may choose as the one in use. */
  public record DeviceChoice(String publicId, String serial, String companyName, String siteName)
      implements Serializable {}

  /** MD-9 "Riepilogo": the operations, what they cost, and what still stops the signature. */
  public record ChangeSummary(
      List<ChangeLine> lines,
      List<CostLine> costs,
      BigDecimal total,
      List<FileProblem> problems,
      List<Question> questions,
      boolean stale)
      implements Serializable {

    public boolean isSignable() {
      return !lines.isEmpty() && problems.isEmpty() && questions.isEmpty() && !stale;
    }
  }

  /** A signed change in the file's history, with its sealed report. */
  public record ReportEntry(
      String reportId, LocalDateTime signedAt, String signer, BigDecimal totalCost)
      implements Serializable {}
}
