package io.jenkins.plugins.mscommerce.steps;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Action;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.Secret;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.jenkins.plugins.mscommerce.credentials.EntraAppCredentialsImpl;
import io.jenkins.plugins.mscommerce.testing.TestEmulator;
import io.jenkins.plugins.mscommerce.testing.TestSecretFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.mockito.MockedStatic;

/**
 * A step's Jenkins context without Jenkins: a real workspace (a temporary folder) and build directory, the step's
 * {@link EnvVars}, a build log in memory, a mocked {@link Run} that keeps its actions and result, and, when asked for,
 * credentials through a static mock of {@link CredentialsProvider}. That mock is visible only on the test's thread, so
 * {@link #run} calls the execution's {@code run()} directly; {@link #start} uses the real background thread.
 */
final class StepHarness implements AutoCloseable {

  static final String CREDENTIALS_ID = "contoso";

  final CommerceEmulator emulator;
  final FilePath workspace;
  final Path buildDirectory;
  final EnvVars environment = new EnvVars();
  final Run<?, ?> run = mock(Run.class);
  final StepContext context = mock(StepContext.class);
  final List<Action> actions = new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final PrintStream logger = new PrintStream(log, true, StandardCharsets.UTF_8);
  private final TaskListener listener = () -> logger;
  private MockedStatic<CredentialsProvider> provider;

  StepHarness(Path root) throws Exception {
    emulator = TestEmulator.fresh();
    workspace = new FilePath(Files.createDirectories(root.resolve("workspace")).toFile());
    buildDirectory = Files.createDirectories(root.resolve("build"));
    when(run.getRootDir()).thenReturn(buildDirectory.toFile());
    when(run.getAction(PolicyReportsAction.class)).thenAnswer(invocation -> actions.stream()
        .filter(PolicyReportsAction.class::isInstance).findFirst().orElse(null));
    doAnswer(invocation -> actions.add(invocation.getArgument(0))).when(run).addAction(any(Action.class));
    when(context.get(Run.class)).thenAnswer(invocation -> run);
    when(context.get(FilePath.class)).thenReturn(workspace);
    when(context.get(EnvVars.class)).thenReturn(environment);
    when(context.get(TaskListener.class)).thenReturn(listener);
  }

  /** Credentials come from {@link #register}: on the test's thread only. */
  StepHarness withCredentials() {
    provider = mockStatic(CredentialsProvider.class);
    return this;
  }

  /** The demo app as the credentials {@link #CREDENTIALS_ID}, signing in at the emulator with its secret. */
  EntraAppCredentialsImpl demoApp() throws Exception {
    EntraAppCredentialsImpl app = new EntraAppCredentialsImpl(CredentialsScope.GLOBAL, CREDENTIALS_ID, "",
        emulator.demo().tenantId(), emulator.demo().clientId());
    app.setClientSecret(Secret.fromString(emulator.demo().clientSecret()));
    app.setAuthorityHost(emulator.baseUrl().toString());
    register(CREDENTIALS_ID, app);
    return app;
  }

  /** Found by id as any credentials type, as the step looks them up first. */
  void register(String id, IdCredentials credentials) {
    provider.when(() -> CredentialsProvider.findCredentialById(eq(id), eq(IdCredentials.class), any(Run.class)))
        .thenReturn(credentials);
  }

  void registerCertificate(String id, StandardCertificateCredentials certificate) {
    provider.when(() -> CredentialsProvider.findCredentialById(eq(id), eq(StandardCertificateCredentials.class),
        any(Run.class))).thenReturn(certificate);
  }

  /** A secret file credential holding {@code content}. */
  FileCredentials registerSecretFile(String id, String content) {
    FileCredentials file = new TestSecretFile(id, id + ".pem", content.getBytes(StandardCharsets.UTF_8));
    provider.when(() -> CredentialsProvider.findCredentialById(eq(id), eq(FileCredentials.class), any(Run.class)))
        .thenReturn(file);
    return file;
  }

  /** The step at the emulator: its endpoint, and its certificate as a workspace-independent trust anchor. */
  <S extends CommerceStep> S atEmulator(S step) {
    step.setEndpoint(emulator.baseUrl().toString());
    step.setTrustCertificate(TestEmulator.certificatePem().toString());
    return step;
  }

  /** As {@link #atEmulator}, signing in with the demo app's credentials. */
  <S extends CommerceStep> S withDemoApp(S step) throws Exception {
    demoApp();
    atEmulator(step).setCredentialsId(CREDENTIALS_ID);
    return step;
  }

  /** The demo app through the {@code AZURE_*} variables, as {@code withCredentials} sets them. */
  void demoAppInEnvironment() {
    environment.put("AZURE_TENANT_ID", emulator.demo().tenantId());
    environment.put("AZURE_CLIENT_ID", emulator.demo().clientId());
    environment.put("AZURE_CLIENT_SECRET", emulator.demo().clientSecret());
    environment.put("AZURE_AUTHORITY_HOST", emulator.baseUrl().toString());
  }

  /** Runs the step on this thread, as the background thread would, and returns what the script receives. */
  Object run(CommerceStep step) throws Exception {
    return new CommerceStepExecution(step, context).run();
  }

  /** Starts the step as Pipeline does: on a background thread, reporting to the context. */
  CommerceStepExecution start(CommerceStep step) throws Exception {
    CommerceStepExecution execution = new CommerceStepExecution(step, context);
    execution.start();
    return execution;
  }

  String log() {
    return log.toString(StandardCharsets.UTF_8);
  }

  boolean exists(String relativePath) throws Exception {
    return workspace.child(relativePath).exists();
  }

  String file(String relativePath) throws Exception {
    return new String(workspace.child(relativePath).read().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** Writes a file into the workspace. */
  void write(String relativePath, String content) throws Exception {
    workspace.child(relativePath).write(content, StandardCharsets.UTF_8.name());
  }

  /** The value of a product in the demo tenant, as the emulator holds it. */
  String value(String productId) {
    return emulator.admin().productValue(emulator.demo().tenantId(), productId);
  }

  long requests(String method) {
    return emulator.admin().journal().stream().filter(entry -> entry.method().equals(method)).count();
  }

  PolicyReportsAction action() {
    return (PolicyReportsAction) actions.stream().filter(PolicyReportsAction.class::isInstance).findFirst()
        .orElseThrow(() -> new AssertionError("no PolicyReportsAction on the build"));
  }

  /** No secret of the demo app in the log, the reports or the build page's copies. */
  void assertNoSecretAnywhere() throws Exception {
    String secret = emulator.demo().clientSecret();
    if (log().contains(secret)) {
      throw new AssertionError("the log holds the client secret:\n" + log());
    }
    for (FilePath file : workspace.child(CommerceStep.DEFAULT_REPORT_DIRECTORY).list()) {
      if (!file.isDirectory() && file.readToString().contains(secret)) {
        throw new AssertionError(file.getRemote() + " holds the client secret");
      }
    }
  }

  @Override
  public void close() {
    if (provider != null) {
      provider.close();
    }
  }
}
