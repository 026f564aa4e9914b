package io.github.mscommerce.maven;

import static io.github.mscommerce.core.frontend.PropertyNames.ACCESS_TOKEN;
import static io.github.mscommerce.core.frontend.PropertyNames.API_VERSION;
import static io.github.mscommerce.core.frontend.PropertyNames.AUTH;
import static io.github.mscommerce.core.frontend.PropertyNames.AUTHORITY_HOST;
import static io.github.mscommerce.core.frontend.PropertyNames.CERTIFICATE_PASSWORD;
import static io.github.mscommerce.core.frontend.PropertyNames.CERTIFICATE_PATH;
import static io.github.mscommerce.core.frontend.PropertyNames.CLIENT_ID;
import static io.github.mscommerce.core.frontend.PropertyNames.CLIENT_SECRET;
import static io.github.mscommerce.core.frontend.PropertyNames.CONCURRENCY;
import static io.github.mscommerce.core.frontend.PropertyNames.ENDPOINT;
import static io.github.mscommerce.core.frontend.PropertyNames.FEDERATED_TOKEN_FILE;
import static io.github.mscommerce.core.frontend.PropertyNames.POLICY_ID;
import static io.github.mscommerce.core.frontend.PropertyNames.PUBLIC_CLIENT_ID;
import static io.github.mscommerce.core.frontend.PropertyNames.RETRIES;
import static io.github.mscommerce.maven.MavenPropertyNames.SERVER_ID;
import static io.github.mscommerce.core.frontend.PropertyNames.TENANT_ID;
import static io.github.mscommerce.core.frontend.PropertyNames.TIMEOUT;
import static io.github.mscommerce.core.frontend.PropertyNames.TRUST_CERTIFICATE;
import static io.github.mscommerce.core.frontend.PropertyNames.USERNAME;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.frontend.AuthMode;
import io.github.mscommerce.core.frontend.RawSettings;
import io.github.mscommerce.core.frontend.SettingValues;
import io.github.mscommerce.core.http.ProxySettings;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * {@link RawSettings} from a Mojo. Each value comes from the first source that has it: the Mojo parameter or, for
 * secrets, the user property ({@code -D}, "the command line") or project property ("the POM"); then the emulator of
 * {@code commerce:start-emulator} when it serves the endpoint; then the {@code settings.xml} server named by
 * {@code commerce.serverId}; then (in core) the {@code AZURE_*} environment.
 *
 * <p>Secrets are never Mojo parameters, because Maven prints every parameter at {@code -X}.
 */
final class MavenRawSettings implements RawSettings {

  static final String FROM_COMMAND_LINE = "the command line";
  static final String FROM_POM = "the POM";

  private final Map<String, String> parameters;
  /** Looked up when first needed, inside core's runner, so a missing or undecryptable server fails as a setting. */
  private final Supplier<Optional<ServerCredentials>> server;
  private final Optional<EmulatorConnection> emulator;
  private final Map<String, String> environment;
  private final Optional<ProxySettings> proxy;
  private final boolean userSignIn;
  /** Whether commerce.tenantId holds the emulator's tenant, exported as a project property, not set by the user. */
  private final boolean tenantIdFromEmulator;
  private final Optional<SecretValue> clientSecret;
  private final Optional<SecretValue> certificatePassword;
  private final Optional<SecretValue> accessToken;

  /** The settings of a goal Mojo in its build: its parameters, the session's properties and servers, the emulator. */
  static MavenRawSettings of(AbstractMojo mojo, MavenSession session, MavenProject project, String serverId,
      SettingsDecrypter decrypter, MavenEvents events) {
    return new MavenRawSettings(SettingValues.fieldsOf(mojo, AbstractMojo.class), session.getUserProperties(),
        project == null ? null : project.getProperties(),
        memoized(() -> ServerCredentials.lookup(session.getSettings(), decrypter, serverId)),
        EmulatorConnection.from(mojo.getPluginContext()), System.getenv(),
        SettingsProxy.active(session.getSettings()), events);
  }

  /**
   * @param parameters the non-secret Mojo parameters that are set, keyed by their {@code commerce.*} property name
   * @param userProperties where {@code -D} secrets are found
   * @param projectProperties where secrets in the POM's {@code <properties>} are found
   * @param events receives a warning for every secret read from the command line or the POM
   */
  MavenRawSettings(Map<String, ?> parameters, Properties userProperties, Properties projectProperties,
      Optional<ServerCredentials> server, Optional<EmulatorConnection> emulator, Map<String, String> environment,
      Optional<ProxySettings> proxy, Consumer<CommerceEvent> events) {
    this(parameters, userProperties, projectProperties, () -> server, emulator, environment, proxy, events);
  }

