package it.ccse.anagrafica.web.payments;

import it.ccse.anagrafica.payments.application.PaymentDesk;
import it.ccse.anagrafica.payments.application.PaymentViews.PaymentView;
import it.ccse.anagrafica.payments.domain.PaymentState;
import it.ccse.anagrafica.web.shared.PagedRows;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * AD-3: the back office's payments by state (those to verify first shown), oldest signature first,
 * paged; a row opens in {@link PaymentDeskPage}.
 */
@Named
@ViewScoped
public class PaymentQueue implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PaymentDesk desk;

  private PaymentState state = PaymentState.SUBMITTED;

  private final LazyDataModel<PaymentView> rows =
      PagedRows.of(
          () -> desk.count(state), (first, size) -> desk.page(state, first, size), PaymentView::id);

  /** The states staff look at: a draft is its author's alone. */
  public List<PaymentState> getStates() {
    return List.of(PaymentState.SUBMITTED, PaymentState.VERIFIED, PaymentState.REJECTED);
  }

  public LazyDataModel<PaymentView> getRows() {
    return rows;
  }

  public PaymentState getState() {
    return state;
  }

  public void setState(PaymentState state) {
    this.state = state == null ? PaymentState.SUBMITTED : state;
  }
}
