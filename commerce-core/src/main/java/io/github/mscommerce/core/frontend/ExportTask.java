package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.plan.DesiredState;
import io.github.mscommerce.core.plan.DesiredStateJson;
import io.github.mscommerce.core.plan.Exporter;
import io.github.mscommerce.core.report.Report;
import io.github.mscommerce.core.report.ReportFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Microsoft365DSC's Export: the tenant's current state as a desired-state document, every item explicit, written to
 * {@code commerce.output} (default {@code desired-state.json} in the report directory), beside the usual reports. In a
 * run over many tenants each writes {@code <tenant>.json}.
 */
final class ExportTask implements CommerceTask {

  private final TaskEnvironment environment;
  private final boolean offerTypes;
  private final Optional<String> output;

  ExportTask(TaskEnvironment environment) {
    this.environment = environment;
    TaskSettings settings = environment.settings();
    this.offerTypes = settings.flag(PropertyNames.INCLUDE_OFFER_TYPES, false);
    this.output = settings.text(PropertyNames.OUTPUT);
    output.filter(path -> !ReportFile.staysInside(path)).ifPresent(path -> {
      throw new InvalidSettingsException(environment.suggestions().outputLeavesDirectory(
          environment.name(PropertyNames.OUTPUT), path, DesiredStateJson.DEFAULT_FILE_NAME));
    });
  }

  /**
   * {@code commerce.output}, else {@code desired-state.json} in the report directory. One of many tenants writes
   * {@code <tenant>.json} there, or in the directory {@code commerce.output} names.
   */
  private ReportFile exportFile(String content) {
    TenantScope scope = environment.scope();
    if (scope.oneOfMany()) {
      String name = scope.tenant().orElseThrow() + ".json";
      return output.map(directory -> ReportFile.atUserPath(directory + "/" + name, content))
          .orElseGet(() -> new ReportFile(name, content));
    }
    return output.map(path -> ReportFile.atUserPath(path, content))
        .orElseGet(() -> new ReportFile(DesiredStateJson.DEFAULT_FILE_NAME, content));
  }

  @Override
  public TaskResult run(BeforeStates beforeStates) {
    DesiredState state = Exporter.export(environment.client(), offerTypes);
    ReportFile exported = exportFile(DesiredStateJson.write(state));
    Report report = Report.ofExport(Goals.EXPORT, state, exported.fileName(), environment.now());
    List<ReportFile> files = new ArrayList<>();
    files.add(exported);
    files.addAll(environment.reports(Goals.EXPORT, report));
    return new TaskResult(Goals.EXPORT, TaskOutcome.READ, List.of(report.outcome()), List.of(), files, report,
        ScriptValues.export(state), Optional.empty());
  }
}
