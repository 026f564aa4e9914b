package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.http.RefusedTokens;
import java.util.Objects;

/**
 * The shape of every credential that signs in through MSAL: it checks its inputs, describes itself without any secret,
 * and hands each token request, and each refusal of a token by the service, to its {@link TokenSource}. Subclasses only
 * build those two in their constructor.
 */
abstract class TokenSourceCredential<S extends TokenSource> implements TokenCredential, RefusedTokens {

  /** What a subclass constructor makes before calling {@code super}: checked inputs, described. */
  record Parts<S extends TokenSource>(String description, S source) {
    Parts {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(source, "source");
    }
  }

  private final String description;
  private final S source;

  TokenSourceCredential(Parts<S> parts) {
    this.description = parts.description();
    this.source = parts.source();
  }

  @Override
  public final AccessToken token(boolean forceRefresh) {
    return source.token(forceRefresh, description());
  }

  @Override
  public final void refused(AccessToken token) {
    source.refused(token);
  }

  @Override
  public String description() {
    return description;
  }

  final S source() {
    return source;
  }

  /** The class and the description: what signs in, never a secret. */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + description() + "]";
  }
}
