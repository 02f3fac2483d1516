package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.file.application.CompanyFileChanges;
import it.ccse.anagrafica.file.application.FileAccess;
import it.ccse.anagrafica.file.application.FileAccess.Access;
import it.ccse.anagrafica.file.application.Misalignments;
import it.ccse.anagrafica.file.domain.changes.AlignWithRegister;
import it.ccse.anagrafica.file.domain.changes.CertifyDeclared;
import it.ccse.anagrafica.file.domain.changes.ChangeSetRepository;
import it.ccse.anagrafica.file.domain.changes.SettlesMisalignment;
import it.ccse.anagrafica.reconciliation.application.MisalignmentView;
import it.ccse.anagrafica.reconciliation.domain.Misalignment;
import it.ccse.anagrafica.reconciliation.domain.MisalignmentRepository;
import it.ccse.anagrafica.shared.domain.ConflictException;
import it.ccse.anagrafica.shared.domain.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
public class DefaultMisalignments implements Misalignments {

  @Inject private FileAccess access;
  @Inject private MisalignmentRepository misalignments;
  @Inject private ChangeSetRepository changeSets;
  @EJB private CompanyFileChanges changes;

  @Override
  public List<MisalignmentView> open(String username, String device) {
    if (!access.isAvailable(username, device)) {
      return List.of();
    }
    var a = access.resolve(username, device);
    Set<Long> pending = pendingAnswers(a);
    return misalignments.open(a.file().getCompany()).stream()
        .map(
            m -> {
              boolean inScope = a.scope().permits(m.getField().siteIn(a.file().getCompany()));
              return MisalignmentView.of(
                  m, inScope && m.getField().isAlignable(), inScope, pending.contains(m.getId()));
            })
        .toList();
  }

  @Override
  public void align(String username, String device, long misalignment) {
    var a = access.resolve(username, device);
    var m = answerable(a, misalignment);
    changes.change(
        username,
        device,
        new AlignWithRegister(
            m.getId(),
            m.getField(),
            m.getField().valueIn(a.file().getCompany()),
            m.getRegisterValue(),
            null,
            null));
  }

  @Override
  public void certify(String username, String device, long misalignment) {
    var a = access.resolve(username, device);
    var m = answerable(a, misalignment);
    changes.change(
        username,
        device,
        new CertifyDeclared(
            m.getId(),
            m.getField(),
            m.getField().valueIn(a.file().getCompany()),
            m.getRegisterValue()));
  }

  /** Open, the caller's company's, and not answered yet in the pending set. */
  private Misalignment answerable(Access a, long id) {
    var m =
        misalignments
            .of(a.file().getCompany(), id)
            .orElseThrow(() -> new NotFoundException("misalignment.unknown"));
    m.requireOpenAsSeen(m.getRegisterValue());
    if (pendingAnswers(a).contains(id)) {
      throw new ConflictException("misalignment.alreadyInSet");
    }
    return m;
  }

  private Set<Long> pendingAnswers(Access a) {
    return changeSets.pendingOf(a.file(), a.author()).stream()
        .flatMap(s -> s.getOperations().stream())
        .filter(SettlesMisalignment.class::isInstance)
        .map(op -> ((SettlesMisalignment) op).misalignment())
        .collect(Collectors.toSet());
  }
}
