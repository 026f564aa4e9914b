package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import hudson.AbortException;
import hudson.FilePath;
import hudson.model.TaskListener;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.frontend.TaskFailure;
import io.github.mscommerce.core.frontend.TaskOutcome;
import io.github.mscommerce.core.frontend.TaskResult;
import io.github.mscommerce.core.report.Report;
import io.github.mscommerce.core.report.ReportFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A task's output in a build: the log's lines, the files in the workspace, the failure. */
public class StepOutputTest {

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final PrintStream logger = new PrintStream(log, true, StandardCharsets.UTF_8);
  private final TaskListener listener = () -> logger;
  private Path root;
  private StepOutput output;

  @Before
  public void setUp() throws IOException {
    root = folder.newFolder("ws").toPath();
    output = new StepOutput(listener, new WorkspaceFiles(new FilePath(root.toFile())), "commerce");
  }

  private String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  @Test
  public void log_showsLifecycleWarningsAndErrors_notDetail() {
    output.log(CommerceEvent.lifecycle("Signing in"));
    output.log(CommerceEvent.warn("careful"));
    output.log(CommerceEvent.error("broken"));
    output.log(CommerceEvent.info("GET /v1.0/policies"));
    output.log(CommerceEvent.debug("attempt 1"));

    assertEquals(String.join(System.lineSeparator(), "Signing in", "WARNING: careful", "ERROR: broken", ""), log());
  }

  @Test
  public void prepare_makesTheReportDirectory() throws IOException {
    output.prepare();

    assertTrue(Files.isDirectory(root.resolve("commerce")));
  }

  @Test
  public void prepare_refusesAReportDirectoryOutsideTheWorkspace() {
    StepOutput outside = new StepOutput(listener, new WorkspaceFiles(new FilePath(root.toFile())), "/tmp/reports");

    IOException e = assertThrows(IOException.class, outside::prepare);

    assertEquals(Messages.WorkspaceFiles_outside("/tmp/reports"), e.getMessage());
  }

  @Test
  public void write_putsReportsInTheReportDirectoryAndUserPathsInTheWorkspace() throws IOException {
    assertEquals("commerce/verify-policy.json", output.write(new ReportFile("verify-policy.json", "{}")));
    assertEquals("state/tenant.json", output.write(ReportFile.atUserPath("state/tenant.json", "{\"a\": 1}")));

    assertEquals("{}", Files.readString(root.resolve("commerce/verify-policy.json")));
    assertEquals("{\"a\": 1}", Files.readString(root.resolve("state/tenant.json")));
    assertEquals(2, output.written().size());
    assertEquals("state/tenant.json", output.written().get(1).path());
  }

  @Test
  public void write_replacesAReport() throws IOException {
    output.write(new ReportFile("apply.md", "old"));
    output.write(new ReportFile("apply.md", "new → UTF-8"));

    assertEquals("new → UTF-8", Files.readString(root.resolve("commerce/apply.md"), StandardCharsets.UTF_8));
  }

  @Test
  public void create_neverReplacesABeforeState() throws IOException {
    output.create(new ReportFile("before-apply-20261124T010440Z.json", "first"));

    FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
        () -> output.create(new ReportFile("before-apply-20261124T010440Z.json", "second")));

    assertEquals("commerce/before-apply-20261124T010440Z.json", e.getFile());
    assertEquals("first", Files.readString(root.resolve("commerce/before-apply-20261124T010440Z.json")));
  }

  @Test
  public void write_refusesAnAbsoluteUserPath() {
    String absolute = root.resolveSibling("outside.json").toString();

    IOException e = assertThrows(IOException.class, () -> output.write(ReportFile.atUserPath(absolute, "{}")));

    assertEquals(Messages.WorkspaceFiles_outside(absolute), e.getMessage());
    assertTrue(Files.notExists(root.resolveSibling("outside.json")));
  }

  @Test
  public void fail_isAnAbortExceptionWithCoresMessage() {
    AbortException e = output.fail(new TaskFailure(TaskFailure.Kind.NOT_MET, "Policy gate failed: 1 violation"));

    assertEquals("Policy gate failed: 1 violation", e.getMessage());
  }

  @Test
  public void finished_keepsCoresResultForTheBuildPage() {
    assertTrue(output.result().isEmpty());
    TaskResult result = new TaskResult("verify-policy", TaskOutcome.VIOLATIONS, List.of(), List.of(), List.of(),
        Report.ofItems("verify-policy", List.of(), Instant.EPOCH), Map.of(), Optional.of("Policy gate failed"));

    output.finished(result);

    assertSame(result, output.result().orElseThrow());
  }
}
