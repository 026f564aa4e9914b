package io.github.mscommerce.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The files of a run over many tenants, under the names one tenant's run uses: {@code <goal>.json} and
 * {@code <goal>.md} keyed by tenant, and for the gate {@code TEST-commerce-<goal>.xml} with a suite per tenant, so
 * CI configuration written for one tenant finds them unchanged.
 */
public final class TenantReportFiles {

  private TenantReportFiles() {}

  public static List<ReportFile> forGoal(TenantsReport run) {
    List<ReportFile> files = new ArrayList<>();
    files.add(new ReportFile(run.goal() + ".json", TenantJsonReport.render(run)));
    files.add(new ReportFile(run.goal() + ".md", TenantMarkdownReport.render(run)));
    return files;
  }

  public static List<ReportFile> forGate(TenantsReport run) {
    List<ReportFile> files = forGoal(run);
    files.add(new ReportFile("TEST-commerce-" + run.goal() + ".xml", TenantJUnitReport.render(run)));
    return files;
  }
}
