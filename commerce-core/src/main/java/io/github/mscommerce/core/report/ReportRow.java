package io.github.mscommerce.core.report;

import io.github.mscommerce.core.PolicyValue;
import java.util.Objects;

/**
 * One line of a report's table. A listing fills {@code value}; a plan or an apply fills {@code before}, {@code after} and
 * {@code result}. Fields that do not apply are null, and renderers leave them out.
 *
 * @param kind "product", "offer type" or "policy"
 * @param result "unchanged", "change", "invalid" (dry run) or "unchanged", "changed", "failed", "not attempted" (apply)
 * @param detail why an item is invalid or failed
 */
public record ReportRow(String kind, String id, String name, PolicyValue value, PolicyValue before, PolicyValue after,
    String result, String detail) {

  public ReportRow {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    name = name == null ? "" : name;
  }

  static ReportRow value(String kind, String id, String name, PolicyValue value) {
    return new ReportRow(kind, id, name, value, null, null, null, null);
  }

  static ReportRow change(String kind, String id, String name, PolicyValue before, PolicyValue after, String result,
      String detail) {
    return new ReportRow(kind, id, name, null, before, after, result, detail);
  }

  /** Whether this row describes a change (before → after) rather than a value. */
  public boolean isChange() {
    return result != null;
  }
}
