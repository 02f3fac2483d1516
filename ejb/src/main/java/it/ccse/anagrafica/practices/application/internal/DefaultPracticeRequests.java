package it.ccse.anagrafica.practices.application.internal;

import it.ccse.anagrafica.accounts.application.PinSignatures;
import it.ccse.anagrafica.documents.application.Attachments;
import it.ccse.anagrafica.documents.domain.AttachmentUse;
import it.ccse.anagrafica.practices.application.PracticeRequests;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeDetails;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeReport;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import it.ccse.anagrafica.practices.domain.DocumentKind;
import it.ccse.anagrafica.practices.domain.NewSite;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.practices.domain.PracticeAttachment;
import it.ccse.anagrafica.practices.domain.PracticeGroup;
import it.ccse.anagrafica.practices.domain.PracticeRepository;
import it.ccse.anagrafica.practices.domain.PracticeState;
import it.ccse.anagrafica.practices.domain.PracticeTarget;
import it.ccse.anagrafica.practices.domain.PracticeType;
import it.ccse.anagrafica.practices.domain.ShippingAddress;
import it.ccse.anagrafica.shared.domain.Address;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import it.ccse.anagrafica.shared.domain.Territory;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** "Richieste" (RQ-1..RQ-3): each method loads, asks the practice, stores. */
@Stateless
public class DefaultPracticeRequests implements PracticeRequests {

  @Inject private PracticeAccess access;
  @Inject private PracticeRepository practices;
  @Inject private PracticeViewMapper mapper;
  @Inject private PracticeSubmission submission;
  @Inject private Clock clock;
  @Inject private Territory territory;
  @EJB private Attachments attachments;
  @EJB private PinSignatures pins;

  @Override
  public List<PracticeType> offered(String username, String device, PracticeGroup group) {
    var caller = access.resolve(username, device);
    if (caller.targets().company().isCeased()) {
      return List.of();
    }
    return PracticeType.offered(group, caller.access().scope());
  }

  @Override
  public List<PracticeTarget> targets(String username, String device, PracticeType type) {
    var caller = access.resolve(username, device);
    return type.eligibleTargets(caller.targets(), caller.access().scope());
  }

  @Override
  public PracticeView create(String username, String device, PracticeType type, String target) {
    var caller = access.resolve(username, device);
    var practice =
        Practice.draft(
            type,
            target,
            caller.targets(),
            caller.access().scope(),
            caller.username(),
            LocalDateTime.now(clock));
    practices.store(practice);
    return mapper.view(practice, caller.targets());
  }

  @Override
  public List<PracticeView> drafts(String username, String device) {
    var caller = access.resolve(username, device);
    return practices.drafts(caller.companyId(), caller.username()).stream()
        .map(p -> mapper.view(p, caller.targets()))
        .toList();
  }

  @Override
  public PracticeView find(String username, String device, String practiceId) {
    var caller = access.resolve(username, device);
    return mapper.view(access.practice(caller, practiceId), caller.targets());
  }

  @Override
  public PracticeView save(
      String username, String device, String practiceId, long version, PracticeDetails details) {
    var caller = access.resolve(username, device);
    var practice = access.practice(caller, practiceId, version);
    var type = practice.getType();
    if (type.asksNewSite()) {
      practice.moveTo(new NewSite(details.newName(), checked(details.newAddress())));
    }
    if (type.shipsDevice()) {
      practice.shipTo(
          details.otherShipping()
              ? new ShippingAddress(checked(details.shippingAddress()), details.recipient())
              : null);
    }
    if (type.asksWorkshop()) {
      practice.describeTheft(details.usbLost(), details.workshop());
    }
    return stored(caller, practice);
  }

  @Override
  public PracticeView attach(
      String username,
      String device,
      String practiceId,
      DocumentKind kind,
      String fileName,
      InputStream content) {
    var caller = access.resolve(username, device);
    var practice = access.practice(caller, practiceId, ownVersion(caller, practiceId));
    var stored =
        attachments.store(caller.companyId(), AttachmentUse.PRACTICE, fileName, content, username);
    practice.attach(
        new PracticeAttachment(kind, stored.publicId(), stored.fileName(), stored.sha256()));
    return stored(caller, practice);
  }

  @Override
  public PracticeView detach(
      String username, String device, String practiceId, String attachmentId) {
    var caller = access.resolve(username, device);
    var practice = access.practice(caller, practiceId, ownVersion(caller, practiceId));
    practice.detach(attachmentId);
    attachments.discard(caller.companyId(), attachmentId);
    return stored(caller, practice);
  }

  @Override
  public void discard(String username, String device, String practiceId) {
    var caller = access.resolve(username, device);
    var practice = access.practice(caller, practiceId, ownVersion(caller, practiceId));
    if (practice.getState() != PracticeState.DRAFT) {
      throw new NotFoundException(PracticeAccess.UNKNOWN);
    }
    practice
        .getAttachments()
        .forEach(a -> attachments.discard(caller.companyId(), a.attachmentPublicId()));
    practices.remove(practice);
  }

  @Override
  public PracticeView sign(
      String username, String device, String practiceId, long version, char[] pin) {
    var caller = access.resolve(username, device);
    var practice = access.practice(caller, practiceId, version);
    pins.check(username, pin).requireAccepted();
    submission.submit(caller, practice, username, LocalDateTime.now(clock));
    return mapper.view(practice, caller.targets());
  }

  @Override
  public PracticeReport report(String username, String device, String practiceId) {
    var caller = access.resolve(username, device);
    var practice = access.practice(caller, practiceId);
    return practices
        .report(practice)
        .map(r -> new PracticeReport(practice.getNumber().orElseThrow() + ".pdf", r.getPdf()))
        .orElseThrow(() -> new NotFoundException(PracticeAccess.UNKNOWN));
  }

  private Address checked(Address typed) {
    return (typed == null ? Address.none() : typed).checked(territory);
  }

  /** Attachments change a draft the caller has open, whatever version they saw. */
  private long ownVersion(PracticeAccess.Caller caller, String practiceId) {
    return access.practice(caller, practiceId).getVersion();
  }

  private PracticeView stored(PracticeAccess.Caller caller, Practice practice) {
    practices.flush();
    return mapper.view(practice, caller.targets());
  }
}
