package it.ccse.anagrafica.sectors.application;

import it.ccse.anagrafica.sectors.domain.LegalNature;
import it.ccse.anagrafica.sectors.domain.SectorState;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the sector pages show and send (SE-2..SE-8, CO-1, BK-1); plain values, no entity. */
public final class SectorViews {

  private SectorViews() {}

  /** An ATO picked in the "Aggiungi ATO +" dialog for a service. */
  public record AtoChoice(String serviceCode, String atoCode) implements Serializable {}

  /**
   * "salva le modifiche" of a sector, as typed (the domain checks it): for a water sector every
   * service with its ATOs, all in one operation (SE-7).
   */
  public record SectorDetails(
      LocalDate startDate,
      LegalNature legalNature,
      String typeCode,
      List<String> serviceCodes,
      List<AtoChoice> atos,
      String note)
      implements Serializable {}

  /** "Inserisci contatto", as typed; a phone or an e-mail at least. */
  public record ContactDetails(String name, String surname, String role, String phone, String email)
      implements Serializable {}

  public record ServiceView(String code, String label) implements Serializable {}

  /** A "Tipologia" offered, with its "Dettaglio/Servizi". */
  public record TypeView(String code, String label, boolean water, List<ServiceView> services)
      implements Serializable {}

  /** An ATO of the dialog's list, filtered by region. */
  public record AtoView(String code, String name, String regionCode) implements Serializable {}

  /** The lists of the sector's form. */
  public record References(List<TypeView> types, List<LegalNature> legalNatures)
      implements Serializable {}

  /** A line of "Lista ATO". */
  public record AtoLine(
      String serviceCode, String serviceLabel, String atoCode, String atoName, String regionCode)
      implements Serializable {}

  /** A line of "Lista contatti"; phone or e-mail may be null. */
  public record ContactView(
      String id, String name, String surname, String role, String phone, String email)
      implements Serializable {}

  /**
   * A sector with everything its pages show: the type null until saved; {@code iban} and {@code
   * bankName} the account it is paid on, its own when {@code ownBank}, else the company's (BK-1);
   * {@code missing} the message keys of what keeps CCSE from validating it (SE-8); {@code
   * servicesFixed} whether its services can no longer change (SE-7).
   */
  public record SectorView(
      String id,
      long version,
      SectorState state,
      LocalDate startDate,
      LegalNature legalNature,
      String typeCode,
      String typeLabel,
      boolean water,
      List<ServiceView> services,
      List<AtoLine> atos,
      String iban,
      String bankName,
      boolean ownBank,
      String note,
      String selfCertificationId,
      String selfCertificationName,
      List<ContactView> contacts,
      List<String> missing,
      boolean validatable,
      boolean servicesFixed,
      boolean editable,
      LocalDateTime submittedAt,
      String rejectionReason)
      implements Serializable {}
}
