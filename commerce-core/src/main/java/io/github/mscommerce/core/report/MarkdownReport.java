package io.github.mscommerce.core.report;

import io.github.mscommerce.core.PolicyValue;
import io.github.mscommerce.core.gate.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report for people: a heading, the outcome in one line, and a table, fit for a CI job summary (GitHub's
 * {@code $GITHUB_STEP_SUMMARY}, a Jenkins build page). Text from the service is escaped, so a {@code |} in a product
 * name cannot break the table.
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  public static String render(Report report) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(escape(report.title())).append(": ").append(escape(report.policyId())).append("\n\n");
    md.append("**").append(escape(report.outcome())).append("**\n\n");
    report.notes().forEach(note -> md.append(escape(note)).append("\n\n"));
    if (report.rows().stream().anyMatch(ReportRow::isChange)) {
      changeTable(md, report.rows());
    } else if (!report.rows().isEmpty()) {
      valueTable(md, report.rows());
    }
    if (!report.violations().isEmpty()) {
      md.append("\n### Violations\n\n");
      for (Violation violation : report.violations()) {
        md.append("- ").append(escape(violation.describe())).append('\n');
      }
    }
    if (!report.rules().isEmpty()) {
      md.append("\nRules: ").append(report.rules().stream().map(rule -> "`" + rule.replace("`", "'") + "`")
          .collect(Collectors.joining(", "))).append('\n');
    }
    md.append("\n_").append(escape(report.goal())).append(", ").append(report.time()).append("_\n");
    return md.toString();
  }

  private static void valueTable(StringBuilder md, List<ReportRow> rows) {
    md.append("| ").append(firstColumn(rows)).append(" | Id | Value |\n");
    md.append("|---|---|---|\n");
    for (ReportRow row : rows) {
      md.append("| ").append(escape(row.name())).append(" | ").append(escape(row.id())).append(" | ")
          .append(value(row.value())).append(" |\n");
    }
  }

  private static void changeTable(StringBuilder md, List<ReportRow> rows) {
    md.append("| ").append(firstColumn(rows)).append(" | Id | Before | After | Result |\n");
    md.append("|---|---|---|---|---|\n");
    for (ReportRow row : rows) {
      String result = row.result() + (row.detail() == null ? "" : ": " + row.detail());
      md.append("| ").append(escape(row.name())).append(" | ").append(escape(row.id())).append(" | ")
          .append(value(row.before())).append(" | ").append(value(row.after())).append(" | ").append(escape(result))
          .append(" |\n");
    }
  }

  /** "Product" for products, "Offer type" for offer types, "Item" when a table holds both. */
  private static String firstColumn(List<ReportRow> rows) {
    List<String> kinds = rows.stream().map(ReportRow::kind).distinct().collect(Collectors.toList());
    if (kinds.size() != 1) {
      return "Item";
    }
    String kind = kinds.get(0);
    return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
  }

  private static String value(PolicyValue value) {
    return value == null ? "—" : value.wireValue();
  }

  /**
   * Backslash first, so the escapes added later are not themselves escaped; a pipe would end a cell, a line break a row,
   * and {@code <} would start an HTML tag that job summaries strip.
   */
  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "\\<").replace(">", "\\>")
        .replaceAll("[\\r\\n]+", " ");
  }
}
