package it.ccse.anagrafica.practices.application.internal;

import it.ccse.anagrafica.company.domain.CompanyRepository;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.practices.application.PracticeDesk;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeFilter;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeRow;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import it.ccse.anagrafica.practices.domain.Practice;
import it.ccse.anagrafica.practices.domain.PracticeRepository;
import it.ccse.anagrafica.practices.domain.Targets;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The back office's practices (AD-2): each change loads the practice as the staff member saw it
 * (version), asks it, and tells the company; two staff acting on one practice: the second is
 * refused with "practice.stateChanged".
 */
@Stateless
@RolesAllowed({"BACKOFFICE", "ADMIN"})
public class DefaultPracticeDesk implements PracticeDesk {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private PracticeRepository practices;
  @Inject private CompanyRepository companies;
  @Inject private PracticeAccess access;
  @Inject private PracticeViewMapper mapper;
  @Inject private PracticeOutcomes outcomes;
  @Inject private Clock clock;

  @Override
  public List<PracticeRow> page(PracticeFilter filter, int first, int size) {
    Map<Long, Targets> targets = new HashMap<>();
    return practices.submitted(null, filter.type(), filter.state(), first, size).stream()
        .map(p -> mapper.row(p, targets.computeIfAbsent(p.getCompanyId(), this::targetsOf)))
        .toList();
  }

  @Override
  public long count(PracticeFilter filter) {
    return practices.countSubmitted(null, filter.type(), filter.state());
  }

  @Override
  public PracticeView find(String practiceId) {
    var practice = get(practiceId);
    return mapper.view(practice, targetsOf(practice.getCompanyId()));
  }

  @Override
  public PracticeView take(String staff, String practiceId, long version) {
    var practice = get(practiceId, version);
    practice.take(staff);
    return told(staff, practice, MailTemplate.PRACTICE_TAKEN);
  }

  @Override
  public PracticeView complete(String staff, String practiceId, long version) {
    var practice = get(practiceId, version);
    practice.complete(targetsOf(practice.getCompanyId()), LocalDateTime.now(clock));
    return told(staff, practice, MailTemplate.PRACTICE_COMPLETED);
  }

  @Override
  public PracticeView reject(String staff, String practiceId, long version, String reason) {
    var practice = get(practiceId, version);
    practice.reject(reason, LocalDateTime.now(clock));
    return told(staff, practice, MailTemplate.PRACTICE_REJECTED);
  }

  @Override
  public PracticeView ship(String staff, String practiceId, long version, String serial) {
    var practice = get(practiceId, version);
    practice.ship(
        serial == null || serial.isBlank() ? generatedSerial() : serial,
        mapper.covered(practice),
        targetsOf(practice.getCompanyId()),
        LocalDateTime.now(clock));
    return told(staff, practice, MailTemplate.PRACTICE_SHIPPED);
  }

  private PracticeView told(String staff, Practice practice, MailTemplate template) {
    practices.flush();
    var targets = targetsOf(practice.getCompanyId());
    outcomes.tell(staff, practice, targets, template);
    return mapper.view(practice, targets);
  }

  /** "USB-" and eight digits, as the demo's serials read. */
  private static String generatedSerial() {
    return String.format("USB-%08d", RANDOM.nextInt(100_000_000));
  }

  private Targets targetsOf(Long companyId) {
    return access.targetsOf(companies.get(companyId));
  }

  private Practice get(String practiceId) {
    return practices
        .find(practiceId)
        .orElseThrow(() -> new NotFoundException(PracticeAccess.UNKNOWN));
  }

  /** Locked: a second staff member waits, then is refused as the version moved on. */
  private Practice get(String practiceId, long version) {
    var practice =
        practices
            .findForUpdate(practiceId)
            .orElseThrow(() -> new NotFoundException(PracticeAccess.UNKNOWN));
    PracticeAccess.requireVersion(practice, version);
    return practice;
  }
}
