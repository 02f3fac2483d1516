package it.ccse.anagrafica.reconciliation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.EditScope;
import it.ccse.anagrafica.file.domain.FileFixture;
import it.ccse.anagrafica.file.domain.changes.AlignWithRegister;
import it.ccse.anagrafica.file.domain.changes.CertifyDeclared;
import it.ccse.anagrafica.file.domain.changes.ChangeSet;
import it.ccse.anagrafica.file.domain.changes.Operation;
import it.ccse.anagrafica.file.domain.changes.OperationsConverter;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import it.ccse.anagrafica.shared.domain.Territory;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** BR-1 "ALLINEA" and "AUTOCERTIFICA" as operations of a change set, on a file without database. */
class MisalignmentAnswersTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

  private static final Territory MILANO =
      new Territory() {
        @Override
        public Optional<String> regionOfProvince(String sigla) {
          return Optional.of("03");
        }

        @Override
        public Optional<String> provinceOfComune(String istatCode) {
          return Optional.of("MI");
        }

        @Override
        public SortedSet<String> capsOfComune(String istatCode) {
          return new TreeSet<>();
        }
      };

  @Test
  void br1AlignTakesTheRegisterValueIntoCompanyData() {
    var f = new FileFixture();
    var lines =
        ChangeSet.replay(
            List.of(
                new AlignWithRegister(
                    1, RegisterField.PEC, null, "prova@pec.example.org", null, null),
                new AlignWithRegister(
                    2,
                    RegisterField.RAGIONE_SOCIALE,
                    "Prova S.r.l.",
                    "Prova Due S.r.l.",
                    null,
                    null)),
            f.file,
            EditScope.wholeFile(),
            FileFixture.PLACES);

    assertEquals("prova@pec.example.org", f.company.getPec());
    assertEquals("", lines.get(0).before(), "no PEC declared: an empty value in the summary");
    assertEquals("Prova Due S.r.l.", RegisterField.RAGIONE_SOCIALE.valueIn(f.file.getCompany()));
  }

  @Test
  void br1AlignOnTheOfficeFollowsMd4AndANewComuneBringsItsProvince() {
    var locked = new FileFixture();
    var civico = new AlignWithRegister(1, RegisterField.CIVICO, "1", "3", null, null);
    assertEquals(
        "file.addressLockedByTransport",
        assertThrows(
                InvalidValueException.class,
                () ->
                    ChangeSet.replay(
                        List.of(civico), locked.file, EditScope.wholeFile(), FileFixture.PLACES))
            .messageKey());

    var company = new Company("12345670017", "12345670017", "Libera S.r.l.", NOW);
    var office = company.declareRegisteredOffice("Sede legale");
    office.locate(Address.asRecorded("Via Roma", "1", "10121", "01", "TO", "001272"));
    company.recordLegacyValidation(NOW);
    var free = new CompanyFile(company, "F-2026-000002", "ERP-2", NOW);
    var comune =
        new AlignWithRegister(2, RegisterField.COMUNE, "001272", "015146", null, null)
            .checked(MILANO, code -> true);
    var lines =
        ChangeSet.replay(List.of(civico, comune), free, EditScope.wholeFile(), FileFixture.PLACES);
    assertEquals("3", office.getAddress().streetNumber());
    assertEquals("Torino (001272)", lines.get(1).before(), "named beside the code of the label");
    assertEquals("Milano (015146)", lines.get(1).after());
    assertEquals("015146", office.getAddress().comuneIstatCode());
    assertEquals("MI", office.getAddress().provinceCode());
    assertEquals("03", office.getAddress().regionCode());
  }

  @Test
  void br1CertifyKeepsTheFileAndRefusesAValueChangedEarlierInTheSet() {
    var f = new FileFixture();
    var certify = new CertifyDeclared(1, RegisterField.RAGIONE_SOCIALE, "PROVA s.r.l. ", "Altro");
    ChangeSet.replay(List.of(certify), f.file, EditScope.wholeFile(), FileFixture.PLACES);
    assertEquals("Prova S.r.l.", f.company.getRagioneSociale());

    var renamed =
        new AlignWithRegister(
            2, RegisterField.RAGIONE_SOCIALE, "Prova S.r.l.", "Prova Due S.r.l.", null, null);
    assertEquals(
        "misalignment.declaredChanged",
        assertThrows(
                InvalidValueException.class,
                () ->
                    ChangeSet.replay(
                        List.of(renamed, certify),
                        new FileFixture().file,
                        EditScope.wholeFile(),
                        FileFixture.PLACES))
            .messageKey());
  }

  @Test
  void br1ADelegateAnswersOnlyForTheOfficeWhenItIsTheirSite() {
    var f = new FileFixture();
    var unitScope = EditScope.siteOf(f.unitDevice);
    var officeScope = EditScope.siteOf(f.officeDevice);
    var pec = new CertifyDeclared(1, RegisterField.PEC, null, "x@pec.example.org");
    var street = new CertifyDeclared(2, RegisterField.INDIRIZZO, "Via Roma", "Via Po");

    assertThrows(
        OutOfScopeException.class,
        () -> ChangeSet.replay(List.of(pec), f.file, officeScope, FileFixture.PLACES));
    assertThrows(
        OutOfScopeException.class,
        () -> ChangeSet.replay(List.of(street), f.file, unitScope, FileFixture.PLACES));
    ChangeSet.replay(List.of(street), f.file, officeScope, FileFixture.PLACES);
    assertTrue(officeScope.permits(RegisterField.INDIRIZZO.siteIn(f.file.getCompany())));
  }

  @Test
  void br1TheLegalRepresentativeIsNotAlignedFromACodiceFiscaleAlone() {
    var f = new FileFixture();
    var align =
        new AlignWithRegister(
            1, RegisterField.LEGALE_RAPPRESENTANTE, null, "RSSMRA85T10A562S", null, null);
    assertEquals(
        "misalignment.notAlignable",
        assertThrows(
                InvalidValueException.class,
                () ->
                    ChangeSet.replay(
                        List.of(align), f.file, EditScope.wholeFile(), FileFixture.PLACES))
            .messageKey());
  }

  @Test
  void br1AnswersSurviveTheJsonOfAPendingSet() {
    List<Operation> answers =
        List.of(
            new AlignWithRegister(1, RegisterField.PEC, null, "a@pec.example.org", null, null),
            new CertifyDeclared(2, RegisterField.CIVICO, "1", "3"));
    var converter = new OperationsConverter();

    assertEquals(
        answers, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(answers)));
  }

  @Test
  void ba2ValuesAreTheSameTrimmedInAnyCase() {
    assertTrue(RegisterField.same(" Via ROMA ", "via roma"));
    assertTrue(RegisterField.same(null, null));
    assertEquals(false, RegisterField.same(null, ""));
  }
}
