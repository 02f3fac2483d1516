package it.ccse.anagrafica.shared.domain.lease;

/**
 * BA-5: what a job's lease is on. Jobs that work on the same data name it in their job XML (the
 * Business Register import and reconciliation both lease {@code business-register}, as both use its
 * staging tables), so each excludes the others; a job that names none leases its own name.
 */
public record LeasedResource(String name) {

  private static final int LONGEST = 80;

  public LeasedResource {
    if (name == null || name.isBlank() || name.length() > LONGEST) {
      throw new IllegalArgumentException(
          "A leased resource is named in 1 to 80 characters: " + name);
    }
  }

  /** The resource named by a job's lease property, else the job's own name. */
  public static LeasedResource of(String property, String job) {
    return new LeasedResource(property == null || property.isBlank() ? job : property.strip());
  }
}
