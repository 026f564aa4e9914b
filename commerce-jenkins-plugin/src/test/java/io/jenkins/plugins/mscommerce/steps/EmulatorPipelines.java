package io.jenkins.plugins.mscommerce.steps;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import hudson.model.Result;
import hudson.util.Secret;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.jenkins.plugins.mscommerce.credentials.EntraAppCredentialsImpl;
import io.jenkins.plugins.mscommerce.testing.TestEmulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * For the JenkinsRule tests of the steps: the emulator's demo app as the credentials {@value #CREDENTIALS_ID}, and
 * sandboxed Pipelines that reach the emulator. The emulator's certificate file is on this machine, and the Pipelines run
 * on the built-in node, whose workspace (through which a step reads every file) is on this machine too.
 */
final class EmulatorPipelines {

  static final String CREDENTIALS_ID = "contoso";

  final JenkinsRule r;
  final CommerceEmulator emulator;
  private int jobs;

  EmulatorPipelines(JenkinsRule r) {
    this.r = r;
    this.emulator = TestEmulator.fresh();
  }

  void add(Credentials credentials) throws Exception {
    CredentialsProvider.lookupStores(r.jenkins).iterator().next().addCredentials(Domain.global(), credentials);
  }

  /** The demo app, signing in with its client secret at the emulator. */
  EntraAppCredentialsImpl addDemoApp() throws Exception {
    EntraAppCredentialsImpl app = new EntraAppCredentialsImpl(CredentialsScope.GLOBAL, CREDENTIALS_ID,
        "emulator demo app", emulator.demo().tenantId(), emulator.demo().clientId());
    app.setClientSecret(Secret.fromString(emulator.demo().clientSecret()));
    app.setAuthorityHost(emulator.baseUrl().toString());
    add(app);
    return app;
  }

  /** The emulator's endpoint and certificate, as step arguments. */
  String atEmulator() {
    return "endpoint: '" + emulator.baseUrl() + "', trustCertificate: '" + TestEmulator.certificatePem() + "'";
  }

  /** As {@link #atEmulator()}, signing in with the demo app's credentials. */
  String connection() {
    return "credentialsId: '" + CREDENTIALS_ID + "', " + atEmulator();
  }

  WorkflowJob job(String script) throws Exception {
    WorkflowJob job = r.createProject(WorkflowJob.class, "p" + ++jobs);
    job.setDefinition(new CpsFlowDefinition(script, true));
    return job;
  }

  WorkflowRun build(String script, Result expected) throws Exception {
    return r.buildAndAssertStatus(expected, job(script));
  }

  String value(String productId) {
    return emulator.admin().productValue(emulator.demo().tenantId(), productId);
  }

  /** Neither the log nor any file of the build's directory holds the demo app's secret. */
  void assertNoSecret(WorkflowRun b) throws Exception {
    r.assertLogNotContains(emulator.demo().clientSecret(), b);
    try (Stream<Path> files = Files.walk(b.getRootDir().toPath())) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        if (text.contains(emulator.demo().clientSecret())) {
          throw new AssertionError(file + " holds the client secret");
        }
      }
    }
  }
}
