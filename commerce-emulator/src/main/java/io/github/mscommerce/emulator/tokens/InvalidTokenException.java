package io.github.mscommerce.emulator.tokens;

/** A bearer token was refused; the message says why, in words fit for {@code WWW-Authenticate} (no quotes). */
public final class InvalidTokenException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String reason) {
    super(reason);
  }
}
