package it.ccse.anagrafica.web.company;

import it.ccse.anagrafica.company.domain.CompanyData;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The steps of the "Dati societari" wizard (tab ids) with the data each asks for, in form order.
 */
public final class WizardSteps {

  private static final Map<String, List<String>> STEPS =
      Map.of(
          "identity", List.of("ragioneSociale", "codiceFiscale", "partitaIva", "legalForm"),
          "office",
              List.of(
                  "street",
                  "streetNumber",
                  "cap",
                  "regionCode",
                  "provinceSigla",
                  "comuneIstatCode"),
          "people",
              List.of(
                  "legalRepName",
                  "legalRepSurname",
                  "legalRepCodiceFiscale",
                  "email",
                  "pec",
                  "phone",
                  "contactName",
                  "contactSurname",
                  CompanyData.CONTACT_PHONE_OR_EMAIL),
          "bank", List.of("iban", "bankName"));

  /** A datum "Genera il modulo" still needs, and the step where it is typed. */
  public record Missing(String field, String step) implements Serializable {}

  private WizardSteps() {}

  /** The missing data, each with its step (issue 14, defect 10). */
  static List<Missing> missing(List<String> fields) {
    return fields.stream().map(field -> new Missing(field, stepOf(field))).toList();
  }

  private static String stepOf(String field) {
    return STEPS.entrySet().stream()
        .filter(step -> step.getValue().contains(field))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }
}
