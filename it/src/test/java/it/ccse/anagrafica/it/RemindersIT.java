package it.ccse.anagrafica.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.company.application.Registration;
import it.ccse.anagrafica.company.application.RegistrationService;
import it.ccse.anagrafica.notifications.application.OutboxEntry;
import it.ccse.anagrafica.notifications.application.OutboxService;
import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import it.ccse.anagrafica.shared.domain.Email;
import it.ccse.anagrafica.shared.domain.PartitaIva;
import it.ccse.anagrafica.shared.domain.Pec;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * BA-4 on Payara with PostgreSQL: the {@code reminders} job queues each due reminder once, in
 * Italian and English, stays silent within the period and sends it again after it. Conditions older
 * than the default 7 days are made by moving their dates back with JDBC.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(RemindersIT.class, CompanyCodes.class);
  }

  @Inject private RegistrationService registration;
  @EJB private OutboxService outbox;

  @Resource(lookup = "java:app/jdbc/anagrafica")
  private DataSource dataSource;

  @Test
  void ba4RemindersAreNotSentTwice() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String rejected = "respinta-" + tag + "@example.org";
    String misaligned = "disallineata-" + tag + "@example.org";
    String recent = "recente-" + tag + "@example.org";
    long rejectedCompany = activatedOperator("Respinta " + tag + " S.r.l.", rejected);
    long misalignedCompany = activatedOperator("Disallineata " + tag + " S.r.l.", misaligned);
    long recentCompany = activatedOperator("Recente " + tag + " S.r.l.", recent);
    execute(
        "INSERT INTO company_data_submission (id, version, company_id, signed_at, reviewed_at,"
            + " reviewed_by, approved, rejection_reason, created_at, updated_at) VALUES"
            + " (nextval('company_data_submission_seq'), 1, ?, ?, ?, 'backoffice', FALSE, ?, ?,"
            + " ?)",
        rejectedCompany,
        daysAgo(12),
        daysAgo(10),
        "Manca la PEC " + tag,
        daysAgo(12),
        daysAgo(10));
    openMisalignment(misalignedCompany, 10);
    openMisalignment(recentCompany, 1);

    String first = runReminders();

    assertTrue(
        first.matches(
            "registrazioni non firmate \\d+, dati societari respinti [1-9]\\d*, contatti mancanti"
                + " \\d+, dichiarazioni in sospeso \\d+, disallineamenti aperti [1-9]\\d*,"
                + " contributi annuali non richiesti \\d+, pratiche in attesa di pagamento \\d+"),
        first);
    var rejection = reminders(rejected);
    assertEquals(1, rejection.size(), "one reminder to " + rejected);
    assertEquals(
        "Anagrafica Operatori: promemoria, dati societari respinti da correggere / Anagrafica"
            + " Operatori: reminder, rejected company data to correct",
        rejection.get(0).subject());
    String body = rejection.get(0).body();
    int english = body.indexOf("---- English version ----");
    assertTrue(english > 0, body);
    assertTrue(body.indexOf("CCSE ha respinto i dati societari di Respinta " + tag) < english);
    assertTrue(body.indexOf("CCSE rejected the company data of Respinta " + tag) > english);
    assertEquals(2, body.split("Manca la PEC " + tag, -1).length - 1, "reason in both: " + body);
    assertTrue(rejection.get(0).links().get(0).endsWith("/area/dati-societari.xhtml"), body);

    var misalignment = reminders(misaligned);
    assertEquals(1, misalignment.size(), "one reminder to " + misaligned);
    assertTrue(misalignment.get(0).subject().contains("disallineamenti con il Registro Imprese"));
    assertTrue(misalignment.get(0).body().contains("(disallineamenti aperti: 1)"));
    assertTrue(misalignment.get(0).body().contains("(open misalignments: 1)"));
    assertEquals(List.of(), reminders(recent), "open for a day only");

    runReminders();

    assertEquals(1, reminders(rejected).size(), "not sent twice within the period");
    assertEquals(1, reminders(misaligned).size(), "not sent twice within the period");

    execute("UPDATE reminder_sent SET last_sent_at = ? WHERE recipient = ?", daysAgo(8), rejected);
    runReminders();

    assertEquals(2, reminders(rejected).size(), "sent again once the period has elapsed");
    assertEquals(1, reminders(misaligned).size());
    assertEquals(List.of(), reminders(recent));
  }

  /** A registered company whose operator has activated the account; the company's id. */
  private long activatedOperator(String name, String email) throws SQLException {
    String code = CompanyCodes.unique();
    String username =
        registration.register(
            new Registration(
                name,
                CodiceFiscale.of(code),
                PartitaIva.of(code),
                "SRL",
                "Mario",
                "Rossi",
                CodiceFiscale.of("RSSMRA85T10A562S"),
                Email.of(email),
                Pec.of("pec-" + email),
                "011 1234567",
                true));
    execute("UPDATE account SET enabled = TRUE WHERE username = ?", username);
    try (var c = dataSource.getConnection();
        var statement = c.prepareStatement("SELECT company_id FROM account WHERE username = ?")) {
      statement.setString(1, username);
      try (var rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private void openMisalignment(long company, int days) throws SQLException {
    execute(
        "INSERT INTO misalignment (company_id, field, declared_value, register_value, status,"
            + " first_seen, last_seen, version) VALUES (?, 'CIVICO', '1', '3', 'OPEN', ?, ?, 0)",
        company,
        daysAgo(days),
        daysAgo(days));
  }

  /** The reminders queued for this address, whatever their delivery state. */
  private List<OutboxEntry> reminders(String recipient) {
    return outbox.page(0, 500).stream()
        .filter(m -> m.recipient().equals(recipient))
        .filter(m -> m.subject().contains("promemoria"))
        .toList();
  }

  private static Timestamp daysAgo(int days) {
    return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusDays(days));
  }

  private void execute(String sql, Object... parameters) throws SQLException {
    try (var c = dataSource.getConnection();
        var statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  private static String runReminders() throws InterruptedException {
    var execution = await(BatchRuntime.getJobOperator().start("reminders", new Properties()));
    assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
    return execution.getExitStatus();
  }

  private static JobExecution await(long execution) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      var status = BatchRuntime.getJobOperator().getJobExecution(execution);
      if (switch (status.getBatchStatus()) {
        case COMPLETED, FAILED, STOPPED, ABANDONED -> true;
        default -> false;
      }) {
        return status;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Job execution " + execution + " did not end in 2 minutes");
  }
}
