package it.ccse.anagrafica.documents.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.ccse.anagrafica.documents.domain.ExpectedDocument;
import it.ccse.anagrafica.documents.domain.SignatureCheck;
import it.ccse.anagrafica.documents.domain.SignatureVerification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.util.Selector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC CD-2, developer kit: a form signed with {@code config/bin/dev-sign.sh} and a certificate of
 * the development CA of {@code config/bin/dev-ca.sh} is accepted by the verifier that trusts that
 * CA. Skipped where openssl or bash is missing, or the scripts are not beside the ejb module.
 */
class DevSigningKitTest {

  private static final String CA_SUBJECT =
      "CN=Anagrafica Operatori DEV CA - NOT FOR PRODUCTION,O=CCSE (sviluppo),C=IT";
  private static final String KEY_USAGE = "2.5.29.15";
  private static final String BASIC_CONSTRAINTS = "2.5.29.19";
  private static final long TIMEOUT_SECONDS = 120;

  private static Path scripts;

  @BeforeAll
  static void requireOpensslAndScripts() {
    assumeTrue(succeeds("openssl", "version"), "openssl is not on the PATH");
    assumeTrue(succeeds("bash", "--version"), "bash is not on the PATH");
    scripts = scriptsDirectory();
    assumeTrue(scripts != null, "config/bin/dev-ca.sh and dev-sign.sh not found beside ejb/");
  }

  static Stream<Arguments> signers() {
    return Stream.of(
        Arguments.of(TestPki.MARIO_ROSSI, "Mario Rossi", "Mario", "Rossi"),
        // An apostrophe, an accented letter and a '/' that openssl -subj would take for a
        // separator if the script did not escape it.
        Arguments.of("DMCNCL80A01H501P", "Niccolò D'Amico", "Niccolò", "D'Amico"),
        Arguments.of("DLCNNA75C45F205T", "Anna De Luca/Bianchi", "Anna", "De Luca/Bianchi"));
  }

