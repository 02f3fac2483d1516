package it.ccse.anagrafica.practices.domain;

import it.ccse.anagrafica.company.domain.Device;
import it.ccse.anagrafica.shared.domain.InvalidValueException;
import java.time.LocalDateTime;

/**
 * What each practice type changes when CCSE completes it (issue 17's table), only through the
 * company aggregate's methods, which refuse what no longer holds (a unit closed meanwhile, a device
 * revoked meanwhile).
 */
final class Completions {

  private Completions() {}

  /** The unit takes the new name and address. */
  static void transferUnit(Practice p, Targets targets, LocalDateTime at) {
    var newSite = p.getNewSite().orElseThrow();
    targets.site(p.getTarget()).transfer(newSite.name(), newSite.address());
  }

  /** The unit is closed, its devices revoked. */
  static void closeUnit(Practice p, Targets targets, LocalDateTime at) {
    targets.site(p.getTarget()).close(at);
  }

  /** The file is closed: read-only for everyone. */
  static void ceaseCompany(Practice p, Targets targets, LocalDateTime at) {
    targets.company().cease(at);
  }

  /** A new device with the same categories and delegates, shipped. */
  static void duplicateDevice(Practice p, Targets targets, LocalDateTime at) {
    shipLike(p, targets, true);
  }

  /** A new device like the old one, shipped; the old serial revoked. */
  static void replaceDevice(Practice p, Targets targets, LocalDateTime at) {
    shipLike(p, targets, true).revoke(at);
  }

  /** A new device with the same categories and no delegates yet, shipped. */
  static void addDevice(Practice p, Targets targets, LocalDateTime at) {
    shipLike(p, targets, false);
  }

  /** The requested device gets its serial. */
  static void shipRequestedDevice(Practice p, Targets targets, LocalDateTime at) {
    targets.device(p.getTarget()).ship(serial(p));
  }

  /** The black box stolen, the workshop recorded, the vehicle device dropped if lost. */
  static void reportBlackBoxTheft(Practice p, Targets targets, LocalDateTime at) {
    targets.vehicle(p.getTarget()).reportBlackBoxTheft(p.getWorkshop(), p.isUsbLost());
  }

  /** PY-1: a settled annual renewal changes nothing in the file. */
  static void settleRenewal(Practice p, Targets targets, LocalDateTime at) {
    // The contribution is paid: the practice's outcome is the record itself.
  }

  private static String serial(Practice p) {
    return p.getProcessing().shippedSerial().orElseThrow();
  }

  /** Ships the practice's new device, made like the target; answers the target. */
  private static Device shipLike(Practice p, Targets targets, boolean withDelegates) {
    var model = targets.device(p.getTarget());
    if (!model.isActive()) {
      throw new InvalidValueException("practice.targetNotEligible");
    }
    model.getSite().requestDeviceLike(model, p.getRequestedDevice(), withDelegates).ship(serial(p));
    return model;
  }
}
