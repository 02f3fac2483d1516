package it.ccse.anagrafica.web.validation;

import it.ccse.anagrafica.company.domain.IdentityChangeStatus;
import it.ccse.anagrafica.sectors.application.CorporateOperationDesk;
import it.ccse.anagrafica.sectors.application.SectorDesk;
import it.ccse.anagrafica.sectors.domain.CorporateOperationState;
import it.ccse.anagrafica.sectors.domain.SectorState;
import it.ccse.anagrafica.validation.application.IdentityChangeDesk;
import it.ccse.anagrafica.validation.application.ValidationQueue;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * AD-1 on the staff's home page: what waits in each of CCSE's validation queues (ADR 0012), with
 * the page that handles it.
 */
@Named
@RequestScoped
public class StaffQueues {

  /** A queue: its page, its label and how many items wait in it. */
  public record Queue(String id, String outcome, String labelKey, long waiting) {}

  @EJB private ValidationQueue companyData;
  @EJB private IdentityChangeDesk identities;
  @EJB private SectorDesk sectors;
  @EJB private CorporateOperationDesk operations;

  private List<Queue> queues;

  public List<Queue> getQueues() {
    if (queues == null) {
      queues =
          List.of(
              new Queue(
                  "companyDataQueue",
                  "/backoffice/validazioni",
                  "review.queue",
                  companyData.countPending(null)),
              new Queue(
                  "identityQueue",
                  "/backoffice/identita",
                  "identityDesk.title",
                  identities.count(IdentityChangeStatus.PENDING)),
              new Queue(
                  "sectorQueue",
                  "/backoffice/settori",
                  "sectorDesk.title",
                  sectors.count(SectorState.SUBMITTED)),
              new Queue(
                  "operationQueue",
                  "/backoffice/operazioni",
                  "operationDesk.title",
                  operations.count(CorporateOperationState.SENT)));
    }
    return queues;
  }
}
