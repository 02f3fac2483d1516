package it.ccse.anagrafica.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR built by the reactor, as it would be deployed in production. */
final class Deployments {

  private Deployments() {}

  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("it.ear", "target/anagrafica.ear")));
  }

  /** The EAR with the given test classes inside its web module, for in-container tests. */
  static EnterpriseArchive earWith(Class<?>... testClasses) {
    var ear = ear();
    ear.getAsType(WebArchive.class, "web.war").addClasses(testClasses).addClass(TestPdf.class);
    return ear;
  }

  /** Like {@link #earWith}, with {@link StaffCaller} able to call staff-only services. */
  static EnterpriseArchive earWithStaffCaller(Class<?>... testClasses) {
    var ear = earWith(testClasses);
    ear.getAsType(WebArchive.class, "web.war")
        .addClass(StaffCaller.class)
        .addAsWebInfResource("staff-caller-glassfish-web.xml", "glassfish-web.xml");
    return ear;
  }
}