  @Test
  void devCaIsCreatedOnceAndKeptOnLaterRuns(@TempDir Path dir) throws Exception {
    Path caDir = dir.resolve("dev-ca");

    Result first = run(dir, "dev-ca.sh", caDir.toString());
    assertEquals(0, first.exit(), first::describe);
    Path caPem = caDir.resolve("ca.pem");
    assertTrue(Files.isSameFile(caPem, Path.of(first.stdout().strip())), first::describe);
    byte[] created = Files.readAllBytes(caPem);
    Result second = run(dir, "dev-ca.sh", caDir.toString());

    assertEquals(0, second.exit(), second::describe);
    assertEquals(first.stdout(), second.stdout());
    assertEquals("", second.stderr(), "quiet on the second run");
    assertArrayEquals(created, Files.readAllBytes(caPem), "the CA must not be regenerated");
    X509Certificate ca = certificate(created);
    boolean[] keyUsage = ca.getKeyUsage();
    assertAll(
        () -> assertEquals(CA_SUBJECT, ca.getSubjectX500Principal().getName(X500Principal.RFC2253)),
        () -> assertEquals(ca.getSubjectX500Principal(), ca.getIssuerX500Principal()),
        () -> assertTrue(ca.getBasicConstraints() >= 0, "CA:true"),
        () -> assertTrue(ca.getCriticalExtensionOIDs().contains(BASIC_CONSTRAINTS)),
        () -> assertTrue(ca.getCriticalExtensionOIDs().contains(KEY_USAGE)),
        () -> assertTrue(keyUsage[5] && keyUsage[6], "keyCertSign, cRLSign"),
        () -> assertEquals(3650, validityDays(ca)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("signers")
  void CD2_formSignedWithTheDevKitIsAccepted(
      String codiceFiscale, String name, String givenName, String surname, @TempDir Path dir)
      throws Exception {
    Path caDir = dir.resolve("dev-ca");
    byte[] form = TestPki.pdf("Legale rappresentante: " + name);
    Path pdf = dir.resolve("modulo.pdf");
    Files.write(pdf, form);

    Result signed = sign(dir, caDir, pdf, codiceFiscale, name);

    assertEquals(0, signed.exit(), signed::describe);
    Path p7m = dir.resolve("modulo.pdf.p7m");
    assertTrue(Files.isSameFile(p7m, Path.of(signed.stdout().strip())), signed::describe);
    byte[] envelope = Files.readAllBytes(p7m);
    X509Certificate ca = certificate(Files.readAllBytes(caDir.resolve("ca.pem")));
    SignatureVerification result =
        new SignatureVerifier(Set.of(ca))
            .verify(
                envelope,
                new ExpectedDocument(
                    "modulo-1", TestPki.now(), TestPki.sha256(form), codiceFiscale, 1 << 20));
    assertEquals(SignatureCheck.VALID, result.outcome(), result::toString);
    assertEquals(codiceFiscale, result.signerCodiceFiscale());
    assertArrayEquals(form, result.signedContent());

    SignerInformation signerInfo = signerInfo(envelope);
    X509Certificate person = signerCertificate(envelope, signerInfo);
    boolean[] keyUsage = person.getKeyUsage();
    assertAll(
        () -> assertEquals("TINIT-" + codiceFiscale, attribute(person, BCStyle.SERIALNUMBER)),
        () -> assertEquals(givenName, attribute(person, BCStyle.GIVENNAME)),
        () -> assertEquals(surname, attribute(person, BCStyle.SURNAME)),
        () -> assertEquals(name, attribute(person, BCStyle.CN)),
        () -> assertEquals("IT", attribute(person, BCStyle.C)),
        () -> assertEquals(ca.getSubjectX500Principal(), person.getIssuerX500Principal()),
        () -> assertEquals(-1, person.getBasicConstraints(), "not a CA"),
        () -> assertTrue(person.getCriticalExtensionOIDs().contains(KEY_USAGE)),
        () -> assertTrue(keyUsage[0] && keyUsage[1], "digitalSignature, nonRepudiation"),
        () -> assertFalse(keyUsage[5], "no keyCertSign"),
        () -> assertEquals(730, validityDays(person)));
    if (opensslHasCades()) {
      // -cades binds the certificate to the signature, as Italian signing tools do.
      assertNotNull(
          signerInfo.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2),
          "signingCertificateV2 (CAdES-BES)");
    }

    // Signing again, as after downloading a new form, reuses the person's certificate.
    Result again = sign(dir, caDir, pdf, codiceFiscale, name);
    assertEquals(0, again.exit(), again::describe);
    byte[] second = Files.readAllBytes(p7m);
    assertEquals(person, signerCertificate(second, signerInfo(second)));
  }

  @Test
  void aMistypedOrLowerCaseCodiceFiscaleIsRefusedBeforeAnythingIsCreated(@TempDir Path dir)
      throws Exception {
    Path caDir = dir.resolve("dev-ca");
    Path pdf = dir.resolve("modulo.pdf");
    Files.write(pdf, TestPki.pdf("Modulo"));

    Result mistyped = sign(dir, caDir, pdf, "RSSMRA85T10A562T", "Mario Rossi");
    Result lowerCase = sign(dir, caDir, pdf, "rssmra85t10a562s", "Mario Rossi");
    Result noSurname = sign(dir, caDir, pdf, TestPki.MARIO_ROSSI, "Mario");
    Result noFile = sign(dir, caDir, dir.resolve("nope.pdf"), TestPki.MARIO_ROSSI, "Mario Rossi");

    assertAll(
        () -> assertNotEquals(0, mistyped.exit(), mistyped::describe),
        () -> assertTrue(mistyped.stderr().contains("should be S"), mistyped::describe),
        () -> assertNotEquals(0, lowerCase.exit(), lowerCase::describe),
        () -> assertTrue(lowerCase.stderr().contains("upper case"), lowerCase::describe),
        () -> assertNotEquals(0, noSurname.exit(), noSurname::describe),
        () -> assertTrue(noSurname.stderr().contains("surname"), noSurname::describe),
        () -> assertNotEquals(0, noFile.exit(), noFile::describe),
        () -> assertTrue(noFile.stderr().contains("no such file"), noFile::describe),
        () -> assertFalse(Files.exists(caDir), "no CA for refused arguments"),
        () -> assertFalse(Files.exists(dir.resolve("modulo.pdf.p7m"))));
  }

  /** Runs dev-sign.sh. */
  private static Result sign(Path dir, Path caDir, Path pdf, String codiceFiscale, String name)
      throws IOException, InterruptedException {
    // The name goes through a UTF-8 file rather than the command line: Java 17 encodes arguments
    // in the platform charset, which under a POSIX locale turns "ò" into "?".
    Path nameFile = Files.createTempFile(dir, "name", ".txt");
    Files.writeString(nameFile, name, StandardCharsets.UTF_8);
    return execute(
        dir,
        "bash",
        "-c",
        "exec bash \"$1\" \"$2\" \"$3\" \"$4\" \"$(cat \"$5\")\"",
        "bash",
        scripts.resolve("dev-sign.sh").toString(),
        caDir.toString(),
        pdf.toString(),
        codiceFiscale,
        nameFile.toString());
  }

  private static Result run(Path dir, String script, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", scripts.resolve(script).toString()));
    command.addAll(List.of(arguments));
    return execute(dir, command.toArray(new String[0]));
  }

  // Output goes to files, not pipes, so that a chatty process cannot block on a full pipe.
  private static Result execute(Path dir, String... command)
      throws IOException, InterruptedException {
    Path stdout = Files.createTempFile(dir, "stdout", ".txt");
    Path stderr = Files.createTempFile(dir, "stderr", ".txt");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Did not finish in " + TIMEOUT_SECONDS + " s: " + List.of(command));
    }
    return new Result(
        process.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private record Result(int exit, String stdout, String stderr) {

    String describe() {
      return "exit " + exit + "\nstdout: " + stdout + "\nstderr: " + stderr;
    }
  }

  // The ejb module's base directory is surefire's working directory; basedir is the fallback.
  private static Path scriptsDirectory() {
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of("..", "config", "bin"));
    String basedir = System.getProperty("basedir");
    if (basedir != null) {
      candidates.add(Path.of(basedir, "..", "config", "bin"));
    }
    return candidates.stream()
        .filter(bin -> Files.isRegularFile(bin.resolve("dev-ca.sh")))
        .filter(bin -> Files.isRegularFile(bin.resolve("dev-sign.sh")))
        .map(bin -> bin.toAbsolutePath().normalize())
        .findFirst()
        .orElse(null);
  }

  private static boolean succeeds(String... command) {
    try {
      Process process =
          new ProcessBuilder(command)
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

  // What dev-sign.sh decides too: OpenSSL 3.0 knows "cms -cades", 1.1.1 does not.
  private static boolean opensslHasCades() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("openssl-help");
    try {
      Result help = execute(dir, "openssl", "cms", "-help");
      return (help.stdout() + help.stderr()).contains("-cades");
    } finally {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }

  private static X509Certificate certificate(byte[] encoded) throws CertificateException {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(encoded));
  }

  private static SignerInformation signerInfo(byte[] envelope) throws Exception {
    Collection<SignerInformation> signers =
        new CMSSignedData(envelope).getSignerInfos().getSigners();
    assertEquals(1, signers.size());
    return signers.iterator().next();
  }

  private static X509Certificate signerCertificate(byte[] envelope, SignerInformation signer)
      throws Exception {
    // SignerId implements the raw Selector type.
    @SuppressWarnings("unchecked")
    Selector<X509CertificateHolder> selector = (Selector<X509CertificateHolder>) signer.getSID();
    Collection<X509CertificateHolder> matches =
        new CMSSignedData(envelope).getCertificates().getMatches(selector);
    assertEquals(1, matches.size());
    return new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
  }

  // Read with BouncyCastle: X500Principal prints GN, SN and serialNumber as OIDs with hex values.
  private static String attribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
    X500Name subject =
        X500Name.getInstance(BCStyle.INSTANCE, certificate.getSubjectX500Principal().getEncoded());
    RDN[] rdns = subject.getRDNs(type);
    assertEquals(1, rdns.length, () -> "one " + BCStyle.INSTANCE.oidToDisplayName(type));
    return ((ASN1String) rdns[0].getFirst().getValue()).getString();
  }

  private static long validityDays(X509Certificate certificate) {
    return Duration.between(
            certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant())
        .toDays();
  }
}
