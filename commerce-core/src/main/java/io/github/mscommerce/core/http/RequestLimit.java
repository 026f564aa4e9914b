package io.github.mscommerce.core.http;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A cap on the requests in flight at once, shared by every client and credential of one run: a run over a thousand
 * tenants, each updating products in parallel, must not open more connections than the service (or the machine) takes.
 * A permit is held only while a request is on the wire, never during a retry's backoff, so waiting requests do not hold
 * up others. Token requests take a permit too ({@link io.github.mscommerce.core.auth.CredentialOptions#requestLimit()}).
 *
 * <p>Thread-safe. {@link #NONE} takes no permit and counts nothing.
 */
public final class RequestLimit {

  /** No cap: what a client gets when nobody shares one. */
  public static final RequestLimit NONE = new RequestLimit(0);

  private final int maxInFlight;
  private final Semaphore permits;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();
  private final AtomicLong requests = new AtomicLong();

  private RequestLimit(int maxInFlight) {
    this.maxInFlight = maxInFlight;
    // Fair, so a tenant that has waited longest sends first and no request starves behind newer ones.
    this.permits = maxInFlight > 0 ? new Semaphore(maxInFlight, true) : null;
  }

  /** @throws IllegalArgumentException when {@code maxInFlight} is not positive */
  public static RequestLimit of(int maxInFlight) {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("at least one request must be allowed in flight, was " + maxInFlight);
    }
    return new RequestLimit(maxInFlight);
  }

  /** Waits for a permit; each {@code acquire} is matched by one {@link #release()}. */
  public void acquire() throws InterruptedException {
    if (permits == null) {
      return;
    }
    permits.acquire();
    requests.incrementAndGet();
    peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
  }

  public void release() {
    if (permits == null) {
      return;
    }
    inFlight.decrementAndGet();
    permits.release();
  }

  /** The cap; 0 for {@link #NONE}. */
  public int maxInFlight() {
    return maxInFlight;
  }

  /** The most requests that were in flight at once so far: what a run really used of its cap (0 for {@link #NONE}). */
  public int peakInFlight() {
    return peak.get();
  }

  /** How many requests took a permit so far (tokens and service calls, each attempt counted). */
  public long requests() {
    return requests.get();
  }

  @Override
  public String toString() {
    return maxInFlight == 0 ? "RequestLimit[none]" : "RequestLimit[" + maxInFlight + " in flight]";
  }
}
