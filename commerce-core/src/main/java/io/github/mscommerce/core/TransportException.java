package io.github.mscommerce.core;

/** The request never got an HTTP answer: TLS handshake, timeout, refused connection, proxy. */
public class TransportException extends CommerceException {

  public TransportException(String message, ResponseFacts facts, Throwable cause) {
    super(message, facts, cause);
  }
}
