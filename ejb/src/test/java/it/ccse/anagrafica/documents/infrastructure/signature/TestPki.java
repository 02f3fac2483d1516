package it.ccse.anagrafica.documents.infrastructure.signature;

import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A small public-key infrastructure made with BouncyCastle for the tests, and the signing tools an
 * operator would use: a trusted root with an intermediate CA, certificates of people, and an
 * unrelated CA nobody trusts. Keys are RSA 2048 like those on Italian signature smart cards.
 */
final class TestPki {

  static final String MARIO_ROSSI = "RSSMRA85T10A562S";
  static final String LUIGI_BIANCHI = "BNCLGU80A01H501U";

  private static final Provider BC = new BouncyCastleProvider();
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final AtomicLong SERIALS = new AtomicLong(1000);
  private static final TestPki INSTANCE = new TestPki();

  /**
   * A certificate with its private key: what a smart card holds.
   *
   * @param chain the certificates of the issuing CAs, root excluded
   */
  record Credentials(PrivateKey key, X509Certificate certificate, List<X509Certificate> chain) {

    /** The certificate followed by the CA certificates that issued it, root excluded. */
    Certificate[] certificateChain() {
      List<X509Certificate> all = new ArrayList<>();
      all.add(certificate);
      all.addAll(chain);
      return all.toArray(new Certificate[0]);
    }
  }

  final Credentials root;
  final Credentials intermediate;
  final Credentials marioRossi;
  final Credentials luigiBianchi;
  final Credentials withoutCodiceFiscale;
  final Credentials expired;
  final Credentials untrustedRoot;
  final Credentials untrustedMarioRossi;

  static TestPki get() {
    return INSTANCE;
  }

  private TestPki() {
    Instant caFrom = NOW.minus(3650, ChronoUnit.DAYS);
    Instant caTo = NOW.plus(3650, ChronoUnit.DAYS);
    Instant personFrom = NOW.minus(365, ChronoUnit.DAYS);
    Instant personTo = NOW.plus(3 * 365, ChronoUnit.DAYS);
    root = ca("C=IT, O=Test Trust Service Provider, CN=Test Root CA", null, caFrom, caTo);
    intermediate =
        ca("C=IT, O=Test Trust Service Provider, CN=Test Qualified CA", root, caFrom, caTo);
    KeyPair marioKeys = rsa();
    marioRossi = person(marioKeys, personDn(MARIO_ROSSI, "Mario Rossi"), personFrom, personTo);
    luigiBianchi = person(rsa(), personDn(LUIGI_BIANCHI, "Luigi Bianchi"), personFrom, personTo);
    withoutCodiceFiscale = person(rsa(), "C=IT, CN=Mario Rossi", personFrom, personTo);
    expired =
        person(
            marioKeys,
            personDn(MARIO_ROSSI, "Mario Rossi"),
            NOW.minus(4 * 365, ChronoUnit.DAYS),
            NOW.minus(365, ChronoUnit.DAYS));
    untrustedRoot = ca("C=IT, O=Nobody, CN=Untrusted Root CA", null, caFrom, caTo);
    untrustedMarioRossi =
        person(rsa(), personDn(MARIO_ROSSI, "Mario Rossi"), personFrom, personTo, untrustedRoot);
  }

  /** When the fixture was made; certificate validity is relative to it. */
  static Instant now() {
    return NOW;
  }

  static String personDn(String codiceFiscale, String name) {
    return "C=IT, CN=" + name + ", SERIALNUMBER=TINIT-" + codiceFiscale;
  }

  Credentials person(KeyPair keys, String subject, Instant from, Instant to) {
    return person(keys, subject, from, to, intermediate);
  }

  /** A certificate for the subject, issued by the trusted intermediate CA (key reused: cheap). */
  Credentials person(String subject) {
    return person(
        new KeyPair(marioRossi.certificate().getPublicKey(), marioRossi.key()),
        subject,
        NOW.minus(365, ChronoUnit.DAYS),
        NOW.plus(365, ChronoUnit.DAYS),
        intermediate);
  }

  private Credentials person(
      KeyPair keys, String subject, Instant from, Instant to, Credentials issuer) {
    return certificate(subject, keys, issuer, from, to, false, null);
  }

  /** A CA's certificate with a new key, issued by the issuer (null: self-signed, a root). */
  static Credentials ca(String subject, Credentials issuer, Instant from, Instant to) {
    return certificate(subject, rsa(), issuer, from, to, true, null);
  }

