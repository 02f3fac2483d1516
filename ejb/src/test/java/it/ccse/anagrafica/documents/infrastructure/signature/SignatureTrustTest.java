package it.ccse.anagrafica.documents.infrastructure.signature;

import static it.ccse.anagrafica.documents.infrastructure.signature.TestPki.MARIO_ROSSI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import it.ccse.anagrafica.documents.domain.ExpectedDocument;
import it.ccse.anagrafica.documents.domain.SignatureCheck;
import it.ccse.anagrafica.documents.domain.SignatureVerification;
import it.ccse.anagrafica.documents.infrastructure.signature.TestPki.Credentials;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 15, finding 11 (SPEC CD-2, signature trust): the certificate's validity is judged at the
 * claimed signing time bounded by the form's issue and the upload, and the certificate is checked
 * against the revocation list its CA publishes over HTTP, here by a test CA and a real HTTP server.
 */
class SignatureTrustTest {

  private static final byte[] FORM = TestPki.pdf("Società: Acquedotto Esempio S.p.A.");
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final Instant ISSUED_AT = NOW.minus(2, ChronoUnit.HOURS);
  private static final Instant SIGNED_AT = NOW.minus(1, ChronoUnit.HOURS);
  private static final ExpectedDocument EXPECTED =
      new ExpectedDocument("modulo-1", ISSUED_AT, TestPki.sha256(FORM), MARIO_ROSSI, 1 << 20);
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private static HttpServer server;
  private static ExecutorService executor;
  private static final Map<String, byte[]> published = new ConcurrentHashMap<>();
  private static final AtomicInteger requests = new AtomicInteger();
  private static TestCa ca;

  @BeforeAll
  static void startTheCaWebServer() throws IOException {
    executor = Executors.newCachedThreadPool();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", SignatureTrustTest::serve);
    server.setExecutor(executor);
    server.start();
    ca = new TestCa();
  }

  @AfterAll
  static void stopTheCaWebServer() {
    server.stop(0);
    executor.shutdownNow();
  }

