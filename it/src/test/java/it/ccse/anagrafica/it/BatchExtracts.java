package it.ccse.anagrafica.it;

/** Business Register extracts (docs/business-register-extract.md) for the batch tests. */
final class BatchExtracts {

  static final String HEADER =
      "codice_fiscale;partita_iva;denominazione;forma_giuridica;cciaa;rea;indirizzo;civico;cap;"
          + "comune_istat;pec;stato_attivita;data_iscrizione;data_cessazione;ateco;"
          + "legale_rappresentante_cf\n";

  private BatchExtracts() {}

  /** A valid active company in Torino. */
  static String line(String code, String name) {
    return code
        + ";"
        + code
        + ";"
        + name
        + ";SRL;TO;1234567;Via Roma;1;10121;001272;;ATTIVA;"
        + "2010-03-15;;38.11.00;\n";
  }

  /** {@code lines} valid lines of companies numbered from {@code firstNumber}. */
  static StringBuilder append(StringBuilder extract, int lines, int firstNumber) {
    for (int i = 0; i < lines; i++) {
      extract.append(line(CompanyCodes.numbered(firstNumber + i), "Impresa " + i));
    }
    return extract;
  }
}
