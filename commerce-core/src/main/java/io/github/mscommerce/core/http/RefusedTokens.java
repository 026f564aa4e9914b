package io.github.mscommerce.core.http;

import io.github.mscommerce.core.AccessToken;

/**
 * A credential whose tokens are cached beyond one request, and so must hear when the service refuses one (HTTP 401): the
 * refused token leaves the cache, and the next {@code token(false)} gets a different one (fetched then, or by a parallel
 * caller after the refusal), so no task of the JVM is handed it again. {@link HttpTransport} tells every credential that
 * implements this; others are asked for {@code token(true)}.
 */
public interface RefusedTokens {

  /** The service refused {@code token}; a no-op when the cache already holds another one. */
  void refused(AccessToken token);
}
