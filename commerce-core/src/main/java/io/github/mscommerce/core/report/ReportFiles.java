package io.github.mscommerce.core.report;

import io.github.mscommerce.core.plan.DesiredState;
import io.github.mscommerce.core.plan.DesiredStateJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a goal leaves behind (design.md, "Report files"): {@code <goal>.json}, {@code <goal>.md}, for the gate also
 * JUnit XML {@code TEST-commerce-<goal>.xml} (so {@code junit '**}{@code /TEST-*.xml'} finds it), and for a change the
 * before-state {@code before-<goal>-<UTC timestamp>.json}.
 */
public final class ReportFiles {

  private static final DateTimeFormatter BEFORE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ReportFiles() {}

  /** The JSON and Markdown reports. */
  public static List<ReportFile> forGoal(String goal, Report report) {
    List<ReportFile> files = new ArrayList<>();
    files.add(new ReportFile(goal + ".json", JsonReport.render(report)));
    files.add(new ReportFile(goal + ".md", MarkdownReport.render(report)));
    return files;
  }

  /** The JSON and Markdown reports and the JUnit XML, for a gate. */
  public static List<ReportFile> forGate(String goal, Report report) {
    List<ReportFile> files = forGoal(goal, report);
    files.add(new ReportFile("TEST-commerce-" + goal + ".xml", JUnitReport.render(report)));
    return files;
  }

  /**
   * {@code before-apply-20250314T093000Z.json}, or with {@code attempt} 2 and up {@code …Z-2.json}: sorts by time, names
   * the goal, and a second run in the same second (two goals of one build) gets a name of its own.
   */
  public static String beforeStateFileName(String goal, Instant time, int attempt) {
    return "before-" + goal + "-" + BEFORE_STAMP.format(time) + (attempt > 1 ? "-" + attempt : "") + ".json";
  }

  /** The desired-state document that restores the values of {@code before}. */
  public static ReportFile beforeState(String name, DesiredState before) {
    return new ReportFile(name, DesiredStateJson.write(before));
  }
  /** Writes the files as UTF-8 into {@code directory}, creating it; returns their paths, in order. */
  public static List<Path> writeTo(Path directory, List<ReportFile> files) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (ReportFile file : files) {
      written.add(Files.writeString(directory.resolve(file.name()), file.content(), StandardCharsets.UTF_8));
    }
    return written;
  }
}
