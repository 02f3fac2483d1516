package it.ccse.anagrafica.documents.infrastructure.signature;

import static it.ccse.anagrafica.documents.infrastructure.signature.TestPki.MARIO_ROSSI;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.ccse.anagrafica.documents.domain.ExpectedDocument;
import it.ccse.anagrafica.documents.domain.SignatureCheck;
import it.ccse.anagrafica.documents.domain.SignatureVerification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SPEC CD-2: a .p7m made by the openssl recipe of the README is accepted. Skipped where openssl is
 * not installed.
 */
class OpensslCadesTest {

  private static final TestPki PKI = TestPki.get();

  @BeforeAll
  static void requireOpenssl() {
    assumeTrue(opensslAvailable(), "openssl is not on the PATH");
  }

  @ParameterizedTest(name = "-outform {0} {1}")
  @CsvSource({"DER, ''", "DER, -cades", "PEM, ''"})
  void CD2_cadesMadeByOpensslIsAccepted(String format, String options, @TempDir Path dir)
      throws Exception {
    byte[] form = TestPki.pdf("Società: Acquedotto Esempio S.p.A.");
    Files.write(dir.resolve("form.pdf"), form);
    TestPki.writePem(
        PKI.marioRossi, dir.resolve("cert.pem"), dir.resolve("chain.pem"), dir.resolve("key.pem"));
    // The README recipe, plus -certfile so that the envelope carries the intermediate CA.
    String command =
        "openssl cms -sign -binary -nodetach -outform "
            + format
            + " -md sha256 -in form.pdf -signer cert.pem -inkey key.pem -certfile chain.pem"
            + " -out form.pdf.p7m "
            + options;

    run(command, dir);
    SignatureVerification result =
        new SignatureVerifier(Set.of(PKI.root.certificate()))
            .verify(
                Files.readAllBytes(dir.resolve("form.pdf.p7m")),
                new ExpectedDocument(
                    "form-1", TestPki.now(), TestPki.sha256(form), MARIO_ROSSI, 1 << 20));

    assertEquals(SignatureCheck.VALID, result.outcome());
    assertEquals(MARIO_ROSSI, result.signerCodiceFiscale());
    assertArrayEquals(form, result.signedContent());
  }

  private static void run(String command, Path dir) throws IOException, InterruptedException {
    Path log = dir.resolve("openssl.log");
    Process process =
        new ProcessBuilder(command.strip().split(" "))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("openssl did not finish: " + command);
    }
    assertEquals(0, process.exitValue(), () -> command + "\n" + readQuietly(log));
  }

  private static boolean opensslAvailable() {
    try {
      Process process =
          new ProcessBuilder("openssl", "version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no output)";
    }
  }
}
