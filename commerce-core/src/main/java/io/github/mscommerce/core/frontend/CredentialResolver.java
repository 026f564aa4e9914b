package io.github.mscommerce.core.frontend;

import static io.github.mscommerce.core.auth.EnvironmentCredential.AUTHORITY_HOST;
import static io.github.mscommerce.core.auth.EnvironmentCredential.CLIENT_CERTIFICATE_PASSWORD;
import static io.github.mscommerce.core.auth.EnvironmentCredential.CLIENT_CERTIFICATE_PATH;
import static io.github.mscommerce.core.auth.EnvironmentCredential.CLIENT_ID;
import static io.github.mscommerce.core.auth.EnvironmentCredential.CLIENT_SECRET;
import static io.github.mscommerce.core.auth.EnvironmentCredential.FEDERATED_TOKEN_FILE;
import static io.github.mscommerce.core.auth.EnvironmentCredential.TENANT_ID;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.PathResolver;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.auth.Authority;
import io.github.mscommerce.core.auth.ClientCertificateCredential;
import io.github.mscommerce.core.auth.ClientSecretCredential;
import io.github.mscommerce.core.auth.CredentialOptions;
import io.github.mscommerce.core.auth.DeviceCodeCredential;
import io.github.mscommerce.core.auth.EnvironmentCredential;
import io.github.mscommerce.core.auth.ManagedIdentityCredential;
import io.github.mscommerce.core.auth.PublicClients;
import io.github.mscommerce.core.auth.StaticTokenCredential;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.auth.UsernamePasswordCredential;
import io.github.mscommerce.core.auth.WorkloadIdentityCredential;
import io.github.mscommerce.core.internal.SettingFile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the sign-in mode and builds its credential. Each value is taken from the first place that has it: the explicit
 * setting (which the front end may have filled from a {@code settings.xml} server or a Jenkins credential), then the
 * environment's {@code AZURE_*} variables. Without {@code commerce.auth}, the mode follows from what is set: an access
 * token, a client secret, a certificate, a federated token file, else the environment chain.
 */
final class CredentialResolver {


  private final SettingParsers parsers;
  private final RawSettings raw;
  private final Map<String, String> environment;
  private final CredentialOptions options;
  private final PathResolver files;

  CredentialResolver(SettingParsers parsers, RawSettings raw, CredentialOptions options, PathResolver files) {
    this.parsers = parsers;
    this.raw = raw;
    this.environment = raw.environment();
    this.options = options;
    this.files = files;
  }

  /** The sign-in mode: {@code commerce.auth}, else inferred from what is set. */
  AuthMode mode() {
    return raw.authMode().map(m -> parsers.attributed(PropertyNames.AUTH, () -> AuthMode.parse(m)))
        .orElseGet(this::inferredMode);
  }

  TokenCredential resolve() {
    AuthMode mode = mode();
    switch (mode) {
      case ACCESS_TOKEN:
        // Checked against the clock and the tenant setting now, so an expired or foreign token sends nothing.
        return StaticTokenCredential.checked(raw.accessToken().orElseThrow(() -> missing(PropertyNames.ACCESS_TOKEN,
            "access token for mode " + mode, null)), raw.tenantId().orElse(null),
            parsers.name(PropertyNames.TENANT_ID), options.time().now(), options.suggestions());
      case CLIENT_SECRET:
        return new ClientSecretCredential(authority(), clientId(mode),
            raw.clientSecret().or(() -> fromEnvironment(CLIENT_SECRET))
                .orElseThrow(() -> missing(PropertyNames.CLIENT_SECRET, "client secret", CLIENT_SECRET)),
            options);
      case CERTIFICATE:
        return certificate(mode);
      case WORKLOAD_IDENTITY:
        return workloadIdentity(mode);
      case MANAGED_IDENTITY:
        return new ManagedIdentityCredential(raw.clientId().orElse(null), options);
      case DEVICE_CODE:
        return new DeviceCodeCredential(userAuthority(), publicClientId(),
            instructions -> options.events().accept(CommerceEvent.lifecycle(instructions)), options);
      case USERNAME_PASSWORD:
        return new UsernamePasswordCredential(userAuthority(), publicClientId(),
            raw.username().orElseThrow(() -> missing(PropertyNames.USERNAME, "user name for mode " + mode,
                null)),
            raw.password().orElseThrow(() -> new InvalidSettingsException("No password for mode " + mode
                + ": give the user's password through the front end's secret store, never on a command line.")),
            options);
      case ENVIRONMENT:
      default:
        return EnvironmentCredential.from(environmentWithExplicitIds(), raw.authorityHost().orElse(null), options,
            files);
    }
  }

  /** The front end's own certificate (a Jenkins credential) if it has one, else a file read where it sees files. */
  private TokenCredential certificate(AuthMode mode) {
    Authority authority = authority();
    String clientId = clientId(mode);
    Optional<CertificateContents> held = raw.certificate();
    // A certificate the front end holds comes with its own password (or none); the environment's is for its file.
    SecretValue password = held.isPresent() ? raw.certificatePassword().orElse(null)
        : raw.certificatePassword().or(() -> fromEnvironment(CLIENT_CERTIFICATE_PASSWORD)).orElse(null);
    if (held.isPresent() && held.get() instanceof CertificateContents.InKeyStore) {
      CertificateContents.InKeyStore store = (CertificateContents.InKeyStore) held.get();
      return ClientCertificateCredential.fromKeyStore(authority, clientId, store.sourceName(), store.keyStore(),
          password, options);
    }
    if (held.isPresent()) {
      CertificateContents.Encoded encoded = (CertificateContents.Encoded) held.get();
      return ClientCertificateCredential.fromContents(authority, clientId, encoded.sourceName(), encoded.bytes(),
          password, options);
    }
    String path = raw.certificatePath().or(() -> environmentValue(CLIENT_CERTIFICATE_PATH))
        .orElseThrow(() -> missing(PropertyNames.CERTIFICATE_PATH, "client certificate file", CLIENT_CERTIFICATE_PATH));
    String setting = raw.certificatePath().isPresent() ? parsers.name(PropertyNames.CERTIFICATE_PATH)
        : CLIENT_CERTIFICATE_PATH;
    byte[] contents = SettingFile.bytes(files, path, setting, ClientCertificateCredential.MAX_CONTENT_BYTES);
    return ClientCertificateCredential.fromContents(authority, clientId, files.describe(path), contents, password,
        options);
  }

