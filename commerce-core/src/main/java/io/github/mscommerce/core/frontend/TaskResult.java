package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.report.ReportFile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a front end does with a finished task: log {@code lines} (and {@code warnings}), write {@code files} into its report
 * directory, hand {@code value} (plain lists, maps, strings, numbers, booleans) to a Pipeline script, and, when
 * {@code failure} is present, fail the build with it, after the files are written.
 */
public record TaskResult(String goal, List<String> lines, List<String> warnings, List<ReportFile> files, Object value,
    Optional<String> failure) {

  public TaskResult {
    Objects.requireNonNull(goal, "goal");
    lines = List.copyOf(lines);
    warnings = List.copyOf(warnings);
    files = List.copyOf(files);
    Objects.requireNonNull(failure, "failure");
  }

  public boolean failed() {
    return failure.isPresent();
  }
}
