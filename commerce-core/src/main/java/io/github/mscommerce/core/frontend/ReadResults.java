package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.report.Report;
import io.github.mscommerce.core.report.ReportFiles;
import java.util.List;
import java.util.Optional;

/** The result of a goal that only reads. */
final class ReadResults {

  private ReadResults() {}

  static TaskResult of(String goal, List<String> lines, Report report, Object value) {
    return new TaskResult(goal, TaskOutcome.READ, lines, List.of(), ReportFiles.forGoal(goal, report), report, value,
        Optional.empty());
  }
}
