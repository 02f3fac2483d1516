package it.ccse.anagrafica.notifications.application;

import it.ccse.anagrafica.notifications.domain.ReminderKind;
import it.ccse.anagrafica.notifications.domain.ReminderPeriod;
import it.ccse.anagrafica.shared.infrastructure.persistence.DatabaseSchema;
import it.ccse.anagrafica.shared.infrastructure.persistence.Jdbc;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * BA-4: queues the reminders due of every kind, one e-mail per recipient, and records each in the
 * same transaction as its e-mail: a second run within the period finds it sent and stays silent,
 * and a run that rolls back leaves neither.
 */
@Stateless
public class Reminders {

  @Resource(lookup = DatabaseSchema.DATASOURCE)
  private DataSource dataSource;

  @Inject private Clock clock;
  @EJB private OutboxService outbox;
  @Inject @Any private Instance<ReminderSource> sources;

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
        var source = sourceOf(kind);
        List<Candidate> due =
            Jdbc.rows(c, kind.candidates(source.conditions().get(kind)), Candidate::of).stream()
                .filter(d -> period.isDue(d.since(), Optional.ofNullable(d.lastSent()), now))
                .toList();
        due = confirmed(source, kind, due);
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

  /** The area that owns the kind: each kind has exactly one source. */
  private ReminderSource sourceOf(ReminderKind kind) {
    return sources.stream()
        .filter(s -> s.conditions().containsKey(kind))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No reminder source for " + kind));
  }

  /** Keeps the candidates the source's rules confirm, quoting what they say. */
  private static List<Candidate> confirmed(
      ReminderSource source, ReminderKind kind, List<Candidate> candidates) {
    List<Long> companies = candidates.stream().map(Candidate::companyId).distinct().toList();
    return source
        .confirm(kind, companies)
        .map(
            pending ->
                candidates.stream()
                    .filter(d -> pending.containsKey(d.companyId()))
                    .map(d -> d.quoting(pending.get(d.companyId())))
                    .toList())
        .orElse(candidates);
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
