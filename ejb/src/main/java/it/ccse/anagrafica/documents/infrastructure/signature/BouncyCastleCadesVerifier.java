package it.ccse.anagrafica.documents.infrastructure.signature;

import it.ccse.anagrafica.documents.domain.ExpectedDocument;
import it.ccse.anagrafica.documents.domain.SignatureCheck;
import it.ccse.anagrafica.documents.infrastructure.signature.SignatureVerifier.Inspection;
import it.ccse.anagrafica.documents.infrastructure.signature.SignatureVerifier.Intact;
import it.ccse.anagrafica.documents.infrastructure.signature.SignatureVerifier.Refused;
import it.ccse.anagrafica.documents.infrastructure.signature.SignatureVerifier.Signer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Selector;

/**
 * Checks an enveloping CAdES signature (.p7m): a CMS SignedData that contains the signed PDF. Every
 * signer must be intact; the content must be the issued document.
 */
final class BouncyCastleCadesVerifier {

  // An instance passed to the builders: the JVM-wide provider list is left alone.
  private static final Provider BC = new BouncyCastleProvider();

  /** Inspects a DER (or BER) encoded CMS structure. */
  Inspection inspect(byte[] der, ExpectedDocument expected) {
    CMSSignedData signedData;
    try {
      signedData = new CMSSignedData(der);
    } catch (CMSException | RuntimeException e) {
      // Not ASN.1, or another CMS type (e.g. encrypted): not a .p7m of a document.
      return new Refused(SignatureCheck.WRONG_FILE_TYPE);
    }
    CMSTypedData content = signedData.getSignedContent();
    if (content == null) {
      // A detached signature (.p7s) without the document it signs.
      return new Refused(SignatureCheck.WRONG_FILE_TYPE);
    }
    Collection<SignerInformation> signerInfos = signedData.getSignerInfos().getSigners();
    if (signerInfos.isEmpty()) {
      return new Refused(SignatureCheck.UNSIGNED);
    }
    try {
      List<Signer> signers = new ArrayList<>();
      for (SignerInformation signerInfo : signerInfos) {
        X509Certificate certificate = signerCertificate(signedData, signerInfo);
        if (certificate == null || !isIntact(signerInfo, certificate)) {
          return new Refused(SignatureCheck.SIGNATURE_INVALID);
        }
        signers.add(new Signer(certificate, signingTime(signerInfo)));
      }
      byte[] document = bytes(content);
      if (!expected.isIssuedDocument(document)) {
        return new Refused(SignatureCheck.DIFFERENT_DOCUMENT);
      }
      return new Intact(signers, allCertificates(signedData), document);
    } catch (CMSException | CertificateException | IOException | RuntimeException e) {
      return new Refused(SignatureCheck.SIGNATURE_INVALID);
    }
  }

  private static X509Certificate signerCertificate(
      CMSSignedData signedData, SignerInformation signer) throws CertificateException {
    // SignerId implements the raw Selector type.
    @SuppressWarnings("unchecked")
    Selector<X509CertificateHolder> selector = (Selector<X509CertificateHolder>) signer.getSID();
    Collection<X509CertificateHolder> matches = signedData.getCertificates().getMatches(selector);
    return matches.isEmpty()
        ? null
        : new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
  }

  // Built from the public key, not the certificate: with a certificate BouncyCastle would also
  // refuse one expired at the signing time, which is a different cause reported later.
  private static boolean isIntact(SignerInformation signer, X509Certificate certificate)
      throws CMSException {
    try {
      return signer.verify(
              new JcaSimpleSignerInfoVerifierBuilder()
                  .setProvider(BC)
                  .build(certificate.getPublicKey()))
          && bindsCertificate(signer, certificate);
    } catch (OperatorCreationException e) {
      return false;
    }
  }

  // CAdES-BES binds the signer's certificate with a signed hash of it (signingCertificate or
  // signingCertificateV2), so that another certificate with the same key cannot be swapped in.
  // BouncyCastle does not check it; signatures without the attribute (plain CMS) are accepted.
  private static boolean bindsCertificate(SignerInformation signer, X509Certificate certificate)
      throws CMSException {
    AttributeTable attributes = signer.getSignedAttributes();
    if (attributes == null) {
      return true;
    }
    try {
      byte[] encoded = certificate.getEncoded();
      Attribute v2 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
      if (v2 != null) {
        ESSCertIDv2 id =
            SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
        return MessageDigest.isEqual(id.getCertHash(), digest(id.getHashAlgorithm(), encoded))
            && sameIssuerSerial(id.getIssuerSerial(), certificate);
      }
      Attribute v1 = attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
      if (v1 != null) {
        ESSCertID id =
            SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0];
        AlgorithmIdentifier sha1 = new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1);
        return MessageDigest.isEqual(id.getCertHash(), digest(sha1, encoded))
            && sameIssuerSerial(id.getIssuerSerial(), certificate);
      }
      return true;
    } catch (CertificateException | OperatorCreationException | IOException e) {
      throw new CMSException("Unreadable signing certificate attribute", e);
    }
  }

  private static boolean sameIssuerSerial(IssuerSerial issuerSerial, X509Certificate certificate) {
    return issuerSerial == null
        || issuerSerial.getSerial().getValue().equals(certificate.getSerialNumber());
  }

  private static byte[] digest(AlgorithmIdentifier algorithm, byte[] data)
      throws OperatorCreationException, IOException {
    DigestCalculator calculator =
        new JcaDigestCalculatorProviderBuilder().setProvider(BC).build().get(algorithm);
    try (OutputStream out = calculator.getOutputStream()) {
      out.write(data);
    }
    return calculator.getDigest();
  }

  private static Instant signingTime(SignerInformation signer) {
    AttributeTable attributes = signer.getSignedAttributes();
    Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
    if (attribute == null || attribute.getAttrValues().size() == 0) {
      return null;
    }
    ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
    return Time.getInstance(value).getDate().toInstant();
  }

  private static Collection<X509Certificate> allCertificates(CMSSignedData signedData)
      throws CertificateException {
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    List<X509Certificate> all = new ArrayList<>();
    for (X509CertificateHolder holder : signedData.getCertificates().getMatches(null)) {
      all.add(converter.getCertificate(holder));
    }
    return all;
  }

  private static byte[] bytes(CMSTypedData content) throws IOException, CMSException {
    if (content.getContent() instanceof byte[] bytes) {
      return bytes;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    content.write(out);
    return out.toByteArray();
  }
}
