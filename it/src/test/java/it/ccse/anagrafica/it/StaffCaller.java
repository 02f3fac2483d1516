package it.ccse.anagrafica.it;

import it.ccse.anagrafica.shared.domain.BusinessException;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;

/** In-container tests call staff-only services through this bean, as a back-office user would. */
@Stateless
@RunAs("BACKOFFICE")
public class StaffCaller {

  public <T> T call(Supplier<T> work) {
    return work.get();
  }

  /** The message key of the business exception an EJB call was refused with, wrapped or not. */
  public static String refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof BusinessException business) {
        return business.messageKey();
      }
    }
    return "";
  }
}
