package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.report.Report;
import io.github.mscommerce.core.report.ReportFile;
import io.github.mscommerce.core.report.ReportFiles;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** What every goal's task runs with: the client, the front end, where events go, and which tenant it is for. */
record TaskEnvironment(CommerceClient client, int concurrency, TaskSettings settings, FrontEnd frontEnd,
    Consumer<CommerceEvent> events, TenantScope scope) {

  Suggestions suggestions() {
    return frontEnd.suggestions();
  }

  String name(String property) {
    return frontEnd.name(property);
  }

  Instant now() {
    return frontEnd.clock().instant();
  }

  /** The goal's JSON and Markdown reports; none for one of many tenants, whose run writes one report for all. */
  List<ReportFile> reports(String goal, Report report) {
    return scope.oneOfMany() ? List.of() : ReportFiles.forGoal(goal, report);
  }

  /** The gate's reports and JUnit XML; none for one of many tenants, as above. */
  List<ReportFile> gateReports(String goal, Report report) {
    return scope.oneOfMany() ? List.of() : ReportFiles.forGate(goal, report);
  }
}
