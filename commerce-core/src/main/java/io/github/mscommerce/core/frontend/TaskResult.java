package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.report.Report;
import io.github.mscommerce.core.report.ReportFile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished task. {@link TaskRunner} logs {@code lines} (then {@code warnings}), writes {@code files} and, when
 * {@code failure} is present, fails with it after the files are written; a front end hands {@code value} (plain lists,
 * maps, strings, numbers, booleans) to a Pipeline script and {@code report} (items checked, changes, violations) to a
 * build page.
 *
 * @param outcome how it ended, typed, for scripts and the gate's {@code unstable} option
 * @param value per item the read keys ({@code productId} or {@code offerType}, {@code productName} or
 *     {@code displayName}, {@code policyValue}), plus {@code before}, {@code after} and {@code status} for changes
 */
public record TaskResult(String goal, TaskOutcome outcome, List<String> lines, List<String> warnings,
    List<ReportFile> files, Report report, Object value, Optional<String> failure) {

  public TaskResult {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(outcome, "outcome");
    lines = List.copyOf(lines);
    warnings = List.copyOf(warnings);
    files = List.copyOf(files);
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(failure, "failure");
  }

  public boolean failed() {
    return failure.isPresent();
  }
}
