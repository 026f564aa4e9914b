package io.github.mscommerce.emulator.journal;

import io.github.mscommerce.emulator.JournalEntry;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The requests served, oldest first, counts per {@code "METHOD /route/template"} and counts of the faults that fired
 * per {@link JournalEntry#fault() label}. Entries are kept up to a bound (a long-running CLI must not grow without
 * limit); counts keep counting past it.
 */
public final class Journal {

  public static final int MAX_ENTRIES = 10_000;

  private final Deque<JournalEntry> entries = new ArrayDeque<>();
  private final Map<String, Integer> counts = new TreeMap<>();
  private final Map<String, Integer> faultCounts = new TreeMap<>();

  public synchronized void record(JournalEntry entry) {
    if (entries.size() == MAX_ENTRIES) {
      entries.removeFirst();
    }
    entries.addLast(entry);
    counts.merge(key(entry.method(), entry.route()), 1, Integer::sum);
    if (entry.fault() != null) {
      faultCounts.merge(entry.fault(), 1, Integer::sum);
    }
  }

  public synchronized List<JournalEntry> entries() {
    return List.copyOf(entries);
  }

  public synchronized Map<String, Integer> counts() {
    return Collections.unmodifiableMap(new TreeMap<>(counts));
  }

  /** Faults fired per label, e.g. {@code {"drop":2,"status-503":5}}. */
  public synchronized Map<String, Integer> faultCounts() {
    return Collections.unmodifiableMap(new TreeMap<>(faultCounts));
  }

  public synchronized int count(String method, String route) {
    return counts.getOrDefault(key(method.toUpperCase(Locale.ROOT), route), 0);
  }

  public synchronized void clear() {
    entries.clear();
    counts.clear();
    faultCounts.clear();
  }

  public static String key(String method, String route) {
    return method + " " + route;
  }
}
