package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.core.http.RetryPolicy;
import io.github.mscommerce.core.http.TimeSource;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What every credential needs besides its own secrets: the network (trust, proxy, timeouts), the retry policy (MSAL's
 * internal retry is off, so token requests follow the same policy as service calls), where log events go, the front end's
 * wording for suggestions, and the clock.
 */
public record CredentialOptions(NetworkSettings network, RetryPolicy retryPolicy, Consumer<CommerceEvent> events,
    Suggestions suggestions, TimeSource time) {

  public CredentialOptions {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(suggestions, "suggestions");
    Objects.requireNonNull(time, "time");
  }

  public static CredentialOptions defaults() {
    return new CredentialOptions(NetworkSettings.defaults(), RetryPolicy.defaults(), event -> {},
        Suggestions.generic(), TimeSource.SYSTEM);
  }

  public CredentialOptions withNetwork(NetworkSettings network) {
    return new CredentialOptions(network, retryPolicy, events, suggestions, time);
  }

  public CredentialOptions withRetryPolicy(RetryPolicy retryPolicy) {
    return new CredentialOptions(network, retryPolicy, events, suggestions, time);
  }

  public CredentialOptions withEvents(Consumer<CommerceEvent> events) {
    return new CredentialOptions(network, retryPolicy, events, suggestions, time);
  }

  public CredentialOptions withSuggestions(Suggestions suggestions) {
    return new CredentialOptions(network, retryPolicy, events, suggestions, time);
  }

  public CredentialOptions withTimeSource(TimeSource time) {
    return new CredentialOptions(network, retryPolicy, events, suggestions, time);
  }
}
