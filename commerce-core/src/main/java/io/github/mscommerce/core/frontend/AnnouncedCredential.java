package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.http.RefusedTokens;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Says which credential signs in (never its secret) when the first token is requested: the first thing to check when a
 * token is refused, and a line that is true, unlike one logged before a desired-state file that then fails to parse.
 */
class AnnouncedCredential implements TokenCredential {

  private final TokenCredential delegate;
  private final Consumer<CommerceEvent> events;
  private final AtomicBoolean announced = new AtomicBoolean();

  AnnouncedCredential(TokenCredential delegate, Consumer<CommerceEvent> events) {
    this.delegate = delegate;
    this.events = events;
  }

  /**
   * Announces {@code delegate}, and passes on the service's refusals of its tokens when it keeps them beyond one request:
   * then requests refused in parallel (a token expiring mid-run) share one fresh token instead of each forcing its own.
   */
  static AnnouncedCredential of(TokenCredential delegate, Consumer<CommerceEvent> events) {
    return delegate instanceof RefusedTokens ? new Refusable(delegate, events) : new AnnouncedCredential(delegate, events);
  }

  /** The announcement of a credential that hears when the service refuses one of its tokens. */
  private static final class Refusable extends AnnouncedCredential implements RefusedTokens {
    private final RefusedTokens refusals;

    Refusable(TokenCredential delegate, Consumer<CommerceEvent> events) {
      super(delegate, events);
      this.refusals = (RefusedTokens) delegate;
    }

    @Override
    public void refused(AccessToken token) {
      refusals.refused(token);
    }
  }

  @Override
  public AccessToken token(boolean forceRefresh) {
    if (announced.compareAndSet(false, true)) {
      events.accept(CommerceEvent.lifecycle("Signing in with " + delegate.description() + "."));
    }
    return delegate.token(forceRefresh);
  }

  @Override
  public boolean canRefresh() {
    return delegate.canRefresh();
  }

  @Override
  public String description() {
    return delegate.description();
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