  // A published CRL by its path; /slow answers after 3 s; anything else is 404.
  private static void serve(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/slow.crl")) {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] body = published.get(path);
    if (body == null) {
      exchange.sendResponseHeaders(404, -1);
    } else {
      exchange.getResponseHeaders().set("Content-Type", "application/pkix-crl");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  @ParameterizedTest
  @EnumSource(names = {"CHECK", "REQUIRE"})
  void finding11CertificateNotOnTheCrlIsAccepted(RevocationPolicy policy) {
    Credentials signer = ca.person(url("/good.crl"));
    published.put("/good.crl", ca.crl(ca.issuing.key(), List.of(ca.unrelatedSerial())));

    SignatureVerification result =
        verifier(policy).verify(TestPki.cades(FORM, SIGNED_AT, signer), EXPECTED);

    assertEquals(SignatureCheck.VALID, result.outcome());
  }

  @ParameterizedTest
  @EnumSource(names = {"CHECK", "REQUIRE"})
  void finding11RevokedCertificateIsRefused(RevocationPolicy policy) {
    Credentials signer = ca.person(url("/revoked.crl"));
    published.put(
        "/revoked.crl", ca.crl(ca.issuing.key(), List.of(signer.certificate().getSerialNumber())));
    SignatureVerifier verifier = verifier(policy);

    SignatureVerification cades = verifier.verify(TestPki.cades(FORM, SIGNED_AT, signer), EXPECTED);
    SignatureVerification pades = verifier.verify(TestPki.pades(FORM, signer, SIGNED_AT), EXPECTED);

    assertEquals(SignatureCheck.CERTIFICATE_REVOKED, cades.outcome());
    assertEquals("signature.certificateRevoked", cades.messageKey());
    assertEquals(MARIO_ROSSI, cades.signerCodiceFiscale());
    assertEquals(SignatureCheck.CERTIFICATE_REVOKED, pades.outcome());
  }

  @Test
  void finding11UnreachableCrlIsAcceptedWhenCheckedAndRefusedWhenRequired() throws IOException {
    Credentials signer = ca.person(closedPortCrl());
    byte[] signed = TestPki.cades(FORM, SIGNED_AT, signer);

    SignatureVerification checked = verifier(RevocationPolicy.CHECK).verify(signed, EXPECTED);
    SignatureVerification required = verifier(RevocationPolicy.REQUIRE).verify(signed, EXPECTED);

    assertEquals(SignatureCheck.VALID, checked.outcome());
    assertEquals(SignatureCheck.REVOCATION_UNKNOWN, required.outcome());
    assertEquals("signature.revocationUnknown", required.messageKey());
  }

  @Test
  void finding11MissingCrlIsRefusedWhenRequired() {
    Credentials signer = ca.person(url("/never-published.crl"));

    assertEquals(
        SignatureCheck.REVOCATION_UNKNOWN,
        verifier(RevocationPolicy.REQUIRE)
            .verify(TestPki.cades(FORM, SIGNED_AT, signer), EXPECTED)
            .outcome());
  }

  @Test
  void finding11CertificateNamingNoCrlIsAcceptedWhenCheckedAndRefusedWhenRequired() {
    Credentials signer = ca.person(null);
    byte[] signed = TestPki.cades(FORM, SIGNED_AT, signer);

    assertEquals(
        SignatureCheck.VALID, verifier(RevocationPolicy.CHECK).verify(signed, EXPECTED).outcome());
    assertEquals(
        SignatureCheck.REVOCATION_UNKNOWN,
        verifier(RevocationPolicy.REQUIRE).verify(signed, EXPECTED).outcome());
  }

  @Test
  void finding11SlowCrlIsGivenUpAfterTheTimeout() {
    Credentials signer = ca.person(url("/slow.crl"));
    published.put("/slow.crl", ca.crl(ca.issuing.key(), List.of()));
    SignatureVerifier verifier =
        new SignatureVerifier(
            Set.of(ca.root.certificate()),
            RevocationPolicy.REQUIRE,
            Duration.ofMillis(300),
            Clock.systemUTC());
    long start = System.nanoTime();

    SignatureVerification result =
        verifier.verify(TestPki.cades(FORM, SIGNED_AT, signer), EXPECTED);

    assertEquals(SignatureCheck.REVOCATION_UNKNOWN, result.outcome());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0);
  }

  @Test
  void finding11CrlNotSignedByTheIssuingCaIsNotBelieved() {
    Credentials signer = ca.person(url("/forged.crl"));
    // The issuing CA's name, the root's key: whoever wrote it, it is not the issuing CA's list.
    published.put(
        "/forged.crl", ca.crl(ca.root.key(), List.of(signer.certificate().getSerialNumber())));
    byte[] signed = TestPki.cades(FORM, SIGNED_AT, signer);

    assertEquals(
        SignatureCheck.VALID, verifier(RevocationPolicy.CHECK).verify(signed, EXPECTED).outcome());
    assertEquals(
        SignatureCheck.REVOCATION_UNKNOWN,
        verifier(RevocationPolicy.REQUIRE).verify(signed, EXPECTED).outcome());
  }

  @Test
  void finding11CrlPastItsNextUpdateIsNotBelieved() {
    Credentials signer = ca.person(url("/stale.crl"));
    published.put(
        "/stale.crl",
        ca.crl(
            ca.issuing.key(),
            List.of(),
            NOW.minus(8, ChronoUnit.DAYS),
            NOW.minus(1, ChronoUnit.DAYS)));

    assertEquals(
        SignatureCheck.REVOCATION_UNKNOWN,
        verifier(RevocationPolicy.REQUIRE)
            .verify(TestPki.cades(FORM, SIGNED_AT, signer), EXPECTED)
            .outcome());
  }

  @Test
  void finding11CrlIsFetchedOnceUntilItsNextUpdate() {
    Credentials signer = ca.person(url("/reused.crl"));
    published.put("/reused.crl", ca.crl(ca.issuing.key(), List.of()));
    SignatureVerifier verifier = verifier(RevocationPolicy.REQUIRE);
    byte[] signed = TestPki.cades(FORM, SIGNED_AT, signer);
    int before = requests.get();

    assertEquals(SignatureCheck.VALID, verifier.verify(signed, EXPECTED).outcome());
    assertEquals(SignatureCheck.VALID, verifier.verify(signed, EXPECTED).outcome());
    assertEquals(1, requests.get() - before);
  }

  @Test
  void finding11RevocationOffFetchesNothing() {
    Credentials signer = ca.person(url("/off.crl"));
    published.put(
        "/off.crl", ca.crl(ca.issuing.key(), List.of(signer.certificate().getSerialNumber())));
    int before = requests.get();

    SignatureVerification result =
        verifier(RevocationPolicy.OFF).verify(TestPki.cades(FORM, SIGNED_AT, signer), EXPECTED);

    assertEquals(SignatureCheck.VALID, result.outcome());
    assertEquals(0, requests.get() - before);
  }

  @Test
  void finding11BackdatedSigningTimeIsJudgedAtTheIssueTime() {
    // Valid until a year ago: the claimed signing time falls within, the form's issue after it.
    Credentials expired =
        ca.person(null, NOW.minus(3 * 365, ChronoUnit.DAYS), NOW.minus(365, ChronoUnit.DAYS));
    Instant backdated = NOW.minus(400, ChronoUnit.DAYS);
    byte[] signed = TestPki.cades(FORM, backdated, expired);
    ExpectedDocument issuedLongAgo =
        new ExpectedDocument(
            "modulo-1",
            backdated.minus(1, ChronoUnit.DAYS),
            TestPki.sha256(FORM),
            MARIO_ROSSI,
            1 << 20);

    SignatureVerification issuedToday = verifier(RevocationPolicy.CHECK).verify(signed, EXPECTED);
    SignatureVerification issuedBefore =
        verifier(RevocationPolicy.CHECK).verify(signed, issuedLongAgo);

    assertEquals(SignatureCheck.CERTIFICATE_EXPIRED, issuedToday.outcome());
    assertEquals(ISSUED_AT, issuedToday.signingTime());
    assertEquals(SignatureCheck.VALID, issuedBefore.outcome());
    assertEquals(backdated, issuedBefore.signingTime());
  }

  @Test
  void finding11SigningTimeInTheFutureIsJudgedAtTheUpload() {
    // Valid today, expired by the claimed signing time.
    Credentials signer =
        ca.person(null, NOW.minus(30, ChronoUnit.DAYS), NOW.plus(30, ChronoUnit.DAYS));
    Instant claimed = NOW.plus(60, ChronoUnit.DAYS);
    SignatureVerifier verifier =
        new SignatureVerifier(
            Set.of(ca.root.certificate()),
            RevocationPolicy.CHECK,
            TIMEOUT,
            Clock.fixed(NOW, ZoneOffset.UTC));

    SignatureVerification result = verifier.verify(TestPki.cades(FORM, claimed, signer), EXPECTED);

    assertEquals(SignatureCheck.VALID, result.outcome());
    assertEquals(NOW, result.signingTime());
  }

  private static SignatureVerifier verifier(RevocationPolicy policy) {
    return new SignatureVerifier(Set.of(ca.root.certificate()), policy, TIMEOUT, Clock.systemUTC());
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  // A port nothing listens on: connecting is refused.
  private static String closedPortCrl() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/ca.crl";
    }
  }

