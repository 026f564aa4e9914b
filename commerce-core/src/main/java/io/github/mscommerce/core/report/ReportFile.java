package io.github.mscommerce.core.report;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A report file's name and text. Kept as a string so each front end writes it its own way: Maven to
 * {@code target/commerce/}, Jenkins through its agent-aware file API.
 *
 * @param name a plain file name, never a path
 */
public record ReportFile(String name, String content) {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  public ReportFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    if (!isPlainName(name)) {
      throw new IllegalArgumentException("'" + name + "' is not a plain file name");
    }
  }

  /** Letters, digits, '.', '_' and '-', not starting with a dot or dash: safe as a file name on every OS. */
  public static boolean isPlainName(String name) {
    return PLAIN_NAME.matcher(name).matches();
  }
}
