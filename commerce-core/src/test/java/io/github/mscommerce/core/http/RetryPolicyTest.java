package io.github.mscommerce.core.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.Test;

public class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofMinutes(1));

  @Test
  public void shouldRetry_onlyThrottlingAndGatewayStatuses() {
    for (int status : new int[] {429, 502, 503, 504}) {
      assertTrue("status " + status, policy.shouldRetry(1, status));
    }
    for (int status : new int[] {400, 401, 403, 404, 405, 409, 500}) {
      assertFalse("status " + status, policy.shouldRetry(1, status));
    }
  }

  @Test
  public void shouldRetry_stopsWhenRetriesAreSpent() {
    assertTrue(policy.shouldRetry(3, 503));
    assertFalse(policy.shouldRetry(4, 503));
    assertFalse(RetryPolicy.withRetries(0).shouldRetry(1, 429));
  }

  @Test
  public void delay_honoursRetryAfterOverBackoff() {
    assertEquals(Duration.ofSeconds(20), policy.delay(1, Optional.of(Duration.ofSeconds(20))));
  }

  @Test
  public void delay_floorsARetryAfterInThePast() {
    // A date in the past reads as zero; retrying at once would start a storm.
    assertEquals(Duration.ofMillis(500), policy.delay(1, Optional.of(Duration.ZERO)));
  }

  @Test
  public void nextWait_capsARetryAfterBeyondTheBudgetToWhatIsLeft() {
    RetryPolicy.Wait wait = policy.nextWait(1, Optional.of(Duration.ofDays(36500)), Duration.ofSeconds(10))
        .orElseThrow();
    assertEquals(Duration.ofSeconds(50), wait.delay());
    assertTrue(wait.capped());
    assertFalse(policy.nextWait(1, Optional.of(Duration.ofSeconds(20)), Duration.ZERO).orElseThrow().capped());
  }

  @Test
  public void nextWait_nothingLeftOfTheBudget_isEmpty() {
    assertTrue(policy.nextWait(1, Optional.of(Duration.ofDays(1)), Duration.ofMinutes(1)).isEmpty());
    assertTrue(policy.nextWait(1, Optional.empty(), Duration.ofSeconds(59).plusMillis(800)).isEmpty());
  }

  @Test
  public void delay_growsExponentiallyWithJitterWithinBounds() {
    for (int i = 0; i < 200; i++) {
      long first = policy.delay(1, Optional.empty()).toMillis();
      long third = policy.delay(3, Optional.empty()).toMillis();
      long tenth = policy.delay(10, Optional.empty()).toMillis();
      assertTrue("first " + first, first >= 500 && first <= 500);
      assertTrue("third " + third, third >= 1500 && third <= 2000);
      assertTrue("tenth " + tenth, tenth >= 3000 && tenth <= 4000);
    }
  }

  @Test
  public void constructor_rejectsNonsense() {
    assertThrows(IllegalArgumentException.class,
        () -> new RetryPolicy(-1, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(1)));
    assertThrows(IllegalArgumentException.class,
        () -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofMinutes(1)));
  }
}
