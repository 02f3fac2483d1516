package it.ccse.anagrafica.documents.infrastructure.signature;

import static it.ccse.anagrafica.documents.infrastructure.signature.TestPki.MARIO_ROSSI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.security.cert.X509Certificate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC CD-2: the holder's codice fiscale is read from the certificate subject. */
class SignerIdentityTest {

  private static final TestPki PKI = TestPki.get();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "C=IT, CN=Mario Rossi, SERIALNUMBER=TINIT-RSSMRA85T10A562S",
        "C=IT, CN=Mario Rossi, SERIALNUMBER=tinit-rssmra85t10a562s",
        "C=IT, CN=Mario Rossi, SERIALNUMBER=IT:RSSMRA85T10A562S",
        "C=IT, CN=Mario Rossi, SERIALNUMBER=RSSMRA85T10A562S",
        "C=IT, CN=Mario Rossi+SERIALNUMBER=TINIT-RSSMRA85T10A562S",
        "C=IT, O=Non presente, SURNAME=ROSSI, GIVENNAME=MARIO,"
            + " SERIALNUMBER=TINIT-RSSMRA85T10A562S, CN=ROSSI MARIO, DN=20251234567",
        "C=IT, CN=Mario Rossi, SERIALNUMBER=1234567, DN=TINIT-RSSMRA85T10A562S",
        "C=IT, CN=Mario Rossi, DN=RSSMRA85T10A562S"
      })
  void CD2_codiceFiscaleIsReadFromTheSubject(String subject) {
    assertEquals(Optional.of(MARIO_ROSSI), codiceFiscaleOf(subject));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "C=IT, CN=Mario Rossi",
        "C=IT, CN=Mario Rossi, SERIALNUMBER=1234567890ABCDEF",
        // Shaped like a codice fiscale, but the check character is wrong.
        "C=IT, CN=Mario Rossi, SERIALNUMBER=RSSMRA85T10A562X",
        "C=IT, CN=TINIT-RSSMRA85T10A562S"
      })
  void CD2_subjectWithoutCodiceFiscaleHasNone(String subject) {
    assertEquals(Optional.empty(), codiceFiscaleOf(subject));
  }

  @Test
  void CD2_subjectIsShownWithAttributeNames() {
    X509Certificate certificate = PKI.marioRossi.certificate();

    assertEquals(
        "C=IT,CN=Mario Rossi,SERIALNUMBER=TINIT-" + MARIO_ROSSI,
        SignerIdentity.of(certificate).subject());
    // Why the JDK's own rendering is not used: it prints serialNumber as an OID and hex.
    assertFalse(certificate.getSubjectX500Principal().getName().contains("TINIT"));
  }

  private static Optional<String> codiceFiscaleOf(String subject) {
    return SignerIdentity.of(PKI.person(subject).certificate()).codiceFiscale();
  }
}
