package io.github.mscommerce.core;

import java.util.Objects;

/**
 * A policy as {@code Get-MSCommercePolicy} shows it. {@code defaultValue} is read-only: it is the value a newly released
 * product starts with.
 */
public record Policy(String id, String description, PolicyValue defaultValue) {

  /** The only policy the service has ever exposed. */
  public static final String ALLOW_SELF_SERVICE_PURCHASE = "AllowSelfServicePurchase";

  public Policy {
    Objects.requireNonNull(id, "id");
    description = description == null ? "" : description;
  }
}
