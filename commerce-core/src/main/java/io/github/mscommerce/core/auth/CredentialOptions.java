package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.core.http.RequestLimit;
import io.github.mscommerce.core.http.RetryPolicy;
import io.github.mscommerce.core.http.TimeSource;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What every credential needs besides its own secrets: the network (trust, proxy, timeouts), the retry policy (MSAL's
 * internal retry is off, so token requests follow the same policy as service calls), where log events go, the front end's
 * wording for suggestions, the clock, and the cap on requests in flight that token requests share with the service calls
 * of a run ({@link RequestLimit#NONE} unless a run over many tenants sets one).
 */
public record CredentialOptions(NetworkSettings network, RetryPolicy retryPolicy, Consumer<CommerceEvent> events,
    Suggestions suggestions, TimeSource time, RequestLimit requestLimit) {

  public CredentialOptions {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(suggestions, "suggestions");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(requestLimit, "requestLimit");
  }

  /** Without a cap on requests in flight. */
  public CredentialOptions(NetworkSettings network, RetryPolicy retryPolicy, Consumer<CommerceEvent> events,
      Suggestions suggestions, TimeSource time) {
    this(network, retryPolicy, events, suggestions, time, RequestLimit.NONE);
  }

  public static CredentialOptions defaults() {
    return new CredentialOptions(NetworkSettings.defaults(), RetryPolicy.defaults(), event -> {},
        Suggestions.generic(), TimeSource.SYSTEM);
  }

  public CredentialOptions withNetwork(NetworkSettings network) {
    return new CredentialOptions(network, retryPolicy, events, suggestions, time, requestLimit);
  }

  public CredentialOptions withRetryPolicy(RetryPolicy retryPolicy) {
    return new CredentialOptions(network, retryPolicy, events, suggestions, time, requestLimit);
  }

  public CredentialOptions withEvents(Consumer<CommerceEvent> events) {
    return new CredentialOptions(network, retryPolicy, events, suggestions, time, requestLimit);
  }

  public CredentialOptions withSuggestions(Suggestions suggestions) {
    return new CredentialOptions(network, retryPolicy, events, suggestions, time, requestLimit);
  }

  public CredentialOptions withTimeSource(TimeSource time) {
    return new CredentialOptions(network, retryPolicy, events, suggestions, time, requestLimit);
  }

  public CredentialOptions withRequestLimit(RequestLimit requestLimit) {
    return new CredentialOptions(network, retryPolicy, events, suggestions, time, requestLimit);
  }
}
