package it.ccse.anagrafica.accounts.application.internal;

import it.ccse.anagrafica.accounts.application.PinSignatures;
import it.ccse.anagrafica.accounts.domain.AccountRepository;
import it.ccse.anagrafica.accounts.domain.LockoutPolicy;
import it.ccse.anagrafica.accounts.domain.PinCheck;
import it.ccse.anagrafica.shared.application.AuditTrail;
import it.ccse.anagrafica.shared.domain.OutOfScopeException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
public class DefaultPinSignatures implements PinSignatures {

  @Inject private AccountRepository accounts;
  @Inject private Clock clock;
  @EJB private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "anagrafica.pin.max-failures")
  private int maxFailures;

  @Inject
  @ConfigProperty(name = "anagrafica.pin.lockout-minutes")
  private int lockoutMinutes;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public PinCheck check(String username, char[] pin) {
    var account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new OutOfScopeException("file.noCompany"));
    var check =
        account.signWithPin(
            pin,
            LocalDateTime.now(clock),
            new LockoutPolicy(maxFailures, Duration.ofMinutes(lockoutMinutes)));
    if (!check.accepted()) {
      audit.record(username, "PIN_REFUSED", username, check.lockedUntil() == null ? "" : "locked");
    }
    return check;
  }
}
