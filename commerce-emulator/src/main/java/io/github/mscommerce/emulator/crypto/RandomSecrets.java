package io.github.mscommerce.emulator.crypto;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable values: secrets, passwords, opaque tokens, codes. One shared {@link SecureRandom} (it is thread-safe). */
public final class RandomSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
  // Entra user codes avoid letters that are easy to misread.
  private static final String USER_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private RandomSecrets() {}

  /** An opaque URL-safe token carrying {@code bytes} random bytes. */
  public static String opaqueToken(int bytes) {
    byte[] raw = new byte[bytes];
    RANDOM.nextBytes(raw);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
  }

  /** Shaped like an Entra client secret value: 40 characters with the {@code 8Q~} marker Entra puts at index 3. */
  public static String clientSecret() {
    return pick(SECRET_ALPHABET, 3) + "8Q~" + pick(SECRET_ALPHABET, 34);
  }

  /** A password that satisfies the usual complexity rules (upper, lower, digit, symbol). */
  public static String password() {
    return "Pw-" + pick("ABCDEFGHJKLMNPQRSTUVWXYZ", 4) + pick("abcdefghijkmnopqrstuvwxyz", 6)
        + pick("23456789", 4) + "!";
  }

  public static String userCode() {
    return pick(USER_CODE_ALPHABET, 9);
  }

  private static String pick(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
