package it.ccse.anagrafica.accounts.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2 hash of a secret (password or signing PIN), stored as {@code
 * algorithm:iterations:salt:hash} in Base64 — the format of Jakarta Security's {@code
 * Pbkdf2PasswordHash}, so stored hashes stay readable by it. Parameters follow the OWASP
 * password-storage recommendation for PBKDF2-HMAC-SHA512.
 */
public final class PasswordHash {

  private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  private static final int ITERATIONS = 210_000;
  private static final int SALT_BYTES = 32;
  private static final int KEY_BITS = 512;
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Checked instead of a real hash where there is none (unknown name, account not activated), so
   * that every answer costs one full PBKDF2 check (ON-4).
   */
  public static final PasswordHash DECOY = of("decoy".toCharArray());

  private final String encoded;

  private PasswordHash(String encoded) {
    this.encoded = encoded;
  }

  public static PasswordHash of(char[] secret) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(ALGORITHM, secret, salt, ITERATIONS, KEY_BITS);
    var b64 = Base64.getEncoder();
    return new PasswordHash(
        ALGORITHM
            + ":"
            + ITERATIONS
            + ":"
            + b64.encodeToString(salt)
            + ":"
            + b64.encodeToString(hash));
  }

  public static PasswordHash fromEncoded(String encoded) {
    if (encoded == null || encoded.split(":").length != 4) {
      throw new IllegalArgumentException("Not a PBKDF2 hash");
    }
    return new PasswordHash(encoded);
  }

  /** Constant-time comparison with the hash of {@code secret} under the stored parameters. */
  public boolean matches(char[] secret) {
    String[] parts = encoded.split(":");
    var b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual =
        derive(
            parts[0],
            secret,
            b64.decode(parts[2]),
            Integer.parseInt(parts[1]),
            expected.length * 8);
    return MessageDigest.isEqual(expected, actual);
  }

  public String encoded() {
    return encoded;
  }

  private static byte[] derive(
      String algorithm, char[] secret, byte[] salt, int iterations, int keyBits) {
    try {
      var spec = new PBEKeySpec(secret, salt, iterations, keyBits);
      return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 unavailable", e);
    }
  }
}
