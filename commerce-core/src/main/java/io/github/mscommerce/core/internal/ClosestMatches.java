package io.github.mscommerce.core.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Finds the known ids a mistyped one was probably meant to be, for "did you mean" suggestions. */
public final class ClosestMatches {

  private static final int MAX_SUGGESTIONS = 3;

  private ClosestMatches() {}

  /**
   * The up to three candidates nearest to {@code wanted} by edit distance (case-insensitive), nearest first, keeping only
   * those within half the wanted id's length: a suggestion that shares nothing with the input only confuses.
   */
  public static List<String> to(String wanted, Collection<String> candidates) {
    String target = wanted.toUpperCase(Locale.ROOT);
    int limit = Math.max(2, target.length() / 2);
    return candidates.stream()
        .distinct()
        .map(candidate -> new Scored(candidate, distance(target, candidate.toUpperCase(Locale.ROOT))))
        .filter(scored -> scored.distance <= limit)
        .sorted(Comparator.comparingInt((Scored scored) -> scored.distance).thenComparing(scored -> scored.candidate))
        .limit(MAX_SUGGESTIONS)
        .map(scored -> scored.candidate)
        .collect(Collectors.toList());
  }

  private record Scored(String candidate, int distance) {}

  /** Levenshtein distance, two rows. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