  private MavenRawSettings(Map<String, ?> parameters, Properties userProperties, Properties projectProperties,
      Supplier<Optional<ServerCredentials>> server, Optional<EmulatorConnection> emulator,
      Map<String, String> environment, Optional<ProxySettings> proxy, Consumer<CommerceEvent> events) {
    this.parameters = SettingValues.of(parameters);
    this.server = server;
    this.emulator = emulator.filter(e -> e.servesEndpoint(parameter(ENDPOINT)));
    this.environment = Map.copyOf(environment);
    this.proxy = proxy;
    this.userSignIn = parameter(AUTH).filter(AuthMode.USERNAME_PASSWORD.setting()::equalsIgnoreCase).isPresent();
    // commerce:start-emulator exports its tenant as the project property commerce.tenantId, which Maven then hands
    // to this parameter: the emulator's tenant, not the user's choice, unless the command line says so too.
    this.tenantIdFromEmulator = parameter(TENANT_ID).isPresent()
        && parameter(TENANT_ID).equals(this.emulator.flatMap(EmulatorConnection::tenantId))
        && (userProperties == null || userProperties.getProperty(TENANT_ID) == null);
    SecretProperties secrets = new SecretProperties(userProperties, projectProperties, events);
    this.clientSecret = secrets.read(CLIENT_SECRET, "Keep it in a settings.xml <server> named by " + SERVER_ID
        + " (password encrypted with mvn --encrypt-password) or in the environment variable AZURE_CLIENT_SECRET.");
    this.certificatePassword = secrets.read(CERTIFICATE_PASSWORD,
        "Keep it in the environment variable AZURE_CLIENT_CERTIFICATE_PASSWORD.");
    this.accessToken = secrets.read(ACCESS_TOKEN, "Prefer a sign-in that gets its own tokens: a settings.xml <server> "
        + "named by " + SERVER_ID + ", or the AZURE_* environment variables.");
  }

  private Optional<String> parameter(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  @Override
  public Optional<String> value(String property) {
    return parameter(property);
  }

  private Optional<ServerCredentials> appServer() {
    return userSignIn ? Optional.empty() : server.get();
  }

  @Override
  public Optional<String> tenantId() {
    return tenantIdFromEmulator ? Optional.empty() : parameter(TENANT_ID);
  }

  /** The emulator's demo tenant: it signs in when no tenant is named, and a list of tenants overrides it. */
  @Override
  public Optional<String> homeTenantId() {
    return emulator.flatMap(EmulatorConnection::tenantId);
  }

  @Override
  public Optional<String> clientId() {
    return parameter(CLIENT_ID).or(() -> emulator.flatMap(EmulatorConnection::clientId))
        .or(() -> appServer().flatMap(ServerCredentials::username));
  }

  @Override
  public Optional<SecretValue> clientSecret() {
    return clientSecret.or(() -> emulator.flatMap(EmulatorConnection::clientSecret))
        .or(() -> appServer().flatMap(ServerCredentials::password));
  }

  @Override
  public Optional<SecretValue> certificatePassword() {
    return certificatePassword;
  }

  @Override
  public Optional<SecretValue> accessToken() {
    return accessToken;
  }

  @Override
  public Optional<String> username() {
    return parameter(USERNAME).or(() -> userSignIn ? server.get().flatMap(ServerCredentials::username) : Optional.empty());
  }

  @Override
  public Optional<SecretValue> password() {
    return userSignIn ? server.get().flatMap(ServerCredentials::password) : Optional.empty();
  }

  @Override
  public Optional<String> endpoint() {
    return parameter(ENDPOINT).or(() -> emulator.map(EmulatorConnection::baseUrl));
  }

  @Override
  public Optional<String> authorityHost() {
    return parameter(AUTHORITY_HOST).or(() -> emulator.map(EmulatorConnection::baseUrl));
  }

  @Override
  public Optional<String> trustCertificateFile() {
    return parameter(TRUST_CERTIFICATE).or(() -> emulator.map(EmulatorConnection::trustCertificate));
  }

  @Override
  public Optional<ProxySettings> proxy() {
    return proxy;
  }

  @Override
  public Map<String, String> environment() {
    return environment;
  }

  /** What is set and where secrets come from; never a secret's value. */
  @Override
  public String toString() {
    return "MavenRawSettings[" + parameters + ", clientSecret=" + clientSecret() + ", certificatePassword="
        + certificatePassword + ", accessToken=" + accessToken + ", password=" + password()
        + serverForDisplay() + emulator.map(e -> ", emulator=" + e.baseUrl()).orElse("") + "]";
  }

  /** toString must not fail: a server that cannot be found or decrypted is reported by core, not here. */
  private String serverForDisplay() {
    try {
      return server.get().map(s -> ", " + SERVER_ID + "=" + s.id()).orElse("");
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static <T> Supplier<T> memoized(Supplier<T> supplier) {
    Object[] value = new Object[1];
    return () -> {
      if (value[0] == null) {
        value[0] = supplier.get();
      }
      @SuppressWarnings("unchecked")
      T cached = (T) value[0];
      return cached;
    };
  }

  /** Secrets set as properties: accepted, with a warning that names a safer place. */
  private static final class SecretProperties {

    private final Properties user;
    private final Properties project;
    private final Consumer<CommerceEvent> events;

    SecretProperties(Properties user, Properties project, Consumer<CommerceEvent> events) {
      this.user = user;
      this.project = project;
      this.events = events;
    }

    Optional<SecretValue> read(String name, String advice) {
      Optional<SecretValue> secret = property(user, name, FROM_COMMAND_LINE).or(() -> property(project, name, FROM_POM));
      secret.ifPresent(s -> events.accept(CommerceEvent.warn(name + " comes from " + s.origin() + ", where it can "
          + "end up in shell history, CI logs or version control. " + advice)));
      return secret;
    }

    private static Optional<SecretValue> property(Properties properties, String name, String origin) {
      return Optional.ofNullable(properties).map(p -> p.getProperty(name)).filter(v -> !v.isBlank())
          .map(value -> SecretValue.of(value, origin));
    }
  }
}
