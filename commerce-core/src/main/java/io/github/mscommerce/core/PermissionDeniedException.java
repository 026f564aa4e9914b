package io.github.mscommerce.core;

/** The token is valid but its user or app lacks the role the operation needs (HTTP 403). */
public class PermissionDeniedException extends CommerceException {

  public PermissionDeniedException(String message, ResponseFacts facts) {
    super(message, facts, null);
  }
}
