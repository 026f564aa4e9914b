package io.github.mscommerce.emulator;

import io.github.mscommerce.emulator.admin.AdminHttpApi;
import io.github.mscommerce.emulator.admin.InProcessAdmin;
import io.github.mscommerce.emulator.crypto.Pem;
import io.github.mscommerce.emulator.crypto.SelfSignedCertificates;
import io.github.mscommerce.emulator.crypto.StartupKeys;
import io.github.mscommerce.emulator.crypto.TlsContexts;
import io.github.mscommerce.emulator.entra.AssertionReplay;
import io.github.mscommerce.emulator.entra.EntraEndpoints;
import io.github.mscommerce.emulator.entra.EntraServices;
import io.github.mscommerce.emulator.faults.FaultRegistry;
import io.github.mscommerce.emulator.http.Delays;
import io.github.mscommerce.emulator.http.Dispatcher;
import io.github.mscommerce.emulator.http.LoopbackHttpsServer;
import io.github.mscommerce.emulator.http.Route;
import io.github.mscommerce.emulator.http.Router;
import io.github.mscommerce.emulator.journal.Journal;
import io.github.mscommerce.emulator.jwt.SigningKey;
import io.github.mscommerce.emulator.policy.PolicyEndpoints;
import io.github.mscommerce.emulator.policy.PolicyRouteFamily;
import io.github.mscommerce.emulator.state.Catalogue;
import io.github.mscommerce.emulator.state.DemoTenant;
import io.github.mscommerce.emulator.state.EmulatorState;
import io.github.mscommerce.emulator.state.StateDocument;
import io.github.mscommerce.emulator.state.StateParser;
import io.github.mscommerce.emulator.tokens.AccessTokenIssuer;
import io.github.mscommerce.emulator.tokens.AccessTokenVerifier;
import io.github.mscommerce.emulator.tokens.DeviceCodes;
import io.github.mscommerce.emulator.tokens.FederationIssuer;
import io.github.mscommerce.emulator.tokens.RefreshTokens;
import io.github.mscommerce.emulator.tokens.TokenLedger;
import io.github.mscommerce.emulator.tokens.TokenLifetime;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;

/**
 * An offline HTTPS stand-in for Microsoft Entra ID and the Microsoft 365 self-service purchase policy service, on
 * 127.0.0.1. One base URL serves the policy API ({@code /v1.0/…}, {@code /v1/…}), the Entra endpoints an MSAL
 * authority points at ({@code /{tenant}/oauth2/v2.0/…}), the managed identity endpoints, and the admin API under
 * {@code /_emulator} (not part of the real service). The TLS certificate and all keys are made at start-up.
 *
 * <pre>{@code
 * try (CommerceEmulator emulator = CommerceEmulator.start()) {
 *   Demo demo = emulator.demo();
 *   // authority: emulator.baseUrl() + "/" + demo.tenantId() + "/", trust: emulator.clientSslContext()
 * }
 * }</pre>
 */
public final class CommerceEmulator implements AutoCloseable {

  /** Long enough for any CI run or demo; the certificate is new on every start anyway. */
  private static final Duration CERTIFICATE_VALIDITY = Duration.ofDays(90);

  private final LoopbackHttpsServer server;
  private final URI baseUrl;
  private final X509Certificate certificate;
  private volatile SSLContext clientSslContext;
  private final Demo demo;
  private final InProcessAdmin admin;
  private final StartupCredentials startupCredentials;
  private final int generatedTenantCount;
  private final AtomicBoolean closed = new AtomicBoolean();

  private CommerceEmulator(LoopbackHttpsServer server, URI baseUrl, X509Certificate certificate, Demo demo,
                           InProcessAdmin admin, StartupCredentials startupCredentials, int generatedTenantCount) {
    this.server = server;
    this.baseUrl = baseUrl;
    this.certificate = certificate;
    this.demo = demo;
    this.admin = admin;
    this.startupCredentials = startupCredentials;
    this.generatedTenantCount = generatedTenantCount;
  }

