package io.github.mscommerce.emulator;

/**
 * A state document (state file, {@code loadState} JSON or {@code PUT /_emulator/state} body) was rejected. The
 * message names the document, the JSON path of the problem and how to fix it; it never contains a secret.
 */
public final class InvalidStateException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidStateException(String message) {
    super(message);
  }
}