  /**
   * A trust service provider in small: a root (the trust anchor) and an issuing CA that issues the
   * signers' certificates, naming its CRL, and signs that CRL.
   */
  private static final class TestCa {

    private static final AtomicLong CRL_NUMBERS = new AtomicLong(5000);

    final Credentials root;
    final Credentials issuing;
    private final KeyPair personKeys = TestPki.rsa();

    TestCa() {
      Instant from = NOW.minus(3650, ChronoUnit.DAYS);
      Instant to = NOW.plus(3650, ChronoUnit.DAYS);
      root = TestPki.ca("C=IT, O=Test TSP with CRL, CN=Test CRL Root CA", null, from, to);
      issuing = TestPki.ca("C=IT, O=Test TSP with CRL, CN=Test CRL Qualified CA", root, from, to);
    }

    /** Mario Rossi's certificate, valid from a year ago for three years, naming the CRL if any. */
    Credentials person(String crlUrl) {
      return person(crlUrl, NOW.minus(365, ChronoUnit.DAYS), NOW.plus(3 * 365, ChronoUnit.DAYS));
    }

    Credentials person(String crlUrl, Instant from, Instant to) {
      return TestPki.certificate(
          TestPki.personDn(MARIO_ROSSI, "Mario Rossi"),
          personKeys,
          issuing,
          from,
          to,
          false,
          crlUrl);
    }

    BigInteger unrelatedSerial() {
      return TestPki.serial();
    }

    /** The issuing CA's CRL, current for a day, signed with the given key. */
    byte[] crl(PrivateKey signingKey, List<BigInteger> revoked) {
      return crl(signingKey, revoked, NOW.minus(1, ChronoUnit.HOURS), NOW.plus(1, ChronoUnit.DAYS));
    }

    byte[] crl(PrivateKey signingKey, List<BigInteger> revoked, Instant thisUpdate, Instant next) {
      try {
        X509v2CRLBuilder builder =
            new X509v2CRLBuilder(
                X500Name.getInstance(issuing.certificate().getSubjectX500Principal().getEncoded()),
                Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(next));
        for (BigInteger serial : revoked) {
          builder.addCRLEntry(serial, Date.from(thisUpdate), CRLReason.keyCompromise);
        }
        builder.addExtension(
            Extension.authorityKeyIdentifier,
            false,
            new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuing.certificate()));
        builder.addExtension(
            Extension.cRLNumber,
            false,
            new CRLNumber(BigInteger.valueOf(CRL_NUMBERS.incrementAndGet())));
        return builder
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(signingKey))
            .getEncoded();
      } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
