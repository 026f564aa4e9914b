package io.github.mscommerce.core.json;

/** A service answer that is not the JSON this client expects; the client adds the operation and correlation id. */
public final class MalformedResponseException extends RuntimeException {

  public MalformedResponseException(String message) {
    super(message);
  }

  public MalformedResponseException(String message, Throwable cause) {
    super(message, cause);
  }
}
