package io.github.mscommerce.core.internal;

import static org.junit.Assert.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class LruCacheTest {

  private final AtomicInteger made = new AtomicInteger();
  private final LruCache<String, Integer> cache = new LruCache<>(2);

  private int get(String key) {
    return cache.computeIfAbsent(key, k -> made.incrementAndGet());
  }

  @Test
  public void computeIfAbsent_sameKey_makesOnce() {
    assertEquals(1, get("a"));
    assertEquals(1, get("a"));
    assertEquals(1, made.get());
  }

  @Test
  public void computeIfAbsent_beyondTheBound_forgetsTheLeastRecentlyUsed() {
    get("a");
    get("b");
    get("a");
    get("c");

    assertEquals(2, cache.size());
    assertEquals("a was used after b, so b went", 1, get("a"));
    assertEquals(4, get("b"));
  }

  @Test
  public void remove_theCurrentValue_letsTheNextCallMakeItAgain() {
    get("a");
    cache.remove("a", 1);

    assertEquals(2, get("a"));
  }

  @Test
  public void remove_aValueReplacedMeanwhile_keepsTheNewOne() {
    get("a");
    cache.remove("a", 1);
    get("a");
    cache.remove("a", 1);

    assertEquals(2, get("a"));
  }

  @Test
  public void clear_forgetsEverything() {
    get("a");
    cache.clear();

    assertEquals(2, get("a"));
  }
}
