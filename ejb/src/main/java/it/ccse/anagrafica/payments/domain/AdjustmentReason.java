package it.ccse.anagrafica.payments.domain;

import it.ccse.anagrafica.shared.domain.FreeText;
import it.ccse.anagrafica.shared.domain.InvalidFieldException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One "Motivazione della richiesta" of an adjustment (AJ-2), from the list CCSE maintains (AD-3).
 * Its code is kept by the requests that name it, so a reason is never deleted: deactivated, it is
 * no longer offered, and renamed, it reads the new way on every request.
 */
@Entity
@Table(name = "adjustment_reason")
public class AdjustmentReason {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  @Id private String code;

  @Version private long version;

  @Column(nullable = false)
  private String label;

  @Column(nullable = false)
  private boolean active;

  protected AdjustmentReason() {}

  /**
   * A new reason, offered at once: a code of 2 to 40 capital letters, digits and underscores (typed
   * in any case), and its wording.
   */
  public static AdjustmentReason of(String code, String label) {
    if (code == null || code.isBlank()) {
      throw new InvalidFieldException("code", "validation.required");
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(upper).matches()) {
      throw new InvalidFieldException("code", "adjustment.reason.codeFormat");
    }
    var reason = new AdjustmentReason();
    reason.code = upper;
    reason.rename(label);
    reason.active = true;
    return reason;
  }

  public void rename(String label) {
    this.label =
        InvalidFieldException.naming("label", () -> FreeText.ADJUSTMENT_REASON.normalised(label));
  }

  public void activate() {
    active = true;
  }

  /** No longer offered for a new request; the requests that name it keep it. */
  public void deactivate() {
    active = false;
  }

  public String getCode() {
    return code;
  }

  public long getVersion() {
    return version;
  }

  public String getLabel() {
    return label;
  }

  public boolean isActive() {
    return active;
  }
}
