package it.ccse.anagrafica.notifications.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.notifications.domain.ReminderKind;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** BA-4: every reminder has its own e-mail in Italian then English, and the job a summary. */
class ReminderMailTest {

  private static final Map<String, String> VALUES =
      Map.of(
          "ragioneSociale", "Prova S.r.l.",
          "details", "- TH-1",
          "link", "https://anagrafica.example/area/x.xhtml");

  @Test
  void ba4EachKindHasItsOwnItalianAndEnglishTemplate() {
    Set<MailTemplate> templates =
        Arrays.stream(ReminderKind.values())
            .map(MailTemplate::reminding)
            .collect(Collectors.toSet());
    assertEquals(ReminderKind.values().length, templates.size());

    for (MailTemplate template : templates) {
      String subject = template.subject(VALUES);
      String body = template.body(VALUES);
      assertTrue(subject.contains("promemoria") && subject.contains("reminder"), subject);
      int english = body.indexOf("---- English version ----");
      assertTrue(english > 0, body);
      assertTrue(body.indexOf("Prova S.r.l.") < english, "Italian first: " + body);
      assertTrue(body.lastIndexOf("https://anagrafica.example/area/x.xhtml") > english, body);
      assertFalse(body.contains("{"), "every placeholder filled: " + body);
    }
  }

  @Test
  void ba4TheRejectionReasonAndTheDeclarationsAreQuoted() {
    var values = Map.of("ragioneSociale", "X", "details", "Manca la PEC", "link", "L");
    String body = MailTemplate.reminding(ReminderKind.REJECTED_COMPANY_DATA).body(values);
    assertEquals(2, body.split("Manca la PEC", -1).length - 1, "in both languages");
    assertTrue(
        MailTemplate.reminding(ReminderKind.PENDING_DECLARATIONS).body(VALUES).contains("- TH-1"));
  }

  @Test
  void ba4TheSummaryCountsEveryKind() {
    var report =
        new ReminderReport(
            Map.of(ReminderKind.REJECTED_COMPANY_DATA, 2, ReminderKind.OPEN_MISALIGNMENTS, 1));

    assertEquals(
        "registrazioni non firmate 0, dati societari respinti 2, contatti mancanti 0,"
            + " dichiarazioni in sospeso 0, disallineamenti aperti 1, contributi annuali non"
            + " richiesti 0, pratiche in attesa di pagamento 0",
        report.summary());
  }
}
