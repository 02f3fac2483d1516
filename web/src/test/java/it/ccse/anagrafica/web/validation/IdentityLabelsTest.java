package it.ccse.anagrafica.web.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.ccse.anagrafica.company.domain.IdentityChangeStatus;
import it.ccse.anagrafica.notifications.application.MailTemplate;
import it.ccse.anagrafica.web.shared.PageLabels;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MD-3, AD-1: every label of the identity changes' queue and notices is in both bundles. */
class IdentityLabelsTest {

  private static final List<String> PAGES =
      List.of(
          "backoffice/identita.xhtml",
          "WEB-INF/tags/identity-request.xhtml",
          "index.xhtml",
          "area/fascicolo.xhtml",
          "WEB-INF/templates/layout.xhtml");

  @ParameterizedTest
  @ValueSource(strings = {"it", "en"})
  void everyLabelOfTheIdentityChangesIsInTheBundle(String language) {
    var keys =
        Stream.concat(
                Stream.of(IdentityChangeStatus.values())
                    .flatMap(s -> Stream.of(s.labelKey(), "identityRequest." + s.name())),
                Stream.of(
                        MailTemplate.IDENTITY_CHANGE_APPROVED,
                        MailTemplate.IDENTITY_CHANGE_REJECTED)
                    .map(t -> "notification." + t.name()))
            .toList();
    assertEquals(
        List.of(),
        PageLabels.missing(
            language,
            PAGES,
            Path.of("src/main/java/it/ccse/anagrafica/web/validation"),
            "identityDesk",
            keys));
  }
}
