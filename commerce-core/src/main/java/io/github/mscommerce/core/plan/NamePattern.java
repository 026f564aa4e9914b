package io.github.mscommerce.core.plan;

import io.github.mscommerce.core.InvalidSettingsException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A product-name glob such as {@code Power BI*}: {@code *} stands for any text, {@code ?} for one character, everything
 * else is literal. It matches the whole name, ignoring case, because people type names as they remember them.
 */
final class NamePattern {

  private final String glob;
  private final Pattern regex;

  NamePattern(String glob) {
    this.glob = Objects.requireNonNull(glob, "glob").trim();
    if (this.glob.isEmpty() || this.glob.chars().allMatch(c -> c == '*')) {
      throw new InvalidSettingsException("'" + glob + "' is not a useful product name pattern: write part of a name, "
          + "such as 'Power BI*', or select all products instead.");
    }
    this.regex = Pattern.compile(toRegex(this.glob), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  boolean matches(String name) {
    return regex.matcher(name).matches();
  }

  /** The pattern without wildcards, to find the names it was probably meant to match. */
  String literalText() {
    return glob.replace("*", "").replace("?", "");
  }

  /** Whether the pattern is open at the end ({@code Power BI*}), so only a name's beginning is worth comparing. */
  boolean isPrefixPattern() {
    return glob.endsWith("*") && glob.indexOf('*') == glob.length() - 1 && glob.indexOf('?') < 0;
  }

  String glob() {
    return glob;
  }

  private static String toRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*' || c == '?') {
        regex.append(quote(literal)).append(c == '*' ? ".*" : ".");
        literal.setLength(0);
      } else {
        literal.append(c);
      }
    }
    return regex.append(quote(literal)).toString();
  }

  private static String quote(StringBuilder literal) {
    return literal.length() == 0 ? "" : Pattern.quote(literal.toString());
  }

  @Override
  public String toString() {
    return glob;
  }
}
