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
import io.github.mscommerce.core.LocalPaths;
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

  /** Until the front ends pass their own resolver: files on this machine, as before. */
  private static final PathResolver LOCAL_FILES = LocalPaths.workingDirectory();

  private final SettingParsers parsers;
  private final RawSettings raw;
  private final Map<String, String> environment;
  private final CredentialOptions options;

  CredentialResolver(SettingParsers parsers, RawSettings raw, CredentialOptions options) {
    this.parsers = parsers;
    this.raw = raw;
    this.environment = raw.environment();
    this.options = options;
  }

  TokenCredential resolve() {
    AuthMode mode = raw.authMode().map(m -> parsers.attributed(PropertyNames.AUTH, () -> AuthMode.parse(m)))
        .orElseGet(this::inferredMode);
    switch (mode) {
      case ACCESS_TOKEN:
        return new StaticTokenCredential(raw.accessToken().orElseThrow(() -> missing(PropertyNames.ACCESS_TOKEN,
            "access token for mode " + mode, null)));
      case CLIENT_SECRET:
        return new ClientSecretCredential(authority(), clientId(mode),
            raw.clientSecret().or(() -> fromEnvironment(CLIENT_SECRET))
                .orElseThrow(() -> missing(PropertyNames.CLIENT_SECRET, "client secret", CLIENT_SECRET)),
            options);
      case CERTIFICATE:
        Authority certificateAuthority = authority();
        String certificateClientId = clientId(mode);
        String certificate = parsers.readableFile(PropertyNames.CERTIFICATE_PATH,
                raw.certificatePath().or(() -> environmentValue(CLIENT_CERTIFICATE_PATH))
                    .orElseThrow(() -> missing(PropertyNames.CERTIFICATE_PATH, "client certificate file",
                        CLIENT_CERTIFICATE_PATH))).toString();
        return ClientCertificateCredential.fromContents(certificateAuthority, certificateClientId, certificate,
            SettingFile.bytes(LOCAL_FILES, certificate, parsers.name(PropertyNames.CERTIFICATE_PATH),
                ClientCertificateCredential.MAX_CONTENT_BYTES),
            raw.certificatePassword().or(() -> fromEnvironment(CLIENT_CERTIFICATE_PASSWORD)).orElse(null),
            options);
      case WORKLOAD_IDENTITY:
        Authority federatedAuthority = authority();
        String federatedClientId = clientId(mode);
        String tokenFile = parsers.readableFile(PropertyNames.FEDERATED_TOKEN_FILE,
                raw.federatedTokenFile().or(() -> environmentValue(FEDERATED_TOKEN_FILE))
                    .orElseThrow(() -> missing(PropertyNames.FEDERATED_TOKEN_FILE, "federated token file",
                        FEDERATED_TOKEN_FILE))).toString();
        return new WorkloadIdentityCredential(federatedAuthority, federatedClientId, tokenFile,
            () -> SettingFile.text(LOCAL_FILES, tokenFile, parsers.name(PropertyNames.FEDERATED_TOKEN_FILE),
                WorkloadIdentityCredential.MAX_ASSERTION_BYTES),
            options);
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
            LOCAL_FILES);
    }
  }

  private AuthMode inferredMode() {
    if (raw.accessToken().isPresent()) {
      return AuthMode.ACCESS_TOKEN;
    }
    if (raw.clientSecret().isPresent()) {
      return AuthMode.CLIENT_SECRET;
    }
    if (raw.certificatePath().isPresent()) {
      return AuthMode.CERTIFICATE;
    }
    if (raw.federatedTokenFile().isPresent()) {
      return AuthMode.WORKLOAD_IDENTITY;
    }
    return AuthMode.ENVIRONMENT;
  }

  private Authority authority() {
    String tenant = raw.tenantId().or(() -> environmentValue(TENANT_ID))
        .orElseThrow(() -> missing(PropertyNames.TENANT_ID, "tenant id", TENANT_ID));
    return parsers.attributed(PropertyNames.TENANT_ID, () -> Authority.of(authorityHost(), tenant));
  }

  /** User sign-in may name no tenant: {@code organizations} lets the user's own tenant answer. */
  private Authority userAuthority() {
    String tenant = raw.tenantId().or(() -> environmentValue(TENANT_ID)).orElse("organizations");
    return parsers.attributed(PropertyNames.TENANT_ID, () -> Authority.of(authorityHost(), tenant));
  }

  private String authorityHost() {
    return raw.authorityHost().or(() -> environmentValue(AUTHORITY_HOST)).orElse(null);
  }

  private String clientId(AuthMode mode) {
    return raw.clientId().or(() -> environmentValue(CLIENT_ID))
        .orElseThrow(() -> missing(PropertyNames.CLIENT_ID, "application (client) id for mode " + mode,
            CLIENT_ID));
  }

  private String publicClientId() {
    return raw.publicClientId().orElse(PublicClients.MSCOMMERCE_MODULE);
  }

  /** Explicit tenant and client ids outrank the environment's, even inside the environment chain. */
  private Map<String, String> environmentWithExplicitIds() {
    Map<String, String> merged = new HashMap<>(environment);
    raw.tenantId().ifPresent(tenant -> merged.put(TENANT_ID, tenant));
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
