package io.github.mscommerce.core;

import java.util.Objects;

/**
 * A third-party offer type's setting ({@code Get-MSCommerceProductPolicy -OfferType}); on the wire the id is
 * {@code scopeId} and the display name {@code scopeValue}.
 */
public record OfferTypePolicy(String policyId, String offerType, String displayName, PolicyValue policyValue)
    implements PolicyItem {

  public OfferTypePolicy {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(offerType, "offerType");
    Objects.requireNonNull(policyValue, "policyValue");
    displayName = displayName == null ? "" : displayName;
  }

  @Override
  public ItemKind kind() {
    return ItemKind.OFFER_TYPE;
  }

  @Override
  public String id() {
    return offerType;
  }

  @Override
  public String name() {
    return displayName;
  }
}
