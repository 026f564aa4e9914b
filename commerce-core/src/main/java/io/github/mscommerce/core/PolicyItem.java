package io.github.mscommerce.core;

/** One governed item of a policy, a product or an offer type, with its current value. */
public sealed interface PolicyItem permits ProductPolicy, OfferTypePolicy {

  /** The policy this item belongs to, such as {@code AllowSelfServicePurchase}. */
  String policyId();

  ItemKind kind();

  /** The id the service uses in paths: a product id such as {@code CFQ7TTC0LH2H}, or an offer type such as {@code SaaS}. */
  String id();

  /** The display name the service reports. */
  String name();

  PolicyValue policyValue();
}
