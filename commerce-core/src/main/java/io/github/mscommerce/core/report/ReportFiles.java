package io.github.mscommerce.core.report;

import io.github.mscommerce.core.plan.ApplyResult;
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
 * {@code TEST-commerce-verify-policy.xml} (so {@code junit '**}{@code /TEST-*.xml'} finds it), and for apply the
 * before-state {@code before-<UTC timestamp>.json}.
 */
public final class ReportFiles {

  public static final String VERIFY_POLICY = "verify-policy";

  private static final DateTimeFormatter BEFORE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ReportFiles() {}

  public static List<ReportFile> forGoal(String goal, Report report) {
    List<ReportFile> files = new ArrayList<>();
    files.add(new ReportFile(goal + ".json", JsonReport.render(report)));
    files.add(new ReportFile(goal + ".md", MarkdownReport.render(report)));
    if (VERIFY_POLICY.equals(goal)) {
      files.add(new ReportFile("TEST-commerce-" + goal + ".xml", JUnitReport.render(report)));
    }
    return files;
  }

  /** {@code before-20250314T093000Z.json}: sorts by time, and never clashes with the reports of the same run. */
  public static String beforeStateFileName(Instant time) {
    return "before-" + BEFORE_STAMP.format(time) + ".json";
  }

  /** The desired-state document that restores what {@code result} changed. */
  public static ReportFile beforeState(ApplyResult result, Instant time) {
    return new ReportFile(beforeStateFileName(time), DesiredStateJson.write(result.beforeState()));
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