  /** Starts on an ephemeral port with the built-in demo tenant. */
  public static CommerceEmulator start() throws IOException {
    return start(EmulatorOptions.builder().build());
  }

  /**
   * @throws IOException when the port is taken or the state file cannot be read
   * @throws InvalidStateException when the state document is invalid (the message says where and how to fix it)
   * @throws IllegalArgumentException when this JVM disables a TLS version the options offer
   */
  public static CommerceEmulator start(EmulatorOptions options) throws IOException {
    Objects.requireNonNull(options, "options");
    String stateJson = options.stateJson().orElse(null);
    String stateSource = "State JSON";
    if (options.stateFile().isPresent()) {
      Path file = options.stateFile().get();
      stateSource = "State file " + file;
      stateJson = readStateFile(file);
    }
    StartupKeys keys = StartupKeys.generate();
    Catalogue catalogue = Catalogue.builtIn();
    LoopbackHttpsServer server = LoopbackHttpsServer.bind(options.port(), options.threads());
    try {
      URI baseUrl = URI.create("https://127.0.0.1:" + server.port());
      DemoTenant demoTenant = DemoTenant.create(baseUrl.toString());
      StateDocument startup = stateJson == null ? demoTenant.document()
          : new StateParser(catalogue).parse(stateJson, stateSource);
      X509Certificate certificate = SelfSignedCertificates.server(keys.tls(), CERTIFICATE_VALIDITY,
          options.certificateNames());
      SSLContext serverContext = TlsContexts.server(keys.tls().getPrivate(), certificate);
      TlsContexts.requireEnabled(serverContext, options.tlsProtocols());
      EmulatorState state = startState(catalogue, startup, options.generatedTenants(), demoTenant);
      Wiring wiring = new Wiring(catalogue, state, keys, baseUrl, demoTenant.demo(), server.delays());
      server.start(serverContext, options.tlsProtocols(), wiring.dispatcher(), AdminHttpApi.PREFIX,
          wiring.adminApi());
      return new CommerceEmulator(server, baseUrl, certificate, demoTenant.demo(), wiring.admin(),
          StartupCredentials.of(startup), options.generatedTenants().count());
    } catch (RuntimeException | Error e) {
      server.stop();
      throw e;
    }
  }

  /** {@code https://127.0.0.1:<port>}, without a trailing slash: the policy endpoint and the authority host. */
  public URI baseUrl() {
    return baseUrl;
  }

  public int port() {
    return baseUrl.getPort();
  }

  /**
   * The self-signed TLS certificate: EC P-256, SAN {@code IP:127.0.0.1} and {@code DNS:localhost} unless
   * {@link EmulatorOptions.Builder#certificateNames} chose others.
   */
  public X509Certificate certificate() {
    return certificate;
  }

  public String certificatePem() {
    return Pem.certificate(certificate);
  }

