package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.report.Report;
import java.util.List;
import java.util.Optional;

/** The result of a goal that only reads. */
final class ReadResults {

  private ReadResults() {}

  static TaskResult of(TaskEnvironment environment, String goal, List<String> lines, Report report, Object value) {
    return new TaskResult(goal, TaskOutcome.READ, lines, List.of(), environment.reports(goal, report), report, value,
        Optional.empty());
  }
}
