package io.github.mscommerce.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A small map that forgets its least recently used entry beyond a fixed size, safe for concurrent use. For the caches a
 * whole JVM shares (HTTP clients, TLS contexts, tokens): a Jenkins controller runs for months, and what it caches comes
 * from users' settings, so an unbounded map would grow with every configuration ever seen.
 */
public final class LruCache<K, V> {

  private final Map<K, V> entries;

  public LruCache(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
    }
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > maxEntries;
      }
    };
  }

  /** The entry for {@code key}, made by {@code make} (under this cache's lock, so at most once) when there is none. */
  public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> make) {
    Objects.requireNonNull(key, "key");
    V existing = entries.get(key);
    if (existing != null) {
      return existing;
    }
    V made = Objects.requireNonNull(make.apply(key), "made");
    entries.put(key, made);
    return made;
  }

  /** Forgets {@code key} if it still maps to {@code value} (a failed entry, say, that a later call should make again). */
  public synchronized void remove(K key, V value) {
    entries.remove(key, value);
  }

  public synchronized void clear() {
    entries.clear();
  }

  public synchronized int size() {
    return entries.size();
  }
}
