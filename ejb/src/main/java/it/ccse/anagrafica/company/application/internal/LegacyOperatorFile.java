package it.ccse.anagrafica.company.application.internal;

import it.ccse.anagrafica.company.domain.CompanyData;
import it.ccse.anagrafica.shared.application.csv.LegacyCsv;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * ON-7: the legacy registry's companies file (docs/legacy-import.md), read as every file of the
 * export is ({@link LegacyCsv}), each line into the "Dati societari" it fills.
 */
final class LegacyOperatorFile {

  /** A column, the "Dati societari" field it fills, and whether the legacy registry had it. */
  enum Column {
    CODICE_FISCALE("codiceFiscale", true, CompanyData::setCodiceFiscale),
    PARTITA_IVA("partitaIva", true, CompanyData::setPartitaIva),
    RAGIONE_SOCIALE("ragioneSociale", true, CompanyData::setRagioneSociale),
    FORMA_GIURIDICA("legalForm", true, CompanyData::setLegalForm),
    INDIRIZZO("street", true, CompanyData::setStreet),
    CIVICO("streetNumber", true, CompanyData::setStreetNumber),
    CAP("cap", true, CompanyData::setCap),
    COMUNE_ISTAT("comuneIstatCode", true, CompanyData::setComuneIstatCode),
    LEGALE_RAPPRESENTANTE_NOME(
        "legalRepName", true, (d, v) -> d.getLegalRepresentative().setName(v)),
    LEGALE_RAPPRESENTANTE_COGNOME(
        "legalRepSurname", true, (d, v) -> d.getLegalRepresentative().setSurname(v)),
    LEGALE_RAPPRESENTANTE_CODICE_FISCALE(
        "legalRepCodiceFiscale", true, (d, v) -> d.getLegalRepresentative().setCodiceFiscale(v)),
    EMAIL("email", true, CompanyData::setEmail),
    PEC("pec", true, CompanyData::setPec),
    TELEFONO("phone", false, CompanyData::setPhone),
    REFERENTE_NOME("contactName", false, (d, v) -> d.getContactPerson().setName(v)),
    REFERENTE_COGNOME("contactSurname", false, (d, v) -> d.getContactPerson().setSurname(v)),
    REFERENTE_TELEFONO("contactPhone", false, (d, v) -> d.getContactPerson().setPhone(v)),
    REFERENTE_EMAIL("contactEmail", false, (d, v) -> d.getContactPerson().setEmail(v)),
    IBAN("iban", false, (d, v) -> d.getBankAccount().setIban(v)),
    BANCA("bankName", false, (d, v) -> d.getBankAccount().setBankName(v));

    private final String field;
    private final boolean required;
    private final BiConsumer<CompanyData, String> setter;

    Column(String field, boolean required, BiConsumer<CompanyData, String> setter) {
      this.field = field;
      this.required = required;
      this.setter = setter;
    }

    /** The name in the header. */
    String header() {
      return name().toLowerCase(Locale.ROOT);
    }

    boolean required() {
      return required;
    }

    /** The column of a "Dati societari" field, as named by the rules that refuse a value. */
    static String ofField(String field) {
      if ("comune".equals(field)) {
        return COMUNE_ISTAT.header();
      }
      return Arrays.stream(values())
          .filter(c -> c.field.equals(field))
          .findFirst()
          .map(Column::header)
          .orElse(field);
    }
  }

  /** A data line: its number in the file (the header is line 1), and its data or its error. */
  record Row(long line, CompanyData data, InvalidFieldException error) {

    Optional<String> missingColumn() {
      var values = data.fields();
      return Arrays.stream(Column.values())
          .filter(c -> c.required() && isBlank(values.get(c.field)))
          .findFirst()
          .map(Column::header);
    }
  }

  private LegacyOperatorFile() {}

  static List<Row> read(byte[] content) {
    var required =
        Arrays.stream(Column.values()).filter(Column::required).map(Column::header).toList();
    return LegacyCsv.read(content, required).stream().map(LegacyOperatorFile::row).toList();
  }

  private static Row row(LegacyCsv.Row row) {
    if (row.error() != null) {
      return new Row(row.line(), null, row.error());
    }
    var data = new CompanyData();
    for (Column column : Column.values()) {
      column.setter.accept(data, row.value(column.header()));
    }
    return new Row(row.line(), data, null);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
