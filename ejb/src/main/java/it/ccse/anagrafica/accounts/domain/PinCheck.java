package it.ccse.anagrafica.accounts.domain;

import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The outcome of a PIN signature (MD-9): accepted, wrong with attempts left, or locked. */
public record PinCheck(boolean accepted, int attemptsLeft, LocalDateTime lockedUntil) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  static PinCheck ok() {
    return new PinCheck(true, 0, null);
  }

  static PinCheck wrong(int attemptsLeft) {
    return new PinCheck(false, attemptsLeft, null);
  }

  static PinCheck locked(LocalDateTime until) {
    return new PinCheck(false, 0, until);
  }

  /** Throws the message for the PIN field unless the PIN was accepted. */
  public void requireAccepted() {
    if (accepted) {
      return;
    }
    if (lockedUntil != null) {
      throw new InvalidFieldException("pin", "pin.locked", lockedUntil.format(TIME));
    }
    throw new InvalidFieldException("pin", "pin.wrong", attemptsLeft);
  }
}
