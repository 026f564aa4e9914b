package io.github.mscommerce.emulator.random;

import java.nio.charset.StandardCharsets;

/**
 * SplitMix64, written out here rather than taken from {@code java.util}: the emulator promises that a printed seed
 * reproduces the same tenants and the same faults, and only an algorithm of its own keeps that promise across JDKs.
 */
public final class SplitMix64 {

  private long state;

  public SplitMix64(long seed) {
    this.state = seed;
  }

  public long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    return mix(state);
  }

  /** A number from 0 (inclusive) to {@code bound} (exclusive); the tiny modulo bias is irrelevant for test data. */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    return (int) Long.remainderUnsigned(nextLong(), bound);
  }

  /** SplitMix64's finaliser: every input bit affects every output bit. */
  public static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Hashes the values in order into one number: {@code combine(a, b) != combine(b, a)}. */
  public static long combine(long... values) {
    long hash = 0x6A09E667F3BCC909L;
    for (long value : values) {
      hash = mix(hash ^ mix(value + 0x9E3779B97F4A7C15L));
    }
    return hash;
  }

  /** FNV-1a over the UTF-8 bytes, then mixed: a string's hash that does not depend on {@code String.hashCode}. */
  public static long hash(String text) {
    long hash = 0xCBF29CE484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xFF;
      hash *= 0x100000001B3L;
    }
    return mix(hash);
  }

  /** A number from 0 (inclusive) to 1 (exclusive) taken from the top 53 bits of {@code hash}. */
  public static double unit(long hash) {
    return (hash >>> 11) * 0x1.0p-53;
  }
}
