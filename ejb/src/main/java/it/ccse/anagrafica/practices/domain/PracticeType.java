package it.ccse.anagrafica.practices.domain;

import static it.ccse.anagrafica.practices.domain.DocumentKind.IDENTITY_DOCUMENT;
import static it.ccse.anagrafica.practices.domain.DocumentKind.LOSS_REPORT;
import static it.ccse.anagrafica.practices.domain.DocumentKind.SUPPORTING_DOCUMENT;
import static it.ccse.anagrafica.practices.domain.DocumentKind.THEFT_REPORT;

import it.ccse.anagrafica.fees.domain.PriceCode;
import it.ccse.anagrafica.file.domain.EditScope;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Tipologia della pratica" (RQ-1..RQ-3, RQ-2b): each type knows its menu, what it is filed on, the
 * documents it requires, its price, what it asks besides the target, and what it changes when
 * completed. The labels are in the web bundle under {@link #labelKey()}.
 */
public enum PracticeType {
  UNIT_TRANSFER(
      PracticeGroup.COMPANY,
      TargetKind.LOCAL_UNIT,
      PriceCode.UNIT_TRANSFER,
      Completions::transferUnit,
      Set.of(SUPPORTING_DOCUMENT),
      Asks.NEW_SITE),
  UNIT_CLOSURE(
      PracticeGroup.COMPANY,
      TargetKind.LOCAL_UNIT,
      PriceCode.UNIT_CLOSURE,
      Completions::closeUnit,
      Set.of(SUPPORTING_DOCUMENT)),
  COMPANY_CESSATION(
      PracticeGroup.COMPANY,
      TargetKind.COMPANY,
      PriceCode.COMPANY_CESSATION,
      Completions::ceaseCompany,
      Set.of(SUPPORTING_DOCUMENT),
      Asks.LEGAL_REPRESENTATIVE),
  DEVICE_DUPLICATE(
      PracticeGroup.USB_DEVICE,
      TargetKind.DEVICE,
      PriceCode.DEVICE_DUPLICATE,
      Completions::duplicateDevice,
      Set.of(),
      Asks.SHIPPING),
  DEVICE_REPLACEMENT_THEFT(
      PracticeGroup.USB_DEVICE,
      TargetKind.DEVICE,
      PriceCode.DEVICE_REPLACEMENT_THEFT,
      Completions::replaceDevice,
      Set.of(IDENTITY_DOCUMENT, THEFT_REPORT),
      Asks.SHIPPING),
  DEVICE_REPLACEMENT_DAMAGE(
      PracticeGroup.USB_DEVICE,
      TargetKind.DEVICE,
      PriceCode.DEVICE_REPLACEMENT_DAMAGE,
      Completions::replaceDevice,
      Set.of(),
      Asks.SHIPPING),
  DEVICE_REPLACEMENT_LOSS(
      PracticeGroup.USB_DEVICE,
      TargetKind.DEVICE,
      PriceCode.DEVICE_REPLACEMENT_LOSS,
      Completions::replaceDevice,
      Set.of(IDENTITY_DOCUMENT, LOSS_REPORT),
      Asks.SHIPPING),
  ADDITIONAL_DEVICE(
      PracticeGroup.USB_DEVICE,
      TargetKind.DEVICE,
      PriceCode.ADDITIONAL_DEVICE,
      Completions::addDevice,
      Set.of(),
      Asks.SHIPPING),
  BLACK_BOX_THEFT(
      PracticeGroup.BLACK_BOX,
      TargetKind.VEHICLE,
      PriceCode.BLACK_BOX_THEFT,
      Completions::reportBlackBoxTheft,
      Set.of(IDENTITY_DOCUMENT, THEFT_REPORT),
      Asks.WORKSHOP),
  NEW_DEVICE(
      PracticeGroup.CHANGE_SET,
      TargetKind.REQUESTED_DEVICE,
      PriceCode.NEW_DEVICE,
      Completions::shipRequestedDevice,
      Set.of(),
      Asks.SHIPPING),
  /** PY-1 "Rinnovo annuale": its amount is the VW-6 contribution of the year, not a price. */
  ANNUAL_RENEWAL(
      PracticeGroup.CONTRIBUTION, TargetKind.YEAR, null, Completions::settleRenewal, Set.of());

  /** What a type asks or needs besides its target and documents. */
  enum Asks {
    /** New name and address of the unit (transfer). */
    NEW_SITE,
    /** A device is shipped: an alternative address may be given; it completes by shipping. */
    SHIPPING,
    /** The authorised workshop and "Dispositivo USB perso" (black box). */
    WORKSHOP,
    /** Only the legal representative files it. */
    LEGAL_REPRESENTATIVE
  }

  private final PracticeGroup group;
  private final TargetKind target;
  private final PriceCode price;
  private final Completion completion;
  private final Set<DocumentKind> documents;
  private final Set<Asks> asks;

  PracticeType(
      PracticeGroup group,
      TargetKind target,
      PriceCode price,
      Completion completion,
      Set<DocumentKind> documents,
      Asks... asks) {
    this.group = group;
    this.target = target;
    this.price = price;
    this.completion = completion;
    this.documents = Collections.unmodifiableSet(copy(documents));
    this.asks = Set.of(asks);
  }

  private static Set<DocumentKind> copy(Set<DocumentKind> documents) {
    return documents.isEmpty() ? EnumSet.noneOf(DocumentKind.class) : EnumSet.copyOf(documents);
  }

  /** The types of a menu the caller may file (COMPANY_CESSATION: legal representative only). */
  public static List<PracticeType> offered(PracticeGroup group, EditScope scope) {
    return EnumSet.allOf(PracticeType.class).stream()
        .filter(t -> t.group == group && t.group.isOffered())
        .filter(t -> !t.legalRepresentativeOnly() || scope.allowsCompanyLevel())
        .toList();
  }

  /** The targets the caller may file this type on; none for a type no menu offers. */
  public List<PracticeTarget> eligibleTargets(Targets targets, EditScope scope) {
    if (!offered(group, scope).contains(this)) {
      return List.of();
    }
    return target.eligible(targets, scope);
  }

  /** Derived, never stored: every offered type while presented; none from a signed change. */
  public boolean cancellable(PracticeState state) {
    return group.isOffered() && state == PracticeState.SUBMITTED;
  }

  /** The side effect of the completed practice on its targets (AD-2). */
  void complete(Practice practice, Targets targets, LocalDateTime at) {
    completion.apply(practice, targets, at);
  }

  public boolean shipsDevice() {
    return asks.contains(Asks.SHIPPING);
  }

  public boolean asksNewSite() {
    return asks.contains(Asks.NEW_SITE);
  }

  public boolean asksWorkshop() {
    return asks.contains(Asks.WORKSHOP);
  }

  public boolean legalRepresentativeOnly() {
    return asks.contains(Asks.LEGAL_REPRESENTATIVE);
  }

  /** The documents to attach, in a stable order (RQ-1..RQ-3). */
  public Set<DocumentKind> requiredDocuments() {
    return documents;
  }

  public PracticeGroup group() {
    return group;
  }

  public TargetKind targetKind() {
    return target;
  }

  /** The price list's line; empty for the annual renewal, priced by the fee tables. */
  public Optional<PriceCode> priceCode() {
    return Optional.ofNullable(price);
  }

  /** The label of the web bundle, e.g. {@code practice.type.UNIT_TRANSFER}. */
  public String labelKey() {
    return "practice.type." + name();
  }
}
