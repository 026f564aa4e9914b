package io.github.mscommerce.emulator.admin;

/** An admin operation named a tenant, product, offer type, user or device code that does not exist (HTTP 404). */
public final class UnknownItemException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UnknownItemException(String message) {
    super(message);
  }
}
