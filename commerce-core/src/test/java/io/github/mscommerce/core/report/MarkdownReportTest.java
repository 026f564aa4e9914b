package io.github.mscommerce.core.report;

import static io.github.mscommerce.core.report.ReportFixtures.TIME;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

public class MarkdownReportTest {

  @Test
  public void render_gate_hasHeadingOutcomeTableAndViolations() {
    String md = MarkdownReport.render(Report.ofGate("verify-policy", ReportFixtures.failedGate(), TIME));

    assertThat(md, containsString("## Policy verification: AllowSelfServicePurchase\n\n"
        + "**Failed: 3 violations in 3 products checked against 2 rules.**\n\n"
        + "| Product | Id | Value |\n|---|---|---|\n"));
    assertThat(md, containsString("| Microsoft 365 Copilot | CFQ7TTC0MM8R | Enabled |\n"));
    assertThat(md,
        containsString("- CFQ7TTC0MM8R Microsoft 365 Copilot is Enabled (rule: no product may be Enabled; "
            + "CFQ7TTC0MM8R must be Disabled)\n"));
  }

  @Test
  public void render_pipeInAName_isEscapedSoTheRowKeepsItsColumns() {
    String md = MarkdownReport.render(Report.ofGate("verify-policy", ReportFixtures.failedGate(), TIME));

    String row = Arrays.stream(md.split("\n")).filter(line -> line.contains("CFQ7TTC0LH2H"))
        .collect(Collectors.toList()).get(0);
    assertEquals("| Power Apps \\| \\<per user\\> & \"more\" | CFQ7TTC0LH2H | Disabled |", row);
    assertEquals(4, row.replace("\\|", "").chars().filter(c -> c == '|').count());
  }

  @Test
  public void render_apply_usesBeforeAfterResultColumns() {
    String md = MarkdownReport.render(Report.ofApply("apply", ReportFixtures.applyResult(), TIME));

    List<String> lines = Arrays.asList(md.split("\n"));
    assertThat(md, containsString("| Product | Id | Before | After | Result |\n|---|---|---|---|---|\n"));
    assertTrue(lines.contains("| Power Apps per user | CFQ7TTC0LH2H | Enabled | Disabled | changed |"));
    assertTrue(lines.contains("| Visio Plan 1 | CFQ7TTC0HD33 | Enabled | — | not attempted: wanted Disabled |"));
    assertThat(md, not(containsString("Value |")));
  }

  @Test
  public void escape_lineBreaksAndBackslashes_cannotBreakATable() {
    assertEquals("a b \\\\\\| c", MarkdownReport.escape("a\r\nb \\| c"));
  }

  @Test
  public void render_passedGate_hasNoViolationSection() {
    String md = MarkdownReport.render(Report.ofGate("verify-policy", ReportFixtures.passedGate(), TIME));

    assertFalse(md.contains("### Violations"));
    assertThat(md, containsString("**Passed: 7 products checked against 1 rule, no violations.**"));
  }
}
