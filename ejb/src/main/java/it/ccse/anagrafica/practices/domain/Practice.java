package it.ccse.anagrafica.practices.domain;

import it.ccse.anagrafica.company.domain.Device;
import it.ccse.anagrafica.file.domain.EditScope;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Money;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A request to CCSE (RQ-1..RQ-3, RQ-2b) from draft to outcome (ST-1, AD-2). Its type decides what
 * it is filed on, what it asks and what it changes; the amount due is frozen when it is signed and
 * a device ships only once payments cover it. Cancellability is derived, never stored.
 */
@Entity
@Table(name = "practice")
public class Practice {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_seq")
  @SequenceGenerator(name = "practice_seq", sequenceName = "practice_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(name = "public_id", nullable = false, unique = true)
  private String publicId = UUID.randomUUID().toString();

  /** "Numero pratica", e.g. PR-2026-000123: given when signed. */
  @Column(name = "practice_number", unique = true)
  private String number;

  @Column(name = "company_id", nullable = false)
  private Long companyId;

  @Enumerated(EnumType.STRING)
  @Column(name = "practice_type", nullable = false)
  private PracticeType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PracticeState state = PracticeState.DRAFT;

  /** A site's or device's public id, a vehicle's plate, the company's codice fiscale. */
  @Column(nullable = false)
  private String target;

  @Embedded private NewSite newSite;
  @Embedded private ShippingAddress shipping;

  @Column(name = "usb_lost", nullable = false)
  private boolean usbLost;

  private String workshop;

  /** The device this practice creates (RQ-2) or ships (RQ-2b). */
  @Column(name = "requested_device")
  private String requestedDevice;

  @ElementCollection
  @CollectionTable(name = "practice_attachment", joinColumns = @JoinColumn(name = "practice_id"))
  @OrderColumn(name = "attachment_order")
  private List<PracticeAttachment> attachments = new ArrayList<>();

  @Column(name = "amount_due")
  private BigDecimal amountDue;

  @Embedded private Processing processing;

  protected Practice() {}

  private Practice(PracticeType type, Long companyId, String target, String by, LocalDateTime at) {
    this.type = type;
    this.companyId = companyId;
    this.target = target;
    this.processing = new Processing(by, at);
  }

  /** "Crea Pratica": a draft on a target eligible for the caller (RQ-1..RQ-3). */
  public static Practice draft(
      PracticeType type,
      String target,
      Targets targets,
      EditScope scope,
      String by,
      LocalDateTime at) {
    if (type.eligibleTargets(targets, scope).stream().noneMatch(t -> t.id().equals(target))) {
      throw new InvalidFieldException("target", "practice.targetNotEligible");
    }
    return new Practice(type, targets.company().getId(), target, by, at);
  }

  /** RQ-2b: the practice of a device requested by a change set, presented by its signature. */
  public static Practice ofSignedChange(
      Device requested, String number, Money amountDue, String by, LocalDateTime at) {
    if (!requested.isRequested()) {
      throw new InvalidValueException("practice.targetNotEligible");
    }
    var company = requested.getSite().getCompany().getId();
    var practice = new Practice(PracticeType.NEW_DEVICE, company, requested.getPublicId(), by, at);
    practice.requestedDevice = requested.getPublicId();
    practice.submit(number, amountDue, by, at);
    return practice;
  }

  /**
   * PY-1 CREA PRATICA of "Contributi annuali": the year's renewal, presented at once (signed with
   * the PIN by the caller's service) with the contribution computed today as its amount due.
   */
  public static Practice annualRenewal(
      long companyId, int year, String number, Money contribution, String by, LocalDateTime at) {
    var practice =
        new Practice(PracticeType.ANNUAL_RENEWAL, companyId, String.valueOf(year), by, at);
    practice.submit(number, contribution, by, at);
    return practice;
  }

  /** RQ-1 transfer: the unit's new name and address. */
  public void moveTo(NewSite newSite) {
    requireDraft(type.asksNewSite());
    this.newSite = newSite;
  }

  /** RQ-2 "Specifica un indirizzo di spedizione diverso"; null ships to the device's site. */
  public void shipTo(ShippingAddress shipping) {
    requireDraft(type.shipsDevice());
    this.shipping = shipping;
  }

  /** RQ-3: "Dispositivo USB perso" and the authorised workshop. */
  public void describeTheft(boolean usbLost, String workshop) {
    requireDraft(type.asksWorkshop());
    this.usbLost = usbLost;
    this.workshop =
        InvalidFieldException.naming("workshop", () -> FreeText.COMPANY_NAME.normalised(workshop));
  }

  /** Only the documents the type requires; more than one of a kind may be attached. */
  public void attach(PracticeAttachment attachment) {
    requireDraft(true);
    if (!type.requiredDocuments().contains(attachment.kind())) {
      throw new InvalidValueException("practice.documentNotRequired");
    }
    attachments.add(attachment);
  }

  public void detach(String attachmentPublicId) {
    requireDraft(true);
    if (!attachments.removeIf(a -> a.attachmentPublicId().equals(attachmentPublicId))) {
      throw new NotFoundException("practice.unknownAttachment");
    }
  }

  /** The required kinds with no attachment yet, in the type's order. */
  public Set<DocumentKind> missingDocuments() {
    var missing = EnumSet.noneOf(DocumentKind.class);
    missing.addAll(type.requiredDocuments());
    attachments.forEach(a -> missing.remove(a.kind()));
    return missing;
  }

  /** FIRMA: complete, numbered, and the amount due frozen from today's price list. */
  public void submit(String number, Money amountDue, String by, LocalDateTime at) {
    var next = state.submit();
    if (!missingDocuments().isEmpty()) {
      throw new InvalidValueException("practice.missingDocuments");
    }
    if (type.asksNewSite() && newSite == null) {
      throw new InvalidFieldException("newSiteName", "validation.required");
    }
    if (type.asksWorkshop() && workshop == null) {
      throw new InvalidFieldException("workshop", "validation.required");
    }
    this.number = Objects.requireNonNull(number);
    this.amountDue = amountDue.amount();
    processing.submitted(by, at);
    state = next;
  }

  /** AD-2: CCSE takes it in charge. */
  public void take(String by) {
    state = state.take();
    processing.taken(by);
  }

  /** AD-2 EVASA of a practice that ships nothing: its side effect on the targets. */
  public void complete(Targets targets, LocalDateTime at) {
    if (type.shipsDevice()) {
      throw new InvalidValueException("practice.completedByShipping");
    }
    var next = state.complete();
    type.complete(this, requireOwn(targets), at);
    close(next, at);
  }

  /** AD-2: the device shipped with its serial, only once payments cover the amount due. */
  public void ship(String serial, Money covered, Targets targets, LocalDateTime at) {
    if (!type.shipsDevice()) {
      throw new InvalidValueException("practice.shipsNoDevice");
    }
    var next = state.complete();
    if (!coveredBy(covered)) {
      throw new InvalidValueException("practice.notCovered");
    }
    if (serial == null || serial.isBlank()) {
      throw new InvalidFieldException("serial", "validation.required");
    }
    if (requestedDevice == null) {
      requestedDevice = UUID.randomUUID().toString();
    }
    processing.shipped(serial.strip());
    type.complete(this, requireOwn(targets), at);
    close(next, at);
  }

  /** AD-2 RESPINTA, with the reason the company reads. */
  public void reject(String reason, LocalDateTime at) {
    var next = state.reject();
    processing.rejected(
        InvalidFieldException.naming("reason", () -> FreeText.REJECTION_REASON.normalised(reason)));
    close(next, at);
  }

  /** ST-1 ANNULLA (signed by the caller's service): never for a practice of a signed change. */
  public void cancel(LocalDateTime at) {
    if (!type.group().isOffered()) {
      throw new InvalidValueException("practice.notCancellable");
    }
    close(state.cancel(), at);
  }

  /** ST-1: whether ANNULLA is offered, derived from type and state. */
  public boolean cancellable() {
    return type.cancellable(state);
  }

  /** AD-2 "in attesa di pagamento": open, and payments ({@code covered}) short of the amount. */
  public boolean awaitingPayment(Money covered) {
    return state.isOpen() && !coveredBy(covered);
  }

  /** Whether payments of {@code covered} settle the frozen amount due (none before FIRMA). */
  public boolean coveredBy(Money covered) {
    return amountDue != null && covered.compareTo(Money.of(amountDue)) >= 0;
  }

  private void close(PracticeState next, LocalDateTime at) {
    state = next;
    processing.closed(at);
  }

  private Targets requireOwn(Targets targets) {
    if (!Objects.equals(targets.company().getId(), companyId)) {
      throw new IllegalArgumentException("Targets of another company");
    }
    return targets;
  }

  /** A stale page edits a practice already signed: someone moved it first. */
  private void requireDraft(boolean asked) {
    if (!asked) {
      throw new IllegalStateException(type + " does not ask for this");
    }
    if (state != PracticeState.DRAFT) {
      throw new ConflictException("practice.stateChanged");
    }
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public String getPublicId() {
    return publicId;
  }

  public Optional<String> getNumber() {
    return Optional.ofNullable(number);
  }

  public Long getCompanyId() {
    return companyId;
  }

  public PracticeType getType() {
    return type;
  }

  public PracticeState getState() {
    return state;
  }

  public String getTarget() {
    return target;
  }

  public Optional<NewSite> getNewSite() {
    return Optional.ofNullable(newSite);
  }

  /** Empty: the device ships to its site. */
  public Optional<ShippingAddress> getShipping() {
    return Optional.ofNullable(shipping);
  }

  public boolean isUsbLost() {
    return usbLost;
  }

  public String getWorkshop() {
    return workshop;
  }

  public String getRequestedDevice() {
    return requestedDevice;
  }

  public List<PracticeAttachment> getAttachments() {
    return List.copyOf(attachments);
  }

  /** Frozen at FIRMA; empty for a draft. */
  public Optional<Money> amountDue() {
    return Optional.ofNullable(amountDue).map(Money::of);
  }

  public Processing getProcessing() {
    return processing;
  }
}
