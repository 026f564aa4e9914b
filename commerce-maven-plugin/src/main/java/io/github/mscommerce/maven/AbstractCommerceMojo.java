package io.github.mscommerce.maven;

import static io.github.mscommerce.core.frontend.PropertyNames.*;

import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.frontend.CommerceTasks;
import io.github.mscommerce.core.frontend.SettingNames;
import io.github.mscommerce.core.frontend.SettingsProcessor;
import io.github.mscommerce.core.frontend.TaskResult;
import io.github.mscommerce.core.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What every service goal shares: the connection parameters, {@code commerce.skip}, secrets from {@code settings.xml}
 * or properties (never parameters: Maven prints those at {@code -X}), the emulator of {@code commerce:start-emulator},
 * report files, and the one translation of core's failures into Maven's.
 */
public abstract class AbstractCommerceMojo extends AbstractMojo {

  @Parameter(defaultValue = "${session}", readonly = true, required = true) private MavenSession session;
  @Parameter(defaultValue = "${project}", readonly = true) private MavenProject project;
  @Parameter(defaultValue = "${mojoExecution}", readonly = true) private MojoExecution mojoExecution;

  /** Skip this goal. */
  @Parameter(property = SKIP, defaultValue = "false") private boolean skip;
  /** The tenant id (or its onmicrosoft.com domain); else AZURE_TENANT_ID. */
  @Parameter(property = TENANT_ID) private String tenantId;
  /** The app registration's client id; else the server's username, else AZURE_CLIENT_ID. */
  @Parameter(property = CLIENT_ID) private String clientId;
  /** A settings.xml server: username = client id, password = client secret (may be encrypted). */
  @Parameter(property = SERVER_ID) private String serverId;
  /** A client certificate (PEM or PKCS#12); its password: -Dcommerce.certificatePassword or the environment. */
  @Parameter(property = CERTIFICATE_PATH) private File certificatePath;
  /** A federated (workload identity) token file; else AZURE_FEDERATED_TOKEN_FILE. */
  @Parameter(property = FEDERATED_TOKEN_FILE) private File federatedTokenFile;
  /** Sign-in mode: environment, client-secret, certificate, workload-identity, managed-identity, device-code,
   * username-password, access-token. Default: inferred from what is set, else the AZURE_* environment. */
  @Parameter(property = AUTH) private String auth;
  /** The user for username-password sign-in (else the server's username; the password is the server's). */
  @Parameter(property = USERNAME) private String username;
  /** The public client for device code and username/password sign-in; default: the MSCommerce module's. */
  @Parameter(property = PUBLIC_CLIENT_ID) private String publicClientId;
  /** The policy service's host root; default https://licensing.m365.microsoft.com. */
  @Parameter(property = ENDPOINT) private String endpoint;
  /** The Entra ID host root; default https://login.microsoftonline.com (or AZURE_AUTHORITY_HOST). */
  @Parameter(property = AUTHORITY_HOST) private String authorityHost;
  /** An extra trust anchor (PEM): the emulator's certificate or a TLS-inspecting proxy's CA. */
  @Parameter(property = TRUST_CERTIFICATE) private File trustCertificate;
  /** The API version: v1.0 (default) or v1. */
  @Parameter(property = API_VERSION) private String apiVersion;
  /** Request timeout in seconds. */
  @Parameter(property = TIMEOUT) private String timeout;
  /** Retries after the first attempt, on 429, 5xx and dropped connections. */
  @Parameter(property = RETRIES) private String retries;
  /** Parallel updates (1 to 64, default 8). */
  @Parameter(property = CONCURRENCY) private String concurrency;
  /** The policy; default AllowSelfServicePurchase. */
  @Parameter(property = POLICY_ID) private String policyId;
  /** Where reports go; default target/commerce, or the working directory without a project. */
  @Parameter(property = REPORT_DIRECTORY) private File reportDirectory;

  private final SettingsDecrypter decrypter;

  protected AbstractCommerceMojo(SettingsDecrypter decrypter) {
    this.decrypter = decrypter;
  }

  /** The goal's one core call. */
  protected abstract TaskResult run(CommerceTasks tasks);

  /** Where the goal's files are written; the report directory unless the goal has its own output. */
  protected Path outputDirectory() {
    if (reportDirectory != null) {
      return reportDirectory.toPath();
    }
    return hasProject() ? Path.of(project.getBuild().getDirectory(), "commerce")
        : Path.of(session.getExecutionRootDirectory());
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping commerce:" + mojoExecution.getGoal() + " (" + SKIP + "=true).");
      return;
    }
    MavenEvents events = new MavenEvents(getLog());
    events.quietMsalUnlessDebug();
    TaskResult result;
    try {
      MavenRawSettings raw = new MavenRawSettings(parameters(), session.getUserProperties(),
          hasProject() ? project.getProperties() : null,
          ServerCredentials.lookup(session.getSettings(), decrypter, serverId),
          EmulatorConnection.from(getPluginContext()), System.getenv(),
          SettingsProxy.active(session.getSettings(), events), events);
      result = run(new CommerceTasks(new SettingsProcessor(MavenSuggestions.create(), SettingNames.PROPERTIES, events)
          .connect(raw), SettingNames.PROPERTIES, events));
    } catch (CommerceException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    result.lines().forEach(getLog()::info);
    result.warnings().forEach(getLog()::warn);
    write(result);
    if (result.failed()) {
      throw new MojoFailureException(result.failure().get());
    }
  }

  private void write(TaskResult result) throws MojoExecutionException {
    Path directory = outputDirectory();
    try {
      List<Path> written = ReportFiles.writeTo(directory, result.files());
      Path base = Path.of(session.getExecutionRootDirectory()).toAbsolutePath();
      getLog().info("Wrote " + written.stream().map(p -> p.toAbsolutePath().startsWith(base)
          ? base.relativize(p.toAbsolutePath()) : p).map(Path::toString).collect(Collectors.joining(", ")));
    } catch (IOException e) {
      throw new MojoExecutionException("Could not write the reports of commerce:" + mojoExecution.getGoal() + " to "
          + directory.toAbsolutePath() + " (" + e + "). Check " + REPORT_DIRECTORY + " and the disk.", e);
    }
  }

  private boolean hasProject() {
    return project != null && project.getFile() != null;
  }

  private Map<String, String> parameters() {
    Map<String, String> map = new HashMap<>();
    map.put(TENANT_ID, tenantId);
    map.put(CLIENT_ID, clientId);
    map.put(CERTIFICATE_PATH, Objects.toString(certificatePath, null));
    map.put(FEDERATED_TOKEN_FILE, Objects.toString(federatedTokenFile, null));
    map.put(AUTH, auth);
    map.put(USERNAME, username);
    map.put(PUBLIC_CLIENT_ID, publicClientId);
    map.put(ENDPOINT, endpoint);
    map.put(AUTHORITY_HOST, authorityHost);
    map.put(TRUST_CERTIFICATE, Objects.toString(trustCertificate, null));
    map.put(API_VERSION, apiVersion);
    map.put(TIMEOUT, timeout);
    map.put(RETRIES, retries);
    map.put(CONCURRENCY, concurrency);
    map.put(POLICY_ID, policyId);
    return map;
  }
}
