package io.github.mscommerce.core;

/** No valid token: Entra ID refused the credentials, or the service refused the token (HTTP 401). */
public class AuthenticationFailedException extends CommerceException {

  public AuthenticationFailedException(String message, ResponseFacts facts, Throwable cause) {
    super(message, facts, cause);
  }
}
