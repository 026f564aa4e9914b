package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.TokenCredential;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Says which credential signs in (never its secret) when the first token is requested: the first thing to check when a
 * token is refused, and a line that is true, unlike one logged before a desired-state file that then fails to parse.
 */
final class AnnouncedCredential implements TokenCredential {

  private final TokenCredential delegate;
  private final Consumer<CommerceEvent> events;
  private final AtomicBoolean announced = new AtomicBoolean();

  AnnouncedCredential(TokenCredential delegate, Consumer<CommerceEvent> events) {
    this.delegate = delegate;
    this.events = events;
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
