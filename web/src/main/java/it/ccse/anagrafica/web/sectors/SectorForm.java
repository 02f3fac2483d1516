package it.ccse.anagrafica.web.sectors;

import it.ccse.anagrafica.sectors.application.SectorViews.AtoChoice;
import it.ccse.anagrafica.sectors.application.SectorViews.AtoLine;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorDetails;
import it.ccse.anagrafica.sectors.application.SectorViews.SectorView;
import it.ccse.anagrafica.sectors.application.SectorViews.ServiceView;
import it.ccse.anagrafica.sectors.domain.LegalNature;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sector's page types before "salva le modifiche" (SE-2..SE-4): the services with their
 * "Lista ATO", sent together (SE-7); IBAN and bank left empty mean the company's (BK-1).
 */
public class SectorForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private LocalDate startDate;
  private LegalNature legalNature;
  private String typeCode;
  private List<String> serviceCodes = new ArrayList<>();
  private final List<AtoLine> atos = new ArrayList<>();
  private String iban;
  private String bankName;
  private String note;

  static SectorForm of(SectorView sector) {
    var form = new SectorForm();
    form.startDate = sector.startDate();
    form.legalNature = sector.legalNature();
    form.typeCode = sector.typeCode();
    form.serviceCodes = new ArrayList<>(sector.services().stream().map(ServiceView::code).toList());
    form.atos.addAll(sector.atos());
    form.iban = sector.ownBank() ? sector.iban() : null;
    form.bankName = sector.ownBank() ? sector.bankName() : null;
    form.note = sector.note();
    return form;
  }

  SectorDetails details() {
    return new SectorDetails(
        startDate,
        legalNature,
        typeCode,
        List.copyOf(serviceCodes),
        atos.stream().map(a -> new AtoChoice(a.serviceCode(), a.atoCode())).toList(),
        note);
  }

  /** Another type or fewer services: the lines of services no longer chosen go. */
  void keepServices(List<String> offered) {
    serviceCodes.retainAll(offered);
    atos.removeIf(a -> !serviceCodes.contains(a.serviceCode()));
  }

  /** "Aggiungi +": false when the line is already in "Lista ATO". */
  boolean add(AtoLine line) {
    boolean listed =
        atos.stream()
            .anyMatch(
                a ->
                    a.serviceCode().equals(line.serviceCode())
                        && a.atoCode().equals(line.atoCode()));
    return !listed && atos.add(line);
  }

  public void removeAto(AtoLine line) {
    atos.remove(line);
  }

  boolean ownBank() {
    return iban != null && !iban.isBlank();
  }

  public List<AtoLine> getAtos() {
    return atos;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(LocalDate startDate) {
    this.startDate = startDate;
  }

  public LegalNature getLegalNature() {
    return legalNature;
  }

  public void setLegalNature(LegalNature legalNature) {
    this.legalNature = legalNature;
  }

  public String getTypeCode() {
    return typeCode;
  }

  public void setTypeCode(String typeCode) {
    this.typeCode = typeCode;
  }

  public List<String> getServiceCodes() {
    return serviceCodes;
  }

  public void setServiceCodes(List<String> serviceCodes) {
    this.serviceCodes = serviceCodes == null ? new ArrayList<>() : new ArrayList<>(serviceCodes);
  }

  public String getIban() {
    return iban;
  }

  public void setIban(String iban) {
    this.iban = iban;
  }

  public String getBankName() {
    return bankName;
  }

  public void setBankName(String bankName) {
    this.bankName = bankName;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
