package io.github.mscommerce.core.report;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A file a goal leaves behind, as its name and text. Kept as a string so each front end writes it its own way: Maven to
 * {@code target/commerce/}, Jenkins through its agent-aware file API.
 *
 * @param name a plain file name in the report directory, or for {@link Location#USER_PATH} a path the user chose, with
 *     {@code /} or {@code \} between names and no {@code ..}
 */
public record ReportFile(String name, String content, Location location) {

  /** Where the front end puts the file. */
  public enum Location {
    /** The report directory ({@code commerce.reportDirectory}). */
    REPORT_DIRECTORY,
    /** A path the user gave (an export's {@code commerce.output}), relative to the project or workspace. */
    USER_PATH
  }

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  public ReportFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(location, "location");
    if (location == Location.REPORT_DIRECTORY ? !isPlainName(name) : !staysInside(name)) {
      throw new IllegalArgumentException("'" + name + "' is not a " + (location == Location.REPORT_DIRECTORY
          ? "plain file name" : "path that stays inside its directory"));
    }
  }

  /** A report in the report directory. */
  public ReportFile(String name, String content) {
    this(name, content, Location.REPORT_DIRECTORY);
  }

  public static ReportFile atUserPath(String path, String content) {
    return new ReportFile(path, content, Location.USER_PATH);
  }

  /** Letters, digits, '.', '_' and '-', not starting with a dot or dash: safe as a file name on every OS. */
  public static boolean isPlainName(String name) {
    return PLAIN_NAME.matcher(name).matches();
  }

  /**
   * A path whose every name is plain ({@code .} aside): no {@code ..} can lead out of the directory it is resolved
   * against. An absolute path is the user's explicit choice; whether it is allowed is the front end's business.
   */
  public static boolean staysInside(String path) {
    List<String> names = List.of(path.replace('\\', '/').split("/", -1));
    int start = names.get(0).isEmpty() || names.get(0).matches("[A-Za-z]:") ? 1 : 0;
    List<String> rest = names.subList(start, names.size()).stream().filter(name -> !name.equals("."))
        .collect(Collectors.toList());
    return !rest.isEmpty() && rest.stream().allMatch(ReportFile::isPlainName);
  }

  /** The file's name without its directories. */
  public String fileName() {
    String path = name.replace('\\', '/');
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
