package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.EditScope;
import it.ccse.anagrafica.file.domain.changes.ChangeLine;
import it.ccse.anagrafica.file.domain.changes.ChangeSet;
import it.ccse.anagrafica.file.domain.changes.Operation;
import it.ccse.anagrafica.shared.domain.PlaceNames;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Runs pending operations on the real file in a transaction that is always rolled back: the rules
 * of the domain decide, and what the file would become can be shown (MD-1, MD-9) without anything
 * being written.
 */
@Stateless
public class FileRehearsal {

  @PersistenceContext(unitName = "anagrafica")
  private EntityManager em;

  @Resource private SessionContext context;
  @Inject private PlaceNames places;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public <T> T rehearse(
      Long fileId,
      EditScope scope,
      List<Operation> operations,
      BiFunction<CompanyFile, List<ChangeLine>, T> outcome) {
    context.setRollbackOnly();
    em.setFlushMode(FlushModeType.COMMIT);
    var file = em.find(CompanyFile.class, fileId);
    return outcome.apply(file, ChangeSet.replay(operations, file, scope, places));
  }
}
