package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.RequestInterruptedException;
import io.github.mscommerce.core.ResponseFacts;
import io.github.mscommerce.core.RetriesExhaustedException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.auth.MsalFailures.Transient;
import io.github.mscommerce.core.http.ProxyCredentialsNotice;
import io.github.mscommerce.core.http.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Runs one MSAL token acquisition under our retry policy (MSAL's own is off): throttling and passing failures wait and try
 * again, as {@link RetryPolicy} allows; everything else, and exhausted retries, become our exceptions. One per credential.
 */
final class TokenAcquirer {

  /** One MSAL call, e.g. {@code () -> app.acquireToken(parameters).get()}. */
  @FunctionalInterface
  interface Attempt {
    IAuthenticationResult run() throws Exception;
  }

  private final CredentialOptions options;
  private final MsalFailures failures;

  /** @param endpoint where tokens come from, for messages (authority host or managed identity endpoint) */
  TokenAcquirer(URI endpoint, CredentialOptions options) {
    this.options = options;
    this.failures = new MsalFailures(endpoint, options.network(), options.suggestions());
    ProxyCredentialsNotice.warnOnce(options.network(), options.events(), options.suggestions());
  }

  /** @param credentialDescription names the credential in events and messages; never holds a secret */
  AccessToken acquire(String credentialDescription, Attempt call) {
    String operation = "Getting a token for " + credentialDescription;
    RetryPolicy policy = options.retryPolicy();
    Instant start = options.time().now();
    int attempt = 0;
    while (true) {
      attempt++;
      options.events().accept(CommerceEvent.debug(operation + " (attempt " + attempt + ")"));
      Throwable failure;
      try {
        return toAccessToken(limited(call), credentialDescription);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RequestInterruptedException(operation + " was interrupted.", false, ResponseFacts.none(), e);
      } catch (ExecutionException | CompletionException e) {
        failure = e.getCause() == null ? e : e.getCause();
      } catch (Exception e) {
        failure = e;
      }
      Optional<Transient> passing = failures.asTransient(failure, options.time().now());
      if (passing.isEmpty()) {
        throw failures.toException(credentialDescription, failure);
      }
      Transient outcome = passing.get();
      if (!outcome.retryAllowed(policy, attempt)) {
        throw exhausted(operation, attempt, outcome.outcome(), outcome.facts(), failure);
      }
      Duration elapsed = Duration.between(start, options.time().now());
      Optional<RetryPolicy.Wait> wait = policy.nextWait(attempt, outcome.retryAfter(), elapsed);
      if (wait.isEmpty()) {
        throw exhausted(operation, attempt, outcome.outcome() + ", and waiting "
            + seconds(policy.delay(attempt, outcome.retryAfter())) + " more would exceed the "
            + seconds(policy.maxElapsed()) + " limit", outcome.facts(), failure);
      }
      Duration delay = wait.get().delay();
      if (wait.get().capped()) {
        options.events().accept(CommerceEvent.warn(options.suggestions().retryAfterCapped(operation,
            outcome.retryAfter().get(), delay)));
      }
      options.events().accept(CommerceEvent.lifecycle(operation + ": got " + outcome.outcome() + "; retrying in "
          + seconds(delay) + " (attempt " + (attempt + 1) + " of " + (policy.maxRetries() + 1) + ")"));
      sleep(operation, delay);
    }
  }

  /** A token request counts against the run's cap like any request; the permit is not held while backing off. */
  private IAuthenticationResult limited(Attempt call) throws Exception {
    options.requestLimit().acquire();
    try {
      return call.run();
    } finally {
      options.requestLimit().release();
    }
  }

  private AccessToken toAccessToken(IAuthenticationResult result, String credentialDescription) {
    Instant expiresOn = result.expiresOnDate().toInstant();
    options.events().accept(CommerceEvent.debug("Have a token for " + credentialDescription + ", valid until "
        + expiresOn));
    return new AccessToken(SecretValue.of(result.accessToken(), credentialDescription), expiresOn);
  }

  private RetriesExhaustedException exhausted(String operation, int attempts, String outcome, ResponseFacts facts,
      Throwable cause) {
    return new RetriesExhaustedException(options.suggestions().retriesExhausted(operation, attempts, outcome),
        attempts, facts, cause);
  }

  private void sleep(String operation, Duration delay) {
    try {
      options.time().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RequestInterruptedException(operation + " was interrupted while waiting to retry.", false,
          ResponseFacts.none(), e);
    }
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
