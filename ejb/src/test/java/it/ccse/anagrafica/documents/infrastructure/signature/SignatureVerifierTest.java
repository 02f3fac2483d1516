package it.ccse.anagrafica.documents.infrastructure.signature;

import static it.ccse.anagrafica.documents.infrastructure.signature.TestPki.LUIGI_BIANCHI;
import static it.ccse.anagrafica.documents.infrastructure.signature.TestPki.MARIO_ROSSI;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ccse.anagrafica.documents.domain.ExpectedDocument;
import it.ccse.anagrafica.documents.domain.SignatureCheck;
import it.ccse.anagrafica.documents.domain.SignatureVerification;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC CD-2: each way a signed registration form can fail has its own outcome. */
class SignatureVerifierTest {

  private static final TestPki PKI = TestPki.get();
  private static final Instant SIGNED_AT = TestPki.now().minus(1, ChronoUnit.HOURS);
  private static final Instant ISSUED_AT = SIGNED_AT.minus(1, ChronoUnit.HOURS);
  private static final byte[] ISSUED = TestPki.pdf("Società: Acquedotto Esempio S.p.A.");
  private static final byte[] OTHER = TestPki.pdf("Società: Altra S.r.l.");
  private static final long MAX_BYTES = 5L * 1024 * 1024;

  private final SignatureVerifier verifier = new SignatureVerifier(Set.of(PKI.root.certificate()));
  private final ExpectedDocument expected =
      new ExpectedDocument("form-1", ISSUED_AT, TestPki.sha256(ISSUED), MARIO_ROSSI, MAX_BYTES);

  @Test
  void CD2_validCadesIsAccepted() {
    SignatureVerification result = verify(TestPki.cades(ISSUED, SIGNED_AT, PKI.marioRossi));

    assertEquals(SignatureCheck.VALID, result.outcome());
    assertEquals(MARIO_ROSSI, result.signerCodiceFiscale());
    assertEquals("C=IT,CN=Mario Rossi,SERIALNUMBER=TINIT-" + MARIO_ROSSI, result.signerSubject());
    assertEquals(SIGNED_AT, result.signingTime());
    assertArrayEquals(ISSUED, result.signedContent());
  }