  /** Writes {@link #certificatePem()} to {@code file}, creating parent directories; for {@code curl --cacert}. */
  public Path writeCertificatePem(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, certificatePem(), StandardCharsets.US_ASCII);
    return file;
  }

  /** A TLS client context whose only trust anchor is this emulator's certificate. Made on first use (the CLI never
   *  needs it, and it costs start-up time). */
  public SSLContext clientSslContext() {
    SSLContext context = clientSslContext;
    if (context == null) {
      synchronized (this) {
        if (clientSslContext == null) {
          clientSslContext = TlsContexts.trusting(certificate);
        }
        context = clientSslContext;
      }
    }
    return context;
  }

  public Demo demo() {
    return demo;
  }

  /** The admin operations in process (the same as the HTTP admin API under {@code /_emulator}). */
  public EmulatorAdmin admin() {
    return admin;
  }

  /** The App Service managed identity endpoint, for {@code IDENTITY_ENDPOINT}. */
  public URI managedIdentityEndpoint() {
    return URI.create(baseUrl + "/msi/token");
  }

  /** Stops the server at once; calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop();
    }
  }

  @Override
  public String toString() {
    return "CommerceEmulator[" + baseUrl + (closed.get() ? ", closed" : "") + "]";
  }

  /** For the CLI banner: how many tenants were generated at start-up. */
  int generatedTenantCount() {
    return generatedTenantCount;
  }

  /** For the CLI banner: the first tenant of the start-up state and its first ReadWrite app. */
  StartupCredentials startupCredentials() {
    return startupCredentials;
  }

  /** Generated tenants that clash with the state's, or want more products than exist, are a bad start-up state. */
  private static EmulatorState startState(Catalogue catalogue, StateDocument startup, GeneratedTenants generated,
                                          DemoTenant demoTenant) {
    try {
      return new EmulatorState(catalogue, startup, generated, demoTenant.appForGeneratedTenants());
    } catch (IllegalArgumentException e) {
      throw new InvalidStateException("Generated tenants: " + e.getMessage());
    }
  }

  private static String readStateFile(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "the state file does not exist");
    } catch (IOException e) {
      throw new IOException("Cannot read the state file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Credentials the CLI prints first. Empty strings when the state has no such app or secret. */
  record StartupCredentials(String tenantId, String clientId, String clientSecret) {

    static StartupCredentials of(StateDocument startup) {
      StateDocument.TenantSpec tenant = startup.tenants().get(0);
      return tenant.apps().stream().filter(app -> app.roles().contains(AppRegistration.ROLE_READ_WRITE)).findFirst()
          .map(app -> new StartupCredentials(tenant.tenantId(), app.clientId(),
              app.clientSecret() == null ? "" : app.clientSecret()))
          .orElse(new StartupCredentials(tenant.tenantId(), "", ""));
    }

    @Override
    public String toString() {
      return "StartupCredentials[" + tenantId + ", " + clientId + ", clientSecret=***]";
    }
  }

  /** Builds the object graph once, in dependency order. */
  private static final class Wiring {
    private final Dispatcher dispatcher;
    private final InProcessAdmin admin;
    private final AdminHttpApi adminApi;

    Wiring(Catalogue catalogue, EmulatorState state, StartupKeys keys, URI baseUrl, Demo demo, Delays delays) {
      Clock clock = Clock.systemUTC();
      SigningKey signingKey = new SigningKey(keys.tokenSigning());
      TokenLedger ledger = new TokenLedger(clock);
      TokenLifetime lifetime = new TokenLifetime();
      RefreshTokens refreshTokens = new RefreshTokens();
      DeviceCodes deviceCodes = new DeviceCodes(clock);
      AssertionReplay replay = new AssertionReplay(clock);
      FederationIssuer federation =
          new FederationIssuer(demo.federationIssuer(), new SigningKey(keys.federation()), clock);
      AccessTokenIssuer issuer = new AccessTokenIssuer(signingKey, ledger, lifetime, clock);
      AccessTokenVerifier verifier = new AccessTokenVerifier(signingKey, ledger, state::directory, clock);
      EntraServices entra = new EntraServices(state::directory, issuer, refreshTokens, deviceCodes, federation,
          replay, clock, baseUrl, demo.identityHeader());

      List<Route> routes = new ArrayList<>(new PolicyEndpoints(catalogue, verifier)
          .routes(PolicyRouteFamily.policyRoutes()));
      routes.addAll(new EntraEndpoints(entra).routes());
      FaultRegistry faults = new FaultRegistry();
      Journal journal = new Journal();
      this.dispatcher = new Dispatcher(new Router(routes), PolicyRouteFamily.unknownRoutes(), faults, journal, clock,
          delays);
      this.admin = new InProcessAdmin(state, faults, journal, new InProcessAdmin.Tokens(lifetime, ledger,
          refreshTokens, deviceCodes, replay, federation));
      this.adminApi = new AdminHttpApi(admin, new StateParser(catalogue), demo);
    }

    Dispatcher dispatcher() {
      return dispatcher;
    }

    InProcessAdmin admin() {
      return admin;
    }

    AdminHttpApi adminApi() {
      return adminApi;
    }
  }
}
