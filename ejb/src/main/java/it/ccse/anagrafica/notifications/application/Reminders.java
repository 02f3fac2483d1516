package it.ccse.anagrafica.notifications.application;

import it.ccse.anagrafica.file.domain.CompanyFile;
import it.ccse.anagrafica.file.domain.CompanyFileRepository;
import it.ccse.anagrafica.notifications.domain.ReminderKind;
import it.ccse.anagrafica.notifications.domain.ReminderPeriod;
import it.ccse.anagrafica.shared.infrastructure.persistence.DatabaseSchema;
import it.ccse.anagrafica.shared.infrastructure.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * BA-4: queues the reminders due of every kind, one e-mail per recipient, and records each in the
 * same transaction as its e-mail: a second run within the period finds it sent and stays silent,
 * and a run that rolls back leaves neither.
 */
@Stateless
public class Reminders {

  /** Company files checked at a time for the declarations. */
  private static final int FILES_PER_QUERY = 100;

  @Resource(lookup = DatabaseSchema.DATASOURCE)
  private DataSource dataSource;

  @Inject private Clock clock;
  @EJB private OutboxService outbox;
  @Inject private CompanyFileRepository files;

  @Inject
  @ConfigProperty(name = "anagrafica.reminders.after-days")
  private int afterDays;

  @Inject
  @ConfigProperty(name = "anagrafica.reminders.period-days")
  private int periodDays;

  @Inject
  @ConfigProperty(name = "anagrafica.public-url")
  private String publicUrl;

  /** A company whose condition holds, for one address; {@code lastSent} null: never sent there. */
  private record Candidate(
      long companyId,
      String ragioneSociale,
      String recipient,
      LocalDateTime since,
      LocalDateTime lastSent,
      String detail) {

    static Candidate of(ResultSet rs) throws SQLException {
      return new Candidate(
          rs.getLong("company_id"),
          rs.getString("ragione_sociale"),
          rs.getString("recipient"),
          rs.getObject("started_at", LocalDateTime.class),
          rs.getObject("last_sent_at", LocalDateTime.class),
          Objects.requireNonNullElse(rs.getString("detail"), ""));
    }

    Candidate quoting(String other) {
      return new Candidate(companyId, ragioneSociale, recipient, since, lastSent, other);
    }
  }

  public ReminderReport send() {
    var now = LocalDateTime.now(clock);
    var period = ReminderPeriod.ofDays(afterDays, periodDays);
    Map<ReminderKind, Integer> sent = new EnumMap<>(ReminderKind.class);
    try (Connection c = dataSource.getConnection()) {
      for (ReminderKind kind : ReminderKind.values()) {
        List<Candidate> due =
            Jdbc.rows(c, kind.candidates(), Candidate::of).stream()
                .filter(d -> period.isDue(d.since(), Optional.ofNullable(d.lastSent()), now))
                .toList();
        if (kind.needsTheFile()) {
          due = withPendingDeclarations(due);
        }
        for (Candidate d : due) {
          outbox.enqueue(
              d.recipient(),
              MailTemplate.reminding(kind),
              Map.of(
                  "ragioneSociale",
                  d.ragioneSociale(),
                  "details",
                  d.detail(),
                  "link",
                  publicUrl + kind.page()));
          remember(c, kind, d, now);
        }
        sent.put(kind, due.size());
      }
      return new ReminderReport(sent);
    } catch (SQLException e) {
      throw new IllegalStateException("Sending the reminders failed", e);
    }
  }

  /** Keeps the companies whose file still asks for a declaration, quoting what it asks. */
  private List<Candidate> withPendingDeclarations(List<Candidate> candidates) {
    List<Long> companies = candidates.stream().map(Candidate::companyId).distinct().toList();
    Map<Long, String> pending = new HashMap<>();
    for (int i = 0; i < companies.size(); i += FILES_PER_QUERY) {
      var page = companies.subList(i, Math.min(i + FILES_PER_QUERY, companies.size()));
      for (CompanyFile file : files.ofCompanies(page)) {
        var notices = file.notices();
        if (!notices.isEmpty()) {
          pending.put(
              file.getCompany().getId(),
              notices.stream().map(n -> "- " + n.line()).collect(Collectors.joining("\n")));
        }
      }
    }
    return candidates.stream()
        .filter(d -> pending.containsKey(d.companyId()))
        .map(d -> d.quoting(pending.get(d.companyId())))
        .toList();
  }

  private static void remember(Connection c, ReminderKind kind, Candidate d, LocalDateTime now)
      throws SQLException {
    var at = Timestamp.valueOf(now);
    if (d.lastSent() == null) {
      Jdbc.update(
          c,
          "INSERT INTO reminder_sent (kind, company_id, recipient, first_sent_at, last_sent_at)"
              + " VALUES (?, ?, ?, ?, ?)",
          kind.name(),
          d.companyId(),
          d.recipient(),
          at,
          at);
    } else {
      Jdbc.update(
          c,
          "UPDATE reminder_sent SET last_sent_at = ? WHERE kind = ? AND company_id = ? AND"
              + " recipient = ?",
          at,
          kind.name(),
          d.companyId(),
          d.recipient());
    }
  }
}
