package io.github.mscommerce.core;

/**
 * A source of access tokens for the policy service (resource {@code aeb86249-8ea3-49e2-900b-54cc8e308f85}). One small
 * implementation per way of signing in; each keeps its own in-process cache.
 */
public interface TokenCredential {

  /** The MSCommerce resource's default scope; app roles and delegated permissions both come with it. */
  String SCOPE = "aeb86249-8ea3-49e2-900b-54cc8e308f85/.default";

  /** The resource itself, for managed identity, which takes a resource rather than a scope. */
  String RESOURCE = "aeb86249-8ea3-49e2-900b-54cc8e308f85";

  /**
   * @param forceRefresh skip the cache: the service refused the cached token as expired
   * @throws io.github.mscommerce.core.CommerceException when no token can be had; the message says why and what to do
   */
  AccessToken token(boolean forceRefresh);

  /** Whether {@code token(true)} can yield a different token than before (a fixed, caller-supplied token cannot). */
  default boolean canRefresh() {
    return true;
  }

  /** What signs in, without any secret: "client secret of app 0f6a… in tenant 6bab… (from AZURE_CLIENT_SECRET)". */
  String description();
}
