package it.ccse.anagrafica.file.domain;

import it.ccse.anagrafica.categories.domain.CategoryDetails;
import it.ccse.anagrafica.categories.domain.CategoryType;
import it.ccse.anagrafica.company.domain.Category;
import it.ccse.anagrafica.company.domain.Company;
import it.ccse.anagrafica.company.domain.Contacts;
import it.ccse.anagrafica.company.domain.Delegate;
import it.ccse.anagrafica.company.domain.Device;
import it.ccse.anagrafica.company.domain.Site;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import it.ccse.anagrafica.shared.domain.Territory;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A validated company file without a database: a registered office with a transport category, a
 * local unit with a production category, a delegate and one device carrying both.
 */
public final class FileFixture {

  /** The fixture's territory as in the ISTAT data: Torino (TO, 01) and Milano (MI, 03). */
  public static final Territory TERRITORY =
      new Territory() {
        @Override
        public Optional<String> regionOfProvince(String sigla) {
          return Optional.ofNullable(Map.of("TO", "01", "MI", "03").get(sigla));
        }

        @Override
        public Optional<String> provinceOfComune(String istatCode) {
          return Optional.ofNullable(Map.of("001272", "TO", "015146", "MI").get(istatCode));
        }

        @Override
        public SortedSet<String> capsOfComune(String istatCode) {
          return switch (istatCode) {
            case "001272" -> caps(10121, 10156);
            case "015146" -> caps(20121, 20162);
            default -> new TreeSet<>();
          };
        }

        private static SortedSet<String> caps(int first, int last) {
          return IntStream.rangeClosed(first, last)
              .mapToObj(String::valueOf)
              .collect(Collectors.toCollection(TreeSet::new));
        }
      };

  /** The names of the fixture's places: Piemonte and Lombardia, Torino and Milano. */
  public static final PlaceNames PLACES =
      new PlaceNames() {
        @Override
        public Optional<String> regionName(String code) {
          return named(Map.of("01", "Piemonte", "03", "Lombardia"), code);
        }

        @Override
        public Optional<String> provinceName(String sigla) {
          return named(Map.of("TO", "Torino (TO)", "MI", "Milano (MI)"), sigla);
        }

        @Override
        public Optional<String> comuneName(String istatCode) {
          return named(Map.of("001272", "Torino", "015146", "Milano"), istatCode);
        }

        // Like the reference data, a null code has no name.
        private static Optional<String> named(Map<String, String> names, String code) {
          return code == null ? Optional.empty() : Optional.ofNullable(names.get(code));
        }
      };

  public final Company company;
  public final CompanyFile file;
  public final Site office;
  public final Site unit;
  public final Category transport;
  public final Category production;
  public final Delegate delegate;
  public final Device officeDevice;
  public final Device unitDevice;

  public FileFixture() {
    LocalDateTime now = LocalDateTime.of(2026, 11, 22, 10, 0);
    company = new Company("12345670017", "12345670017", "Prova S.r.l.", now);
    office = company.declareRegisteredOffice("Sede legale");
    office.locate(Address.asRecorded("Via Roma", "1", "10121", "01", "TO", "001272"));
    company.recordLegacyValidation(now);
    file = new CompanyFile(company, "F-2026-000001", "ERP-1", now);
    transport =
        office.grantTransportCategory(
            "cat-transport", CategoryType.TRANSPORT_THIRD_PARTY, CategoryDetails.none());
    officeDevice = office.installedDevice("dev-office", "USB-0001");
    officeDevice.associate(transport);
    unit = company.addLocalUnit("unit-1", "Stabilimento");
    unit.locate(Address.asRecorded("Via Po", "2", "10124", "01", "TO", "001272"));
    production = unit.addCategory("cat-production", CategoryType.PRODUCTION, details(true, 12));
    delegate = unit.addDelegate("del-1", "Luca", "Verdi", "VRDLCU80A01L219X");
    unitDevice = unit.installedDevice("dev-unit", "USB-0002");
    unitDevice.associate(production);
    unitDevice.associate(delegate, new Contacts("011 1234567", null, "luca@example.org"));
  }

  public static CategoryDetails details(boolean hazardous, int employees) {
    return new CategoryDetails(hazardous, !hazardous, null, employees, null, null, null, null);
  }
}