  @Test
  void CD2_validPadesIsAccepted() {
    byte[] signed = TestPki.pades(ISSUED, PKI.marioRossi, SIGNED_AT);

    SignatureVerification result = verify(signed);

    assertEquals(SignatureCheck.VALID, result.outcome());
    assertEquals(MARIO_ROSSI, result.signerCodiceFiscale());
    assertEquals(SIGNED_AT, result.signingTime());
    assertArrayEquals(signed, result.signedContent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\r\n", "\r", "\n\n"})
  void CD2_padesIsAcceptedWhateverTheLineEndAfterTheIssuedEofMarker(String lineEnd) {
    String eof = "%%EOF\n";
    assertTrue(new String(ISSUED, StandardCharsets.ISO_8859_1).endsWith(eof));
    byte[] issued =
        (new String(ISSUED, 0, ISSUED.length - 1, StandardCharsets.ISO_8859_1) + lineEnd)
            .getBytes(StandardCharsets.ISO_8859_1);
    ExpectedDocument expectedIssued =
        new ExpectedDocument("form-2", ISSUED_AT, TestPki.sha256(issued), MARIO_ROSSI, MAX_BYTES);

    SignatureVerification result =
        verifier.verify(TestPki.pades(issued, PKI.marioRossi, SIGNED_AT), expectedIssued);

    assertEquals(SignatureCheck.VALID, result.outcome());
  }

  @Test
  void CD2_base64CadesIsAccepted() {
    byte[] der = TestPki.cades(ISSUED, SIGNED_AT, PKI.marioRossi);
    byte[] base64 = Base64.getMimeEncoder().encode(der);

    SignatureVerification result = verify(base64);

    assertEquals(SignatureCheck.VALID, result.outcome());
    assertArrayEquals(ISSUED, result.signedContent());
  }

  @Test
  void CD2_pemCadesIsAccepted() {
    String pem =
        "-----BEGIN PKCS7-----\r\n"
            + Base64.getMimeEncoder()
                .encodeToString(TestPki.cades(ISSUED, SIGNED_AT, PKI.marioRossi))
            + "\r\n-----END PKCS7-----\r\n";

    assertEquals(SignatureCheck.VALID, verify(pem.getBytes(StandardCharsets.US_ASCII)).outcome());
  }

  @Test
  void CD2_coSignedCadesIsAcceptedForTheLegalRepresentative() {
    byte[] signed = TestPki.cades(ISSUED, SIGNED_AT, PKI.luigiBianchi, PKI.marioRossi);

    SignatureVerification result = verify(signed);

    assertEquals(SignatureCheck.VALID, result.outcome());
    assertEquals(MARIO_ROSSI, result.signerCodiceFiscale());
  }

  @Test
  void CD2_legalRepresentativeIsComparedIgnoringCase() {
    ExpectedDocument lowerCase =
        new ExpectedDocument(
            "form-1", ISSUED_AT, TestPki.sha256(ISSUED), "rssmra85t10a562s", MAX_BYTES);

    SignatureVerification result =
        verifier.verify(TestPki.cades(ISSUED, SIGNED_AT, PKI.marioRossi), lowerCase);

    assertEquals(SignatureCheck.VALID, result.outcome());
  }

  @Test
  void CD2_tamperedCadesIsRefused() {
    byte[] signed = TestPki.cades(ISSUED, SIGNED_AT, PKI.marioRossi);
    // A byte inside the enveloped PDF: the envelope still parses, the digest no longer matches.
    int at = indexOf(signed, "%PDF-".getBytes(StandardCharsets.US_ASCII), 0) + ISSUED.length / 2;

    assertEquals(SignatureCheck.SIGNATURE_INVALID, verify(TestPki.flipByte(signed, at)).outcome());
  }

  @Test
  void CD2_tamperedPadesIsRefused() {
    byte[] signed = TestPki.pades(ISSUED, PKI.marioRossi, SIGNED_AT);
    // A byte of the page's compressed content stream, in the issued part of the file.
    int stream = indexOf(signed, "stream\n".getBytes(StandardCharsets.US_ASCII), 0);

    assertEquals(
        SignatureCheck.SIGNATURE_INVALID, verify(TestPki.flipByte(signed, stream + 20)).outcome());
  }

  @Test
  void CD2_cadesOfAnotherDocumentIsRefused() {
    assertEquals(
        SignatureCheck.DIFFERENT_DOCUMENT,
        verify(TestPki.cades(OTHER, SIGNED_AT, PKI.marioRossi)).outcome());
  }

  @Test
  void CD2_padesOfAnotherDocumentIsRefused() {
    assertEquals(
        SignatureCheck.DIFFERENT_DOCUMENT,
        verify(TestPki.pades(OTHER, PKI.marioRossi, SIGNED_AT)).outcome());
  }

  @Test
  void CD2_padesChangedAfterSigningIsRefused() {
    byte[] signed = TestPki.pades(ISSUED, PKI.marioRossi, SIGNED_AT);

    assertEquals(
        SignatureCheck.DIFFERENT_DOCUMENT,
        verify(TestPki.appendText(signed, "Importo: 0 EUR")).outcome());
  }

  @Test
  void CD2_padesOfAnEditedFormIsRefused() {
    byte[] edited = TestPki.appendText(ISSUED, "Importo: 0 EUR");

    assertEquals(
        SignatureCheck.DIFFERENT_DOCUMENT,
        verify(TestPki.pades(edited, PKI.marioRossi, SIGNED_AT)).outcome());
  }

  @Test
  void CD2_padesThatWritesOnThePageWhileSigningIsRefused() {
    byte[] signed =
        TestPki.padesAfterWritingOnThePage(ISSUED, PKI.marioRossi, SIGNED_AT, "Importo: 0 EUR");

    assertEquals(SignatureCheck.DIFFERENT_DOCUMENT, verify(signed).outcome());
  }

  @Test
  void CD2_signerOtherThanTheLegalRepresentativeIsRefused() {
    SignatureVerification result = verify(TestPki.cades(ISSUED, SIGNED_AT, PKI.luigiBianchi));

    assertEquals(SignatureCheck.SIGNER_MISMATCH, result.outcome());
    assertEquals(LUIGI_BIANCHI, result.signerCodiceFiscale());
    assertNull(result.signedContent());
  }

  @Test
  void CD2_padesSignerOtherThanTheLegalRepresentativeIsRefused() {
    SignatureVerification result = verify(TestPki.pades(ISSUED, PKI.luigiBianchi, SIGNED_AT));

    assertEquals(SignatureCheck.SIGNER_MISMATCH, result.outcome());
    assertEquals(LUIGI_BIANCHI, result.signerCodiceFiscale());
  }

  @Test
  void CD2_certificateWithoutCodiceFiscaleIsRefused() {
    SignatureVerification result =
        verify(TestPki.cades(ISSUED, SIGNED_AT, PKI.withoutCodiceFiscale));

    assertEquals(SignatureCheck.SIGNER_UNKNOWN, result.outcome());
    assertEquals("C=IT,CN=Mario Rossi", result.signerSubject());
  }

  @Test
  void CD2_expiredCertificateIsRefused() {
    SignatureVerification result = verify(TestPki.cades(ISSUED, SIGNED_AT, PKI.expired));

    assertEquals(SignatureCheck.CERTIFICATE_EXPIRED, result.outcome());
    assertEquals(MARIO_ROSSI, result.signerCodiceFiscale());
  }

  @Test
  void CD2_padesWithExpiredCertificateIsRefused() {
    assertEquals(
        SignatureCheck.CERTIFICATE_EXPIRED,
        verify(TestPki.pades(ISSUED, PKI.expired, SIGNED_AT)).outcome());
  }

  @Test
  void CD2_certificateExpiredSinceSigningIsAccepted() {
    Instant whileValid =
        PKI.expired.certificate().getNotAfter().toInstant().minus(1, ChronoUnit.DAYS);

    SignatureVerification result =
        verifier.verify(
            TestPki.cades(ISSUED, whileValid, PKI.expired), issuedAt(whileValid.minusSeconds(60)));

    assertEquals(SignatureCheck.VALID, result.outcome());
    assertEquals(whileValid, result.signingTime());
  }

  @Test
  void CD2_signatureBeforeTheCertificateWasIssuedIsRefused() {
    Instant before =
        PKI.marioRossi.certificate().getNotBefore().toInstant().minus(1, ChronoUnit.DAYS);

    assertEquals(
        SignatureCheck.CERTIFICATE_EXPIRED,
        verifier
            .verify(
                TestPki.cades(ISSUED, before, PKI.marioRossi), issuedAt(before.minusSeconds(60)))
            .outcome());
  }

  @Test
  void CD2_signatureWithoutSigningTimeIsJudgedAtVerificationTime() {
    byte[] signed = TestPki.cadesWithoutSigningTime(ISSUED, PKI.marioRossi);
    Instant now = TestPki.now();
    Instant afterExpiry =
        PKI.marioRossi.certificate().getNotAfter().toInstant().plus(1, ChronoUnit.DAYS);
    Set<X509Certificate> anchors = Set.of(PKI.root.certificate());

    SignatureVerification today =
        new SignatureVerifier(anchors, Clock.fixed(now, ZoneOffset.UTC)).verify(signed, expected);
    SignatureVerification later =
        new SignatureVerifier(anchors, Clock.fixed(afterExpiry, ZoneOffset.UTC))
            .verify(signed, expected);

    assertEquals(SignatureCheck.VALID, today.outcome());
    assertEquals(now, today.signingTime());
    assertEquals(SignatureCheck.CERTIFICATE_EXPIRED, later.outcome());
  }

  @Test
  void CD2_untrustedCaIsRefused() {
    SignatureVerification result =
        verify(TestPki.cades(ISSUED, SIGNED_AT, PKI.untrustedMarioRossi));

    assertEquals(SignatureCheck.UNTRUSTED, result.outcome());
    assertEquals(MARIO_ROSSI, result.signerCodiceFiscale());
  }

  @Test
  void CD2_padesWithUntrustedCaIsRefused() {
    assertEquals(
        SignatureCheck.UNTRUSTED,
        verify(TestPki.pades(ISSUED, PKI.untrustedMarioRossi, SIGNED_AT)).outcome());
  }

  @Test
  void CD2_withoutTrustAnchorsNobodyIsTrusted() {
    SignatureVerification result =
        new SignatureVerifier(Set.of())
            .verify(TestPki.cades(ISSUED, SIGNED_AT, PKI.marioRossi), expected);

    assertEquals(SignatureCheck.UNTRUSTED, result.outcome());
  }

  @Test
  void CD2_trustAnchorsComeFromAKeyStore() throws Exception {
    KeyStore trustStore = KeyStore.getInstance("PKCS12");
    trustStore.load(null, null);
    trustStore.setCertificateEntry("test-root", PKI.root.certificate());

    SignatureVerification result =
        new SignatureVerifier(SignatureVerifier.trustAnchorsOf(trustStore))
            .verify(TestPki.pades(ISSUED, PKI.marioRossi, SIGNED_AT), expected);

    assertEquals(SignatureCheck.VALID, result.outcome());
  }

  @Test
  void CD2_signingCertificateAttributeMustNameTheSignersCertificate() {
    // Same key as Mario Rossi's valid certificate, but the signed attribute names the expired one.
    byte[] signed =
        TestPki.cadesNaming(PKI.expired.certificate(), ISSUED, SIGNED_AT, PKI.marioRossi);

    assertEquals(SignatureCheck.SIGNATURE_INVALID, verify(signed).outcome());
  }

  @Test
  void CD2_unsignedPdfIsRefused() {
    assertEquals(SignatureCheck.UNSIGNED, verify(ISSUED).outcome());
  }

  @Test
  void CD2_envelopeWithoutSignersIsRefused() {
    assertEquals(
        SignatureCheck.UNSIGNED,
        verify(TestPki.cmsWithoutSigners(ISSUED, PKI.marioRossi)).outcome());
  }

  @Test
  void CD2_detachedSignatureIsRefused() {
    byte[] detached = TestPki.cadesDetached(ISSUED, SIGNED_AT, PKI.marioRossi);

    assertEquals(SignatureCheck.WRONG_FILE_TYPE, verify(detached).outcome());
  }

  @Test
  void CD2_garbageIsRefused() {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    garbage[0] = 0x30;

    assertEquals(SignatureCheck.WRONG_FILE_TYPE, verify(garbage).outcome());
    assertEquals(SignatureCheck.WRONG_FILE_TYPE, verify(new byte[0]).outcome());
  }

  @Test
  void CD2_certificateInsteadOfSignedFormIsRefused() throws Exception {
    byte[] certificate = PKI.marioRossi.certificate().getEncoded();

    assertEquals(SignatureCheck.WRONG_FILE_TYPE, verify(certificate).outcome());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR",
        "Modulo di iscrizione firmato\n",
        "PK\u0003\u0004 a zip archive",
        "%PDF-1.7\nnot really a PDF"
      })
  void CD2_wrongFileTypeIsRefused(String content) {
    assertEquals(
        SignatureCheck.WRONG_FILE_TYPE,
        verify(content.getBytes(StandardCharsets.ISO_8859_1)).outcome());
  }

  @Test
  void CD2_oversizeIsRefused() {
    byte[] signed = TestPki.cades(ISSUED, SIGNED_AT, PKI.marioRossi);
    ExpectedDocument justEnough =
        new ExpectedDocument(
            "form-1", ISSUED_AT, TestPki.sha256(ISSUED), MARIO_ROSSI, signed.length);
    ExpectedDocument tooSmall =
        new ExpectedDocument(
            "form-1", ISSUED_AT, TestPki.sha256(ISSUED), MARIO_ROSSI, signed.length - 1);

    assertTrue(verifier.verify(signed, justEnough).isValid());
    assertEquals(SignatureCheck.TOO_LARGE, verifier.verify(signed, tooSmall).outcome());
  }

  private SignatureVerification verify(byte[] upload) {
    return verifier.verify(upload, expected);
  }

  private static ExpectedDocument issuedAt(Instant issuedAt) {
    return new ExpectedDocument("form-1", issuedAt, TestPki.sha256(ISSUED), MARIO_ROSSI, MAX_BYTES);
  }

  private static int indexOf(byte[] bytes, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= bytes.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (bytes[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