  /** The platform rotates the token file, so it is read again, where the front end sees files, on every sign-in. */
  private TokenCredential workloadIdentity(AuthMode mode) {
    Authority authority = authority();
    String clientId = clientId(mode);
    String path = raw.federatedTokenFile().or(() -> environmentValue(FEDERATED_TOKEN_FILE))
        .orElseThrow(() -> missing(PropertyNames.FEDERATED_TOKEN_FILE, "federated token file", FEDERATED_TOKEN_FILE));
    String setting = raw.federatedTokenFile().isPresent() ? parsers.name(PropertyNames.FEDERATED_TOKEN_FILE)
        : FEDERATED_TOKEN_FILE;
    // Read once now, so a missing file fails before any request.
    SettingFile.text(files, path, setting, WorkloadIdentityCredential.MAX_ASSERTION_BYTES);
    return new WorkloadIdentityCredential(authority, clientId, files.describe(path),
        () -> SettingFile.text(files, path, setting, WorkloadIdentityCredential.MAX_ASSERTION_BYTES).trim(), options);
  }

  private AuthMode inferredMode() {
    if (raw.accessToken().isPresent()) {
      return AuthMode.ACCESS_TOKEN;
    }
    if (raw.clientSecret().isPresent()) {
      return AuthMode.CLIENT_SECRET;
    }
    if (raw.certificate().isPresent() || raw.certificatePath().isPresent()) {
      return AuthMode.CERTIFICATE;
    }
    if (raw.federatedTokenFile().isPresent()) {
      return AuthMode.WORKLOAD_IDENTITY;
    }
    return AuthMode.ENVIRONMENT;
  }

  private Authority authority() {
    String tenant = configuredTenant()
        .orElseThrow(() -> missing(PropertyNames.TENANT_ID, "tenant id", TENANT_ID));
    return authority(tenant);
  }

  /** User sign-in may name no tenant: {@code organizations} lets the user's own tenant answer. */
  private Authority userAuthority() {
    return authority(configuredTenant().orElse("organizations"));
  }

  /** The explicit tenant, else the one that came with the credential, else the environment's. */
  private Optional<String> configuredTenant() {
    return settingsTenant().or(() -> environmentValue(TENANT_ID));
  }

  private Optional<String> settingsTenant() {
    return raw.tenantId().or(raw::homeTenantId);
  }

  /** Each mistake is attributed to where its value came from: the setting, or the environment variable. */
  private Authority authority(String tenant) {
    attributedTo(PropertyNames.TENANT_ID, settingsTenant().isPresent(), TENANT_ID,
        () -> SettingChecks.tenantId(tenant));
    String host = raw.authorityHost().or(() -> environmentValue(AUTHORITY_HOST)).orElse(null);
    return attributedTo(PropertyNames.AUTHORITY_HOST, raw.authorityHost().isPresent(), AUTHORITY_HOST,
        () -> Authority.of(host, tenant));
  }

  private String clientId(AuthMode mode) {
    String clientId = raw.clientId().or(() -> environmentValue(CLIENT_ID))
        .orElseThrow(() -> missing(PropertyNames.CLIENT_ID, "application (client) id for mode " + mode,
            CLIENT_ID));
    return attributedTo(PropertyNames.CLIENT_ID, raw.clientId().isPresent(), CLIENT_ID,
        () -> SettingChecks.clientId(clientId));
  }

  private <T> T attributedTo(String property, boolean explicit, String variable, java.util.function.Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidSettingsException e) {
      throw e.forSetting(explicit ? parsers.name(property) : variable);
    }
  }

  private String publicClientId() {
    return raw.publicClientId().orElse(PublicClients.MSCOMMERCE_MODULE);
  }

  /** Explicit tenant and client ids outrank the environment's, even inside the environment chain. */
  private Map<String, String> environmentWithExplicitIds() {
    // Checked here, so a bad explicit id is reported as the setting it came from, not as AZURE_TENANT_ID.
    settingsTenant().ifPresent(tenant -> parsers.attributed(PropertyNames.TENANT_ID,
        () -> SettingChecks.tenantId(tenant)));
    raw.clientId().ifPresent(client -> parsers.attributed(PropertyNames.CLIENT_ID,
        () -> SettingChecks.clientId(client)));
    Map<String, String> merged = new HashMap<>(environment);
    settingsTenant().ifPresent(tenant -> merged.put(TENANT_ID, tenant));
    raw.clientId().ifPresent(client -> merged.put(CLIENT_ID, client));
    return merged;
  }

  private Optional<String> environmentValue(String variable) {
    return Optional.ofNullable(environment.get(variable)).filter(value -> !value.isBlank());
  }

  private Optional<SecretValue> fromEnvironment(String variable) {
    return environmentValue(variable).map(value -> SecretValue.of(value, variable));
  }

  private InvalidSettingsException missing(String property, String what, String variable) {
    return new InvalidSettingsException("No " + what + ": set " + parsers.name(property)
        + (variable == null ? "" : " or the environment variable " + variable) + ".");
  }
}
