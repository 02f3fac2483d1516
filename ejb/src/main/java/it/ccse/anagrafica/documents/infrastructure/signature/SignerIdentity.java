package it.ccse.anagrafica.documents.infrastructure.signature;

import it.ccse.anagrafica.shared.domain.CodiceFiscale;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The holder of a signature certificate as the portal knows people: by codice fiscale.
 *
 * <p>Italian qualified certificates carry it in the subject's {@code serialNumber} as {@code
 * TINIT-<CF>} (ETSI EN 319 412-1 semantics identifier), older ones as {@code IT:<CF>} or bare; a
 * few put it in {@code dnQualifier}. The attributes are read with BouncyCastle because {@link
 * javax.security.auth.x500.X500Principal#getName()} prints {@code serialNumber} as an OID with a
 * hex-encoded value.
 */
public final class SignerIdentity {

  private static final Pattern PREFIXED = Pattern.compile("(?:TINIT-|IT:)([A-Z0-9]{16})");
  private static final int PERSONAL_LENGTH = 16;

  private final String codiceFiscale;
  private final String subject;

  private SignerIdentity(String codiceFiscale, String subject) {
    this.codiceFiscale = codiceFiscale;
    this.subject = subject;
  }

  public static SignerIdentity of(X509Certificate certificate) {
    X500Name subject =
        X500Name.getInstance(BCStyle.INSTANCE, certificate.getSubjectX500Principal().getEncoded());
    String codiceFiscale =
        prefixed(values(subject, BCStyle.SERIALNUMBER))
            .or(() -> bare(values(subject, BCStyle.SERIALNUMBER)))
            .or(() -> prefixed(values(subject, BCStyle.DN_QUALIFIER)))
            .or(() -> bare(values(subject, BCStyle.DN_QUALIFIER)))
            .orElse(null);
    return new SignerIdentity(codiceFiscale, subject.toString());
  }

  /** The holder's codice fiscale in upper case, if the certificate names one. */
  public Optional<String> codiceFiscale() {
    return Optional.ofNullable(codiceFiscale);
  }

  /** The subject DN with attribute names (e.g. {@code C=IT,CN=…,SERIALNUMBER=TINIT-…}). */
  public String subject() {
    return subject;
  }

  private static Stream<String> values(X500Name name, ASN1ObjectIdentifier type) {
    return Arrays.stream(name.getRDNs(type))
        .map(RDN::getTypesAndValues)
        .flatMap(Arrays::stream)
        .filter(attribute -> attribute.getType().equals(type))
        .map(attribute -> attribute.getValue())
        .filter(ASN1String.class::isInstance)
        .map(value -> ((ASN1String) value).getString().strip().toUpperCase(Locale.ROOT));
  }

  private static Optional<String> prefixed(Stream<String> values) {
    return values
        .map(PREFIXED::matcher)
        .filter(Matcher::matches)
        .map(matcher -> matcher.group(1))
        .findFirst();
  }

  // Without a prefix the value must be a well-formed personal code, check character included, so
  // that some other identifier of 16 characters is not taken for one.
  private static Optional<String> bare(Stream<String> values) {
    return values
        .filter(value -> value.length() == PERSONAL_LENGTH)
        .filter(CodiceFiscale::isPersonal)
        .findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignerIdentity that
        && Objects.equals(codiceFiscale, that.codiceFiscale)
        && subject.equals(that.subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(codiceFiscale, subject);
  }

  @Override
  public String toString() {
    return subject;
  }
}
