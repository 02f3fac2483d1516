package it.ccse.anagrafica.notifications.application;

import it.ccse.anagrafica.notifications.domain.ReminderKind;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** BA-4: the reminder e-mails one run queued, per kind. */
public record ReminderReport(Map<ReminderKind, Integer> sent) implements Serializable {

  public ReminderReport {
    sent = Map.copyOf(sent);
  }

  public int sent(ReminderKind kind) {
    return sent.getOrDefault(kind, 0);
  }

  /** The job's exit status, for the console and the history. */
  public String summary() {
    return Arrays.stream(ReminderKind.values())
        .map(kind -> kind.label() + " " + sent(kind))
        .collect(Collectors.joining(", "));
  }
}
