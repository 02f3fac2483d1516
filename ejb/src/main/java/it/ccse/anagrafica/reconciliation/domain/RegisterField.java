package it.ccse.anagrafica.reconciliation.domain;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A field compared with the Business Register (BA-2): where the registry keeps it (company {@code
 * c} or its registered office {@code o}) and where the extract has it (staging {@code s}). Values
 * are compared trimmed and in upper case, so spacing and case never raise a misalignment.
 */
public enum RegisterField {
  RAGIONE_SOCIALE("Ragione sociale", "c.ragione_sociale", "s.denominazione"),
  PARTITA_IVA("Partita IVA", "c.partita_iva", "s.partita_iva"),
  FORMA_GIURIDICA("Forma giuridica", "c.legal_form", "s.forma_giuridica"),
  PEC("PEC", "c.pec", "s.pec"),
  LEGALE_RAPPRESENTANTE(
      "Codice fiscale del legale rappresentante",
      "c.legal_rep_codice_fiscale",
      "s.legal_rep_codice_fiscale"),
  INDIRIZZO("Indirizzo della sede legale", "o.street", "s.street"),
  CIVICO("Numero civico della sede legale", "o.street_number", "s.street_number"),
  CAP("CAP della sede legale", "o.cap", "s.cap"),
  COMUNE("Comune della sede legale (codice ISTAT)", "o.comune_istat_code", "s.comune_istat_code");

  private final String label;
  private final String declared;
  private final String register;

  RegisterField(String label, String declared, String register) {
    this.label = label;
    this.declared = declared;
    this.register = register;
  }

  /** The field's name in the signed report (Italian, like the report). */
  public String label() {
    return label;
  }

  /** Fields of the registered office: "ALLINEA" on them moves the office (MD-4 rules apply). */
  public boolean isAddress() {
    return this == INDIRIZZO || this == CIVICO || this == CAP || this == COMUNE;
  }

  /**
   * Whether "ALLINEA" may take the register's value: the extract names the legal representative
   * only by codice fiscale, so their name and surname are changed in "Dati Azienda" instead.
   */
  public boolean isAlignable() {
    return this != LEGALE_RAPPRESENTANTE;
  }

  /** The site the field belongs to: the registered office, or none for company data. */
  public Optional<Site> siteIn(Company company) {
    return isAddress() ? company.registeredOffice() : Optional.empty();
  }

  /** The value the file holds now, as the reconciliation reads it. */
  public String valueIn(Company c) {
    Address o = c.registeredOffice().orElseThrow().getAddress();
    return switch (this) {
      case RAGIONE_SOCIALE -> c.getRagioneSociale();
      case PARTITA_IVA -> c.getPartitaIva();
      case FORMA_GIURIDICA -> c.getLegalForm();
      case PEC -> c.getPec();
      case LEGALE_RAPPRESENTANTE -> c.getLegalRepresentative().getCodiceFiscale();
      case INDIRIZZO -> o.street();
      case CIVICO -> o.streetNumber();
      case CAP -> o.capCode();
      case COMUNE -> o.comuneIstatCode();
    };
  }

  /** Whether two values are the same for the reconciliation: trimmed, in any case. */
  public static boolean same(String a, String b) {
    return Objects.equals(normal(a), normal(b));
  }

  private static String normal(String value) {
    return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * BR-1 "ALLINEA": the register's value into the file through the domain's own methods, so their
   * rules hold (a transport category locks the registered office, MD-4). A new comune brings its
   * province and region. The register's value is taken as it is ({@link Address#asRecorded}).
   */
  public void align(Company c, String value, String provinceSigla, String regionCode) {
    Site o = c.registeredOffice().orElseThrow();
    Address a = o.getAddress();
    switch (this) {
      case RAGIONE_SOCIALE -> c.rename(value);
      case PARTITA_IVA -> c.changePartitaIva(value);
      case FORMA_GIURIDICA -> c.legalForm(value);
      case PEC -> c.contacts(c.getEmail(), value, c.getPhone());
      case LEGALE_RAPPRESENTANTE -> throw new InvalidValueException("misalignment.notAlignable");
      case INDIRIZZO -> o.relocate(a.withStreet(value));
      case CIVICO -> o.relocate(a.withStreetNumber(value));
      case CAP -> o.relocate(a.withCap(value));
      case COMUNE -> o.relocate(a.inComune(regionCode, provinceSigla, value));
    }
  }

  /**
   * The SELECT of every difference of one import ({@code ?} = import id), in the columns of {@code
   * register_difference}: one pass over the companies and their registered offices keeps the rows
   * where any field differs, and only those are split into one row per differing field.
   */
  public static String differences() {
    return differences("?");
  }

  /**
   * The same SELECT with the import id written in, for statements that take no parameters
   * (PostgreSQL's CREATE TABLE … AS).
   */
  public static String differences(long importId) {
    return differences(Long.toString(importId));
  }

  private static String differences(String importId) {
    var values = new StringJoiner(", ");
    var anyDiffers = new StringJoiner(" OR ");
    var declaredCase = new StringBuilder("CASE f.name");
    var registerCase = new StringBuilder("CASE f.name");
    var names = new StringJoiner(" UNION ALL ");
    for (RegisterField field : values()) {
      int i = field.ordinal();
      values.add(field.declared + " AS d" + i).add(field.register + " AS r" + i);
      anyDiffers.add(differs(field.declared, field.register));
      declaredCase.append(" WHEN '").append(field).append("' THEN d.d").append(i);
      registerCase.append(" WHEN '").append(field).append("' THEN d.r").append(i);
      names.add("SELECT '" + field + "' AS name");
    }
    return "SELECT x.import_id, x.company_id, x.field, x.declared_value, x.register_value FROM"
        + " (SELECT d.import_id, d.company_id, f.name AS field, "
        + declaredCase
        + " END AS declared_value, "
        + registerCase
        + " END AS register_value FROM (SELECT s.import_id, c.id AS company_id, "
        + values
        + " FROM company c JOIN site o ON o.company_id = c.id AND o.kind = 'REGISTERED_OFFICE'"
        + " JOIN register_staging s ON s.codice_fiscale = c.codice_fiscale AND s.import_id = "
        + importId
        + " WHERE "
        + anyDiffers
        // OFFSET 0: keeps the planner from merging the filter into the cross join below, which
        // would split every row of the register nine times before filtering.
        + " OFFSET 0 ROWS) d CROSS JOIN ("
        + names
        + ") f) x WHERE "
        + differs("x.declared_value", "x.register_value");
  }

  /**
   * Whether the register has a value the declared one does not match. Equal texts, most of any
   * extract, are told apart by a plain comparison first: case folding costs far more, and on a
   * million rows it was most of the query.
   */
  private static String differs(String declared, String register) {
    return "("
        + register
        + " IS NOT NULL AND ("
        + declared
        + " IS NULL OR ("
        + declared
        + " <> "
        + register
        + " AND UPPER(TRIM("
        + declared
        + ")) <> UPPER(TRIM("
        + register
        + ")))))";
  }
}
