package io.github.mscommerce.core.frontend;

import static io.github.mscommerce.core.frontend.PropertyNames.*;

import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.http.ProxySettings;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a user can set, still as typed, from whichever front end. A front end implements {@link #value(String)}
 * for the plain settings, by their {@link PropertyNames} name (a Mojo's parameters, a step's fields, both through
 * {@link SettingValues}), and overrides the accessors whose value it finds elsewhere: secrets, a {@code settings.xml}
 * server, a Jenkins credential. {@link SettingsProcessor} does all parsing, defaulting and checking, so both front ends
 * accept and reject exactly the same input; blank counts as unset everywhere.
 *
 * <p>Where a value can come from several places in one front end, the adapter applies that front end's precedence and
 * records the origin in the {@link SecretValue}. The environment is offered separately and always ranks last.
 */
public interface RawSettings {

  /** A plain setting by its {@link PropertyNames} name, such as {@code commerce.productIds}; empty when not set. */
  Optional<String> value(String property);

  /** The variables the environment chain reads ({@code AZURE_*}); the process environment, or a Jenkins step's. */
  Map<String, String> environment();

  /** The tenant the user named explicitly ({@code commerce.tenantId}, a step's {@code tenantId}). */
  default Optional<String> tenantId() {
    return value(TENANT_ID);
  }

  /**
   * The tenant that comes with the credential rather than from the user's explicit choice: a Jenkins credential's
   * tenant, the emulator of {@code commerce:start-emulator}. It signs in like {@link #tenantId()} when that is unset, but
   * a list of tenants ({@code commerce.tenants}) overrides it, as it does {@code AZURE_TENANT_ID}, where an explicit
   * tenant id and a list are a conflict.
   */
  default Optional<String> homeTenantId() {
    return Optional.empty();
  }

  default Optional<String> clientId() {
    return value(CLIENT_ID);
  }

  default Optional<SecretValue> clientSecret() {
    return Optional.empty();
  }

  /** A client certificate file, read through the front end's {@link io.github.mscommerce.core.PathResolver}. */
  default Optional<String> certificatePath() {
    return value(CERTIFICATE_PATH);
  }

  /** A client certificate the front end holds itself (a Jenkins certificate credential); wins over the path. */
  default Optional<CertificateContents> certificate() {
    return Optional.empty();
  }

  default Optional<SecretValue> certificatePassword() {
    return Optional.empty();
  }

  default Optional<String> federatedTokenFile() {
    return value(FEDERATED_TOKEN_FILE);
  }

  /** One of {@link AuthMode}'s names; empty means: infer from what is set, else the environment chain. */
  default Optional<String> authMode() {
    return value(AUTH);
  }

  default Optional<SecretValue> accessToken() {
    return Optional.empty();
  }

  /** For the legacy username/password mode. */
  default Optional<String> username() {
    return value(USERNAME);
  }

  default Optional<SecretValue> password() {
    return Optional.empty();
  }

  /** For device code and username/password; defaults to the MSCommerce module's public client. */
  default Optional<String> publicClientId() {
    return value(PUBLIC_CLIENT_ID);
  }

  default Optional<String> endpoint() {
    return value(ENDPOINT);
  }

  default Optional<String> authorityHost() {
    return value(AUTHORITY_HOST);
  }

  /** A PEM file of extra trust anchors, read through the front end's resolver. */
  default Optional<String> trustCertificateFile() {
    return value(TRUST_CERTIFICATE);
  }

  /** The PEM text itself, when the front end holds it (a Jenkins secret file); wins over the file. */
  default Optional<String> trustCertificatePem() {
    return Optional.empty();
  }

  /** How messages name {@link #trustCertificatePem()}, such as "secret file 'corp-ca' (trustCertificateId)". */
  default Optional<String> trustCertificateSource() {
    return Optional.empty();
  }

  /** An explicit proxy from the front end's own configuration; empty means the JVM's proxy settings. */
  default Optional<ProxySettings> proxy() {
    return Optional.empty();
  }
}