  /**
   * A certificate for the keys, signed by the issuer: a CA's (certificates and CRLs) or a person's
   * (non-repudiation only, as qualified signature certificates are).
   *
   * @param issuer null for a self-signed certificate
   * @param crlUrl the CRL location the certificate names, null for none
   */
  static Credentials certificate(
      String subject,
      KeyPair keys,
      Credentials issuer,
      Instant from,
      Instant to,
      boolean ca,
      String crlUrl) {
    try {
      X509v3CertificateBuilder builder = builder(keys, subject, from, to, issuer);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.nonRepudiation));
      if (crlUrl != null) {
        GeneralNames location =
            new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl));
        builder.addExtension(
            Extension.cRLDistributionPoints,
            false,
            new CRLDistPoint(
                new DistributionPoint[] {
                  new DistributionPoint(new DistributionPointName(location), null, null)
                }));
      }
      PrivateKey signingKey = issuer == null ? keys.getPrivate() : issuer.key();
      List<X509Certificate> chain = issuer == null ? List.of() : chainBelow(issuer);
      return new Credentials(keys.getPrivate(), sign(builder, signingKey), chain);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A serial number no other test certificate has. */
  static BigInteger serial() {
    return BigInteger.valueOf(SERIALS.incrementAndGet());
  }

  private static X509v3CertificateBuilder builder(
      KeyPair keys, String subject, Instant from, Instant to, Credentials issuer)
      throws GeneralSecurityException, IOException {
    X500Name subjectName = new X500Name(subject);
    X500Name issuerName =
        issuer == null
            ? subjectName
            : X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            issuerName, serial(), Date.from(from), Date.from(to), subjectName, keys.getPublic());
    builder.addExtension(
        Extension.subjectKeyIdentifier,
        false,
        extensions.createSubjectKeyIdentifier(keys.getPublic()));
    builder.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        issuer == null
            ? extensions.createAuthorityKeyIdentifier(keys.getPublic())
            : extensions.createAuthorityKeyIdentifier(issuer.certificate()));
    return builder;
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
      throws GeneralSecurityException {
    try {
      ContentSigner signer =
          new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(key);
      return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
    } catch (org.bouncycastle.operator.OperatorCreationException e) {
      throw new GeneralSecurityException(e);
    }
  }

  static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  // What a signature carries besides the signer's certificate: the issuing CAs but the root.
  private static List<X509Certificate> chainBelow(Credentials issuer) {
    X509Certificate ca = issuer.certificate();
    boolean root = ca.getSubjectX500Principal().equals(ca.getIssuerX500Principal());
    return root ? List.of() : concat(ca, issuer.chain());
  }

  private static List<X509Certificate> concat(X509Certificate first, List<X509Certificate> rest) {
    List<X509Certificate> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return List.copyOf(all);
  }

  /** A one-page PDF made with iText, like the registration form the portal issues. */
  static byte[] pdf(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Document document = new Document(new PdfDocument(new PdfWriter(out)))) {
      document.add(new Paragraph("Modulo di iscrizione CCSE"));
      document.add(new Paragraph(text));
    }
    return out.toByteArray();
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An enveloping CAdES-BES signature (.p7m) with the content inside, by one or more signers (a
   * co-signed envelope), each with the signing time and the signingCertificateV2 attribute that
   * binds their certificate.
   */
  static byte[] cades(byte[] content, Instant signingTime, Credentials... signers) {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      Set<X509Certificate> certificates = new LinkedHashSet<>();
      for (Credentials signer : signers) {
        addSigner(generator, signer, signer.certificate(), signingTime);
        certificates.addAll(concat(signer.certificate(), signer.chain()));
      }
      generator.addCertificates(new JcaCertStore(certificates));
      return generator.generate(new CMSProcessableByteArray(content), true).getEncoded("DER");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A CAdES signature that claims no signing time. */
  static byte[] cadesWithoutSigningTime(byte[] content, Credentials signer) {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(
                  new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
              .setSignedAttributeGenerator(
                  parameters ->
                      new DefaultSignedAttributeTableGenerator()
                          .getAttributes(parameters)
                          .remove(CMSAttributes.signingTime))
              .build(
                  new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(signer.key()),
                  signer.certificate()));
      generator.addCertificates(new JcaCertStore(concat(signer.certificate(), signer.chain())));
      return generator.generate(new CMSProcessableByteArray(content), true).getEncoded("DER");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A detached CAdES signature (.p7s): the signature without the document. */
  static byte[] cadesDetached(byte[] content, Instant signingTime, Credentials signer) {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      addSigner(generator, signer, signer.certificate(), signingTime);
      generator.addCertificates(new JcaCertStore(concat(signer.certificate(), signer.chain())));
      return generator.generate(new CMSProcessableByteArray(content), false).getEncoded("DER");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A CAdES signature whose signingCertificateV2 attribute names another certificate. */
  static byte[] cadesNaming(
      X509Certificate named, byte[] content, Instant signingTime, Credentials signer) {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      addSigner(generator, signer, named, signingTime);
      generator.addCertificates(new JcaCertStore(concat(signer.certificate(), signer.chain())));
      return generator.generate(new CMSProcessableByteArray(content), true).getEncoded("DER");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void addSigner(
      CMSSignedDataGenerator generator,
      Credentials signer,
      X509Certificate named,
      Instant signingTime)
      throws Exception {
    ASN1EncodableVector attributes = new ASN1EncodableVector();
    attributes.add(
        new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
    X500Name issuer = X500Name.getInstance(named.getIssuerX500Principal().getEncoded());
    ESSCertIDv2 certificateId =
        new ESSCertIDv2(
            sha256(named.getEncoded()),
            new IssuerSerial(new GeneralNames(new GeneralName(issuer)), named.getSerialNumber()));
    attributes.add(
        new Attribute(
            PKCSObjectIdentifiers.id_aa_signingCertificateV2,
            new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certificateId}))));
    generator.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
            .setSignedAttributeGenerator(
                new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
            .build(
                new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(signer.key()),
                signer.certificate()));
  }

  /** A SignedData that carries the content and certificates but no signer. */
  static byte[] cmsWithoutSigners(byte[] content, Credentials holder) {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addCertificates(new JcaCertStore(List.of(holder.certificate())));
      return generator.generate(new CMSProcessableByteArray(content), true).getEncoded("DER");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A PAdES B-B signature added to the PDF as an incremental update, as signing tools do. */
  static byte[] pades(byte[] pdf, Credentials signer, Instant signingTime) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out)
          .signWithBaselineBProfile(
              new SignerProperties()
                  .setFieldName("Firma")
                  .setClaimedSignDate(calendar(signingTime)),
              signer.certificateChain(),
              signer.key());
      return out.toByteArray();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Signs the PDF after writing "text" on its first page in the same incremental update: the
   * signature covers a document that is no longer the issued one.
   */
  static byte[] padesAfterWritingOnThePage(
      byte[] pdf, Credentials signer, Instant signingTime, String text) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PdfSigner pdfSigner =
          new PdfSigner(
              new PdfReader(new ByteArrayInputStream(pdf)),
              out,
              new StampingProperties().useAppendMode());
      pdfSigner.setSignerProperties(
          new SignerProperties().setFieldName("Firma").setClaimedSignDate(calendar(signingTime)));
      writeOn(pdfSigner.getDocument(), text);
      pdfSigner.signDetached(
          new BouncyCastleDigest(),
          new PrivateKeySignature(signer.key(), "SHA256", BC.getName()),
          signer.certificateChain(),
          null,
          null,
          null,
          0,
          PdfSigner.CryptoStandard.CADES);
      return out.toByteArray();
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Appends an incremental update that writes "text" on the first page. */
  static byte[] appendText(byte[] pdf, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfDocument document =
        new PdfDocument(
            new PdfReader(new ByteArrayInputStream(pdf)),
            new PdfWriter(out),
            new StampingProperties().useAppendMode())) {
      writeOn(document, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void writeOn(PdfDocument document, String text) throws IOException {
    new PdfCanvas(document.getFirstPage())
        .beginText()
        .setFontAndSize(PdfFontFactory.createFont(StandardFonts.HELVETICA), 12)
        .moveText(36, 36)
        .showText(text)
        .endText();
  }

  private static GregorianCalendar calendar(Instant instant) {
    return GregorianCalendar.from(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  /** Writes the signer's certificate chain and private key as PEM files, for openssl. */
  static void writePem(Credentials credentials, Path certificate, Path chain, Path key)
      throws IOException {
    try (Writer writer = Files.newBufferedWriter(certificate);
        JcaPEMWriter pem = new JcaPEMWriter(writer)) {
      pem.writeObject(credentials.certificate());
    }
    try (Writer writer = Files.newBufferedWriter(chain);
        JcaPEMWriter pem = new JcaPEMWriter(writer)) {
      for (X509Certificate ca : credentials.chain()) {
        pem.writeObject(ca);
      }
    }
    try (Writer writer = Files.newBufferedWriter(key);
        JcaPEMWriter pem = new JcaPEMWriter(writer)) {
      pem.writeObject(
          new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(credentials.key(), null));
    }
  }

  static byte[] flipByte(byte[] bytes, int index) {
    byte[] copy = Arrays.copyOf(bytes, bytes.length);
    copy[index] ^= 0x01;
    return copy;
  }
}
