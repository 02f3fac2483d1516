package it.ccse.anagrafica.it;

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
}
