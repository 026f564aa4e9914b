package io.github.mscommerce.core.report;

import static io.github.mscommerce.core.report.ReportFixtures.TIME;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.mscommerce.core.plan.DesiredStateJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ReportFilesTest {

  @Rule
  public TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void forGate_addsTheJUnitFile() {
    List<ReportFile> files = ReportFiles.forGate("verify-policy",
        Report.ofGate("verify-policy", ReportFixtures.passedGate(), TIME));

    assertEquals(List.of("verify-policy.json", "verify-policy.md", "TEST-commerce-verify-policy.xml"), names(files));
  }

  @Test
  public void forGoal_otherGoal_writesJsonAndMarkdownOnly() {
    List<ReportFile> files = ReportFiles.forGoal("apply", Report.ofApply("apply", ReportFixtures.applyResult(), TIME));

    assertEquals(List.of("apply.json", "apply.md"), names(files));
  }

  @Test
  public void beforeState_isNamedForTheGoalAndUtcTimeAndRestoresTheValues() {
    ReportFile file = ReportFiles.beforeState(ReportFiles.beforeStateFileName("apply", TIME, 1),
        ReportFixtures.applyResult().beforeState());

    assertEquals("before-apply-20250314T093000Z.json", file.name());
    assertEquals("before-apply-20250314T093000Z-2.json", ReportFiles.beforeStateFileName("apply", TIME, 2));
    assertEquals(ReportFixtures.applyResult().beforeState(), DesiredStateJson.parse(file.content(), file.name()));
  }

  @Test
  public void writeTo_createsTheDirectoryAndWritesUtf8() throws Exception {
    Path directory = folder.getRoot().toPath().resolve("target/commerce");

    List<Path> written = ReportFiles.writeTo(directory, List.of(new ReportFile("a.md", "— ü\n")));

    assertEquals(List.of(directory.resolve("a.md")), written);
    assertEquals("— ü\n", Files.readString(written.get(0), StandardCharsets.UTF_8));
  }

  @Test
  public void reportFile_pathInsteadOfName_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> new ReportFile("../escape.json", "{}"));
  }

  private static List<String> names(List<ReportFile> files) {
    return files.stream().map(ReportFile::name).collect(Collectors.toList());
  }
}
