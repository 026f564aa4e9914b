package io.github.mscommerce.core;

/** Any other failure the service reported, or an answer this client cannot read. */
public class ServiceException extends CommerceException {

  public ServiceException(String message, ResponseFacts facts, Throwable cause) {
    super(message, facts, cause);
  }
}
