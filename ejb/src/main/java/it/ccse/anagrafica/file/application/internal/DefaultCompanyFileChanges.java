package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.fees.domain.CostLine;
import it.ccse.anagrafica.fees.domain.FeeRepository;
import it.ccse.anagrafica.file.application.CompanyFileChanges;
import it.ccse.anagrafica.file.application.FileAccess;
import it.ccse.anagrafica.file.application.FileAccess.Access;
import it.ccse.anagrafica.file.application.FileViews.ChangeSummary;
import it.ccse.anagrafica.file.application.FileViews.FileView;
import it.ccse.anagrafica.file.domain.changes.ChangeSet;
import it.ccse.anagrafica.file.domain.changes.ChangeSetRepository;
import it.ccse.anagrafica.file.domain.changes.Operation;
import it.ccse.anagrafica.file.domain.changes.recipes.ChangeRecipe;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import it.ccse.anagrafica.shared.domain.Territory;
import it.ccse.anagrafica.shared.domain.reference.ReferenceDataRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

@Stateless
public class DefaultCompanyFileChanges implements CompanyFileChanges {

  /** The public ids of the items a change creates: random, as those of the sites (Site). */
  private static final Supplier<String> PUBLIC_IDS = () -> UUID.randomUUID().toString();

  @Inject private FileAccess access;
  @Inject private FileViewMapper mapper;
  @Inject private ChangeSetRepository changeSets;
  @Inject private FeeRepository fees;
  @Inject private Clock clock;
  @Inject private Territory territory;
  @Inject private ReferenceDataRepository reference;
  @EJB private FileRehearsal rehearsal;

  @Override
  public FileView pending(String username, String device) {
    var a = access.resolve(username, device);
    var set = pendingOf(a);
    if (set.isEmpty()) {
      return mapper.view(a.file(), a.scope(), 0);
    }
    int count = set.get().getOperations().size();
    return rehearsal.rehearse(
        a.file().getId(),
        a.scope(),
        set.get().getOperations(),
        (file, lines) -> mapper.view(file, a.scope(), count));
  }

  @Override
  public void change(String username, String device, Operation... operations) {
    add(access.resolve(username, device), device, List.of(operations));
  }

  private void add(Access a, String device, List<Operation> operations) {
    var set =
        pendingOf(a)
            .orElseGet(() -> new ChangeSet(a.file(), a.author(), device, LocalDateTime.now(clock)));
    for (Operation operation : operations) {
      set.add(operation.checked(territory, reference::isKnownBirthplace), ops -> rehearse(a, ops));
    }
    changeSets.store(set);
  }

  @Override
  public void change(String username, String device, ChangeRecipe recipe) {
    var a = access.resolve(username, device);
    var operations =
        pendingOf(a)
            .map(
                set ->
                    rehearsal.rehearse(
                        a.file().getId(),
                        a.scope(),
                        set.getOperations(),
                        (file, lines) -> recipe.operations(file, PUBLIC_IDS)))
            .orElseGet(() -> recipe.operations(a.file(), PUBLIC_IDS));
    add(a, device, operations);
  }

  @Override
  public void undo(String username, String device, int index) {
    var a = access.resolve(username, device);
    var set = pendingOf(a).orElseThrow(() -> new InvalidValueException("changeSet.empty"));
    set.undo(index, ops -> rehearse(a, ops));
    if (set.getOperations().isEmpty()) {
      changeSets.remove(set);
    }
  }

  @Override
  public void discard(String username, String device) {
    var a = access.resolve(username, device);
    pendingOf(a).ifPresent(changeSets::remove);
  }

  @Override
  public ChangeSummary summary(String username, String device) {
    var a = access.resolve(username, device);
    var set = pendingOf(a);
    if (set.isEmpty()) {
      return new ChangeSummary(List.of(), List.of(), BigDecimal.ZERO, List.of(), List.of(), false);
    }
    var costs = CostLine.of(set.get().costs(), fees.prices());
    boolean stale = set.get().isStale(a.file());
    var employeesBefore = a.file().getCompany().employeeThreshold();
    return rehearsal.rehearse(
        a.file().getId(),
        a.scope(),
        set.get().getOperations(),
        (file, lines) ->
            new ChangeSummary(
                lines,
                costs,
                CostLine.total(costs),
                file.problems(),
                set.get().questions(employeesBefore, file),
                stale));
  }

  private Optional<ChangeSet> pendingOf(Access a) {
    return changeSets.pendingOf(a.file(), a.author());
  }

  private void rehearse(Access a, List<Operation> operations) {
    rehearsal.rehearse(a.file().getId(), a.scope(), operations, (file, lines) -> lines);
  }
}
