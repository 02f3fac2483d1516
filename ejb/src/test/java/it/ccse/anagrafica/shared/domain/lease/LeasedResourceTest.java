package it.ccse.anagrafica.shared.domain.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** BA-5: jobs lease the data they work on, named in their job XML, else their own name. */
class LeasedResourceTest {

  @Test
  void ba5JobsNamingTheSameResourceLeaseTheSameRow() {
    assertEquals(
        LeasedResource.of("business-register", "business-register-import"),
        LeasedResource.of("business-register", "business-register-reconcile"));
    assertEquals("business-register", LeasedResource.of(" business-register ", "x").name());
  }

  @Test
  void ba5AJobNamingNoResourceLeasesItsOwnName() {
    assertEquals("reminders", LeasedResource.of(null, "reminders").name());
    assertEquals("reminders", LeasedResource.of(" ", "reminders").name());
  }

  @Test
  void ba5AResourceNameFitsItsColumn() {
    assertThrows(IllegalArgumentException.class, () -> new LeasedResource("x".repeat(81)));
    assertThrows(IllegalArgumentException.class, () -> LeasedResource.of(null, null));
  }
}
