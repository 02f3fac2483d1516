package it.ccse.anagrafica.sectors.application.internal;

import it.ccse.anagrafica.sectors.application.SectorViews.AtoLine;
import it.ccse.anagrafica.sectors.application.SectorViews.ContactView;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorView;
import it.ccse.anagrafica.sectors.application.SectorViews.ServiceView;
import it.ccse.anagrafica.sectors.application.SectorViews.TypeView;
import it.ccse.anagrafica.sectors.domain.ActivitySector;
import it.ccse.anagrafica.sectors.domain.Ato;
import it.ccse.anagrafica.sectors.domain.SectorAto;
import it.ccse.anagrafica.sectors.domain.SectorReferenceRepository;
import it.ccse.anagrafica.sectors.domain.SectorService;
import it.ccse.anagrafica.sectors.domain.SectorType;
import it.ccse.anagrafica.sectors.domain.SelfCertification;
import it.ccse.anagrafica.shared.domain.BankAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A sector as its pages show it, with readable names of its type, services and ATOs. */
@Dependent
class SectorViewMapper {

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
        List.copyOf(sector.missing()),
        sector.isValidatable(),
        sector.servicesFixed(),
        sector.getState().isEditable(),
        sector.getSubmittedAt(),
        sector.getRejectionReason());
  }
}
