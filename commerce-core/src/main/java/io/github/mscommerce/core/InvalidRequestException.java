package io.github.mscommerce.core;

/** The service rejected the request as malformed (HTTP 400), with its own reason, such as "Invalid scope.". */
public class InvalidRequestException extends CommerceException {

  public InvalidRequestException(String message, ResponseFacts facts) {
    super(message, facts, null);
  }
}
