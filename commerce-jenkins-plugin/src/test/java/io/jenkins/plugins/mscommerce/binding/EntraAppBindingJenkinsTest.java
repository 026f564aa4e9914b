package io.jenkins.plugins.mscommerce.binding;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.domains.Domain;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.model.Result;
import hudson.util.Secret;
import io.github.mscommerce.emulator.ClientCertificate;
import io.jenkins.plugins.mscommerce.credentials.EntraAppCredentialsImpl;
import io.jenkins.plugins.mscommerce.testing.TestCertificateCredentials;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.BuildWatcher;
import org.jvnet.hudson.test.JenkinsRule;

/** withCredentials([entraIdApp(…)]) in real Pipelines: what a shell sees, what the log and the build directory keep. */
public class EntraAppBindingJenkinsTest {

  private static final String TENANT = EntraAppBindingTest.TENANT;
  private static final String CLIENT = EntraAppBindingTest.CLIENT;
  private static final String SECRET = EntraAppBindingTest.SECRET;
  private static final String KEYSTORE_PASSWORD = EntraAppBindingTest.KEYSTORE_PASSWORD;

  @ClassRule public static BuildWatcher buildWatcher = new BuildWatcher();
  @Rule public JenkinsRule r = new JenkinsRule();

  private void add(Credentials credentials) throws Exception {
    CredentialsProvider.lookupStores(r.jenkins).iterator().next().addCredentials(Domain.global(), credentials);
  }

  private void addWithSecret() throws Exception {
    EntraAppCredentialsImpl credentials = EntraAppBindingTest.app("contoso");
    credentials.setClientSecret(Secret.fromString(SECRET));
    add(credentials);
  }

  private void addWithCertificate() throws Exception {
    add(TestCertificateCredentials.of("contoso-certificate", ClientCertificate.generate("pipeline"),
        KEYSTORE_PASSWORD));
    EntraAppCredentialsImpl credentials = EntraAppBindingTest.app("contoso");
    credentials.setCertificateCredentialsId("contoso-certificate");
    add(credentials);
  }

  private WorkflowJob pipeline(String script) throws Exception {
    WorkflowJob job = r.createProject(WorkflowJob.class, "p");
    job.setDefinition(new CpsFlowDefinition(script, true));
    return job;
  }

  @Test
  public void masking() throws Exception {
    addWithSecret();
    // Single quotes: the shell expands the variables, so the secret never passes through Groovy.
    WorkflowRun b = r.buildAndAssertSuccess(pipeline("node { withCredentials([entraIdApp(credentialsId: 'contoso')]) {\n"
        + "  sh 'echo \"tenant=$AZURE_TENANT_ID client=$AZURE_CLIENT_ID secret=$AZURE_CLIENT_SECRET\"'\n"
        + "} }"));

    r.assertLogContains("tenant=" + TENANT + " client=" + CLIENT + " secret=****", b);
    r.assertLogContains("Masking supported pattern matches of $AZURE_CLIENT_SECRET", b);
    r.assertLogNotContains(SECRET, b);
    assertNoFileUnder(b.getRootDir(), SECRET);
  }

  @Test
  public void clientSecretNeedsNoNode() throws Exception {
    addWithSecret();

    WorkflowRun b = r.buildAndAssertSuccess(pipeline("withCredentials([entraIdApp(credentialsId: 'contoso')]) {\n"
        + "  echo \"tenant=${env.AZURE_TENANT_ID}\"\n"
        + "}"));

    r.assertLogContains("tenant=" + TENANT, b);
  }

  @Test
  public void certificateFileExistsOnlyInsideTheBlock() throws Exception {
    addWithCertificate();

    WorkflowRun b = r.buildAndAssertSuccess(pipeline("node { withCredentials([entraIdApp(credentialsId: 'contoso')]) {\n"
        + "  sh 'echo \"path=$AZURE_CLIENT_CERTIFICATE_PATH mode=$(stat -c %a \"$AZURE_CLIENT_CERTIFICATE_PATH\")"
        + " password=$AZURE_CLIENT_CERTIFICATE_PASSWORD\"'\n"
        + "} }"));

    r.assertLogContains(" mode=400 password=****", b);
    r.assertLogNotContains(KEYSTORE_PASSWORD, b);
    Matcher path = Pattern.compile("path=(\\S+) mode=").matcher(JenkinsRule.getLog(b));
    assertTrue(path.find());
    File file = new File(path.group(1));
    assertTrue(file + " lies beside the workspace", file.getPath().contains("p@tmp" + File.separator + "secretFiles"));
    assertFalse(file + " is deleted after the block", file.exists());
    assertFalse(file.getParentFile().exists());
    assertNoFileUnder(b.getRootDir(), KEYSTORE_PASSWORD);
  }

  @Test
  public void certificateOutsideNode() throws Exception {
    addWithCertificate();

    WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline(
        "withCredentials([entraIdApp(credentialsId: 'contoso')]) { echo 'unreachable' }"));

    r.assertLogContains(Messages.EntraAppBinding_certificateNeedsWorkspace("contoso"), b);
    r.assertLogNotContains("\tat ", b);
  }

  @Test
  public void missingCredentials() throws Exception {
    WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline(
        "node { withCredentials([entraIdApp(credentialsId: 'nothing')]) { echo 'unreachable' } }"));

    r.assertLogContains("'nothing'", b);
    r.assertLogNotContains("unreachable", b);
    r.assertLogNotContains("\tat ", b);
  }

  @Test
  public void wrongCredentialType() throws Exception {
    add(new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "userpass", "", "user", SECRET));

    WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline(
        "node { withCredentials([entraIdApp(credentialsId: 'userpass')]) { echo 'unreachable' } }"));

    r.assertLogContains("'userpass' is of type", b);
    r.assertLogNotContains("\tat ", b);
    r.assertLogNotContains(SECRET, b);
  }

  @Test
  public void neitherSecretNorCertificate() throws Exception {
    add(EntraAppBindingTest.app("contoso"));

    WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline(
        "withCredentials([entraIdApp(credentialsId: 'contoso')]) { echo 'unreachable' }"));

    r.assertLogContains(Messages.EntraAppBinding_noSecretOrCertificate("contoso"), b);
    r.assertLogNotContains("\tat ", b);
  }

  private static void assertNoFileUnder(File directory, String secret) throws IOException {
    List<Path> leaks;
    try (Stream<Path> files = Files.walk(directory.toPath())) {
      leaks = files.filter(Files::isRegularFile).filter(file -> contains(file, secret)).collect(Collectors.toList());
    }
    assertEquals("files holding the secret", List.of(), leaks);
  }

  private static boolean contains(Path file, String secret) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(secret);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
