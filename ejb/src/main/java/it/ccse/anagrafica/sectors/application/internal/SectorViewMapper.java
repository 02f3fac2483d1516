package it.ccse.anagrafica.sectors.application.internal;

import it.ccse.anagrafica.sectors.application.SectorViews.AtoLine;
import it.ccse.anagrafica.sectors.application.SectorViews.ContactView;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorView;
import it.ccse.anagrafica.sectors.application.SectorViews.ServiceView;
import it.ccse.anagrafica.sectors.application.SectorViews.TypeView;
import it.ccse.anagrafica.sectors.domain.ActivitySector;
import it.ccse.anagrafica.sectors.domain.Ato;
import it.ccse.anagrafica.sectors.domain.SectorAto;
import it.ccse.anagrafica.sectors.domain.SectorField;
import it.ccse.anagrafica.sectors.domain.SectorReferenceRepository;
import it.ccse.anagrafica.sectors.domain.SectorService;
import it.ccse.anagrafica.sectors.domain.SectorState;
import it.ccse.anagrafica.sectors.domain.SectorType;
import it.ccse.anagrafica.sectors.domain.SelfCertification;
import it.ccse.anagrafica.shared.domain.BankAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A sector as its pages show it, with readable names of its type, services and ATOs. */
@Dependent
class SectorViewMapper {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Inject private SectorReferenceRepository references;

  TypeView type(SectorType type) {
    return new TypeView(
        type.getCode(),
        type.getLabel(),
        type.isWater(),
        type.getServices().stream().map(SectorViewMapper::service).toList());
  }

  private static ServiceView service(SectorService service) {
    return new ServiceView(service.code(), service.label());
  }

  SectorView view(ActivitySector sector, BankAccount companyBank) {
    var type = sector.type();
    Map<String, Ato> atos =
        references
            .atos(sector.getAtos().stream().map(SectorAto::atoCode).distinct().toList())
            .stream()
            .collect(Collectors.toMap(Ato::getCode, Function.identity()));
    Function<String, String> serviceLabel =
        code -> type.flatMap(t -> t.service(code)).map(SectorService::label).orElse(code);
    var bank = sector.bank(companyBank);
    var certification = sector.selfCertification();
    return new SectorView(
        sector.getPublicId(),
        sector.getVersion(),
        sector.getState(),
        sector.getStartDate(),
        sector.getLegalNature(),
        type.map(SectorType::getCode).orElse(null),
        type.map(SectorType::getLabel).orElse(null),
        type.map(SectorType::isWater).orElse(false),
        sector.getServices().stream()
            .map(code -> new ServiceView(code, serviceLabel.apply(code)))
            .toList(),
        sector.getAtos().stream()
            .map(
                a -> {
                  var ato = atos.get(a.atoCode());
                  return new AtoLine(
                      a.serviceCode(),
                      serviceLabel.apply(a.serviceCode()),
                      a.atoCode(),
                      ato == null ? a.atoCode() : ato.getName(),
                      ato == null ? null : ato.getRegionCode());
                })
            .toList(),
        bank.getIban(),
        bank.getBankName(),
        sector.hasOwnBank(),
        sector.getNote(),
        certification.map(SelfCertification::attachmentPublicId).orElse(null),
        certification.map(SelfCertification::fileName).orElse(null),
        sector.getContacts().stream()
            .map(
                c -> new ContactView(c.id(), c.name(), c.surname(), c.role(), c.phone(), c.email()))
            .toList(),
        // ON-7: a sector imported validated has no self-certification and maybe no contact yet;
        // nothing is "missing" from a validated sector.
        sector.getState() == SectorState.VALIDATED ? List.of() : List.copyOf(sector.missing()),
        sector.isValidatable(),
        sector.servicesFixed(),
        sector.getState().isEditable(),
        sector.getSubmittedAt(),
        sector.getRejectionReason());
  }

  /**
   * AD-1: the sector as readable text per field, what CCSE compares with the last validated
   * version; empty values are left out, and so is the company's account (BK-1: a sector paid on it
   * has no bank of its own).
   */
  static Map<SectorField, String> summary(SectorView sector) {
    var text = new EnumMap<SectorField, String>(SectorField.class);
    put(
        text,
        SectorField.START_DATE,
        sector.startDate() == null ? null : DAY.format(sector.startDate()));
    put(
        text,
        SectorField.LEGAL_NATURE,
        sector.legalNature() == null ? null : sector.legalNature().labelKey());
    put(text, SectorField.TYPE, sector.typeLabel());
    put(
        text,
        SectorField.SERVICES,
        sector.services().stream().map(ServiceView::label).collect(Collectors.joining(", ")));
    put(
        text,
        SectorField.ATOS,
        sector.atos().stream()
            .map(a -> a.serviceLabel() + ": " + a.atoName())
            .collect(Collectors.joining("\n")));
    // Only the sector's own account: the company's may change in "Dati societari" meanwhile.
    put(
        text,
        SectorField.BANK,
        sector.ownBank() ? sector.iban() + " – " + sector.bankName() : null);
    put(text, SectorField.NOTE, sector.note());
    put(text, SectorField.SELF_CERTIFICATION, sector.selfCertificationName());
    put(
        text,
        SectorField.CONTACTS,
        sector.contacts().stream()
            .map(SectorViewMapper::contact)
            .collect(Collectors.joining("\n")));
    return text;
  }

  /** The summary of a sector no page shows yet, as an import leaves it. */
  Map<SectorField, String> summary(ActivitySector sector) {
    return summary(view(sector, new BankAccount()));
  }

  private static String contact(ContactView c) {
    return Stream.of(c.name() + " " + c.surname(), c.role(), c.phone(), c.email())
        .filter(v -> v != null && !v.isBlank())
        .collect(Collectors.joining(", "));
  }

  private static void put(Map<SectorField, String> text, SectorField field, String value) {
    if (value != null && !value.isBlank()) {
      text.put(field, value);
    }
  }
}
