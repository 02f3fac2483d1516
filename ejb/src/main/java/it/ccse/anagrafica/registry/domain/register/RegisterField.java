package it.ccse.anagrafica.registry.domain.register;

/**
 * A field compared with the Business Register (BA-2): where the registry keeps it (company {@code
 * c} or its registered office {@code o}) and where the extract has it (staging {@code s}). Values
 * are compared trimmed and in upper case, so spacing and case never raise a misalignment.
 */
public enum RegisterField {
  RAGIONE_SOCIALE("c.ragione_sociale", "s.denominazione"),
  PARTITA_IVA("c.partita_iva", "s.partita_iva"),
  FORMA_GIURIDICA("c.legal_form", "s.forma_giuridica"),
  PEC("c.pec", "s.pec"),
  LEGALE_RAPPRESENTANTE("c.legal_rep_codice_fiscale", "s.legal_rep_codice_fiscale"),
  INDIRIZZO("o.street", "s.street"),
  CIVICO("o.street_number", "s.street_number"),
  CAP("o.cap", "s.cap"),
  COMUNE("o.comune_istat_code", "s.comune_istat_code");

  private final String declared;
  private final String register;

  RegisterField(String declared, String register) {
    this.declared = declared;
    this.register = register;
  }

  /**
   * The SELECT of this field's differences for one import ({@code ?} = import id), in the columns
   * of {@code register_difference}.
   */
  public String differences() {
    return "SELECT s.import_id, c.id, '"
        + name()
        + "', "
        + declared
        + ", "
        + register
        + " FROM company c JOIN site o ON o.company_id = c.id AND o.kind = 'REGISTERED_OFFICE'"
        + " JOIN register_staging s ON s.codice_fiscale = c.codice_fiscale AND s.import_id = ?"
        + " WHERE "
        + register
        + " IS NOT NULL AND ("
        + declared
        + " IS NULL OR UPPER(TRIM("
        + declared
        + ")) <> UPPER(TRIM("
        + register
        + ")))";
  }
}
