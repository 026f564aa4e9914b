package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertTrue;

import hudson.model.Result;
import io.github.mscommerce.emulator.Fault;
import java.time.Duration;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.After;
import org.junit.Before;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.BuildWatcher;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * Aborting a running update: a timeout around an update whose PUTs the emulator holds back (latency by its admin
 * API). Core stops sending, writes what was and was not sent, and the build ends ABORTED, with the report still there.
 */
public class StepAbortJenkinsTest {

  @ClassRule public static BuildWatcher buildWatcher = new BuildWatcher();
  @Rule public JenkinsRule r = new JenkinsRule();

  private EmulatorPipelines pipelines;

  @Before
  public void setUp() throws Exception {
    pipelines = new EmulatorPipelines(r);
    pipelines.addDemoApp();
    pipelines.emulator.admin().injectFault(Fault.on("PUT", "/v1.0/policies/*/products/*")
        .withLatency(Duration.ofSeconds(10)));
  }

  @After
  public void clearFaults() {
    pipelines.emulator.admin().clearFaults();
  }

  @Test
  public void timeoutAbortsAnUpdateAndTheReportSaysWhatWasSent() throws Exception {
    WorkflowRun b = pipelines.build("node {\n"
        + "  try {\n"
        + "    timeout(time: 5, unit: 'SECONDS') {\n"
        + "      msCommerceUpdateProductPolicy(all: true, value: 'Disabled', concurrency: 2, "
        + pipelines.connection() + ")\n"
        + "    }\n"
        + "  } finally {\n"
        // The aborted step's thread writes the reports a moment after the build moves on; the .md comes last.
        + "    waitUntil { fileExists('commerce/update-policy.md') }\n"
        + "    def report = readFile('commerce/update-policy.json')\n"
        + "    echo 'report: ' + report.contains('\"unknown\": 2')\n"
        + "  }\n"
        + "}", Result.ABORTED);

    r.assertLogContains("Cancelled: 0 changed", b);
    r.assertLogContains("report: true", b);
    long puts = pipelines.emulator.admin().journal().stream().filter(e -> e.method().equals("PUT")).count();
    assertTrue("nothing but the two held-back PUTs was sent: " + puts, puts <= 2);
    r.assertLogNotContains("\tat ", b);
  }
}
