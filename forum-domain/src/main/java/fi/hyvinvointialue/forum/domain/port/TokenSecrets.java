package fi.hyvinvointialue.forum.domain.port;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The {@code id.secret} form of bearer tokens, in one place for every adapter: ids of 8 random bytes in
 * hexadecimal (never starting with a dash, which a command line would take for an option) and secrets of
 * 32 random bytes, base64url; only the secret's SHA-256 is kept, and a presented secret is compared with
 * it in constant time ({@link MessageDigest#isEqual}), so neither a database dump nor timing gives it away.
 */
public final class TokenSecrets {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{16}");
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private TokenSecrets() {}

  /** A new id and secret from {@code random} (a {@code SecureRandom} in every adapter). */
  public static String[] generate(Random random) {
    byte[] id = new byte[8];
    byte[] secret = new byte[32];
    random.nextBytes(id);
    random.nextBytes(secret);
    return new String[] {HexFormat.of().formatHex(id), BASE64URL.encodeToString(secret)};
  }

  /** Whether {@code text} has the shape of a token id (ids issued before they were hexadecimal included). */
  public static boolean isId(String text) {
    return ID.matcher(text).matches();
  }

  /** The id and secret of a presented {@code id.secret}; empty when it is not of that shape. */
  public static Optional<String[]> split(String bearer) {
    int dot = bearer.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String id = bearer.substring(0, dot);
    String secret = bearer.substring(dot + 1);
    return isId(id) && SECRET.matcher(secret).matches() ? Optional.of(new String[] {id, secret}) : Optional.empty();
  }

  /** What is kept of a secret. */
  public static byte[] hash(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java platform has SHA-256", impossible);
    }
  }

  /** Whether {@code secret} is the one whose hash is kept, in time that does not depend on where they differ. */
  public static boolean matches(String secret, byte[] keptHash) {
    return MessageDigest.isEqual(hash(secret), keptHash);
  }
}
