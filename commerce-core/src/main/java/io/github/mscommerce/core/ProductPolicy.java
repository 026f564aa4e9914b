package io.github.mscommerce.core;

import java.util.Objects;

/** A Microsoft product's self-service purchase setting, as {@code Get-MSCommerceProductPolicy} shows it. */
public record ProductPolicy(String policyId, String productId, String productName, PolicyValue policyValue)
    implements PolicyItem {

  public ProductPolicy {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(policyValue, "policyValue");
    productName = productName == null ? "" : productName;
  }

  @Override
  public ItemKind kind() {
    return ItemKind.PRODUCT;
  }

  @Override
  public String id() {
    return productId;
  }

  @Override
  public String name() {
    return productName;
  }
}
