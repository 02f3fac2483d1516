package it.ccse.anagrafica.company.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.company.domain.CompanyData.Difference;
import it.ccse.anagrafica.file.domain.FileFixture;
import it.ccse.anagrafica.shared.domain.LegalRepresentative;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** AD-1 (issue 14): what CCSE reviews of a round of "Dati societari". */
class CompanyDataReviewTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

  @Test
  void defect11Ad1AFirstValidationShowsEveryDeclaredDatumInFormOrder() {
    var data = CompanyDataFixture.complete();
    // The registration already wrote these into the company: they are not differences.
    var company = new Company("12345670017", "12345670017", "Prova S.r.l.", NOW);
    company.legalForm("SRL");
    company.legalRepresentative(LegalRepresentative.of("Mario", "Rossi", "RSSMRA85T10A562S"));
    company.contacts("legale@example.org", "legale@pec.example.org", "011 1234567");

    List<Difference> review = new CompanyDataSubmission(company, data, NOW).forReview();

    assertEquals(
        List.of(
            "ragioneSociale",
            "codiceFiscale",
            "partitaIva",
            "legalForm",
            "street",
            "streetNumber",
            "cap",
            "regionCode",
            "provinceSigla",
            "comuneIstatCode",
            "legalRepName",
            "legalRepSurname",
            "legalRepCodiceFiscale",
            "email",
            "pec",
            "phone",
            "contactName",
            "contactSurname",
            "contactPhone",
            "contactEmail",
            "iban",
            "bankName"),
        review.stream().map(Difference::field).toList());
    assertEquals(
        new ArrayList<>(data.fields().values()), review.stream().map(Difference::after).toList());
    assertEquals(
        List.of(), review.stream().map(Difference::before).filter(b -> b != null).toList());
  }

  @Test
  void ad1ALaterRoundShowsOnlyWhatChangedWithBeforeAndAfter() {
    var company = Company.importedFromLegacyRegistry(CompanyDataFixture.complete(), NOW);
    var changed = CompanyDataFixture.complete();
    changed.setPec("nuova@pec.example.org");

    var review = new CompanyDataSubmission(company, changed, NOW).forReview();

    assertEquals(
        List.of(new Difference("pec", "legale@pec.example.org", "nuova@pec.example.org")), review);
  }

  @Test
  void defect11Ad1RegionProvinceAndComuneAreNamedOtherValuesStayAsTyped() {
    assertEquals(
        new Difference("regionCode", "Piemonte", "Lombardia"),
        new Difference("regionCode", "01", "03").named(FileFixture.PLACES));
    assertEquals(
        new Difference("provinceSigla", null, "Torino (TO)"),
        new Difference("provinceSigla", null, "TO").named(FileFixture.PLACES));
    assertEquals(
        new Difference("comuneIstatCode", "Torino", "016024"),
        new Difference("comuneIstatCode", "001272", "016024").named(FileFixture.PLACES));
    assertEquals(
        new Difference("cap", "10121", "20121"),
        new Difference("cap", "10121", "20121").named(FileFixture.PLACES));
  }
}
