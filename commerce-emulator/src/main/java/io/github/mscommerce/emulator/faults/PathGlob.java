package io.github.mscommerce.emulator.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A glob over the raw request path: {@code **} matches any number of segments (also none), {@code *} one whole
 * segment, and a {@code *} inside a segment any characters within it ({@code CFQ7*}). Other characters match exactly.
 */
public final class PathGlob {

  private final String glob;
  private final List<String> parts;
  private final List<Pattern> partPatterns = new ArrayList<>();

  public PathGlob(String glob) {
    this.glob = glob;
    this.parts = split(glob);
    for (String part : parts) {
      partPatterns.add(part.equals("**") ? null : wildcard(part));
    }
  }

  public boolean matches(String rawPath) {
    return matchFrom(0, split(rawPath), 0);
  }

  private boolean matchFrom(int partIndex, List<String> segments, int segmentIndex) {
    if (partIndex == parts.size()) {
      return segmentIndex == segments.size();
    }
    if (parts.get(partIndex).equals("**")) {
      for (int next = segmentIndex; next <= segments.size(); next++) {
        if (matchFrom(partIndex + 1, segments, next)) {
          return true;
        }
      }
      return false;
    }
    return segmentIndex < segments.size()
        && partPatterns.get(partIndex).matcher(segments.get(segmentIndex)).matches()
        && matchFrom(partIndex + 1, segments, segmentIndex + 1);
  }

  private static Pattern wildcard(String part) {
    StringBuilder regex = new StringBuilder();
    for (String literal : part.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append("[^/]*");
      }
      regex.append(Pattern.quote(literal));
    }
    // "*" alone must not match an empty segment: it stands for one segment.
    return Pattern.compile(part.equals("*") ? "[^/]+" : regex.toString());
  }

  private static List<String> split(String path) {
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    List<String> segments = new ArrayList<>();
    if (!trimmed.isEmpty()) {
      for (String segment : trimmed.split("/", -1)) {
        segments.add(segment);
      }
    }
    return segments;
  }

  @Override
  public String toString() {
    return glob;
  }
}
