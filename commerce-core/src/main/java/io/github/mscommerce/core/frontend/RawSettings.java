package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.http.ProxySettings;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a user can set to reach the service, still as typed (strings), from whichever front end. Each front end
 * implements this with a plain delegating adapter; {@link SettingsProcessor} does all parsing, defaulting and checking,
 * so both front ends accept and reject exactly the same input.
 *
 * <p>Where a value can come from several places in one front end (a Maven property or a {@code settings.xml} server), the
 * adapter applies that front end's precedence and records the origin in the {@link SecretValue}. The environment is offered
 * separately and always ranks last.
 */
public interface RawSettings {

  Optional<String> tenantId();

  Optional<String> clientId();

  Optional<SecretValue> clientSecret();

  Optional<String> certificatePath();

  Optional<SecretValue> certificatePassword();

  Optional<String> federatedTokenFile();

  /** One of {@link AuthMode}'s names; empty means: infer from what is set, else the environment chain. */
  Optional<String> authMode();

  Optional<SecretValue> accessToken();

  /** For the legacy username/password mode. */
  Optional<String> username();

  Optional<SecretValue> password();

  /** For device code and username/password; defaults to the MSCommerce module's public client. */
  Optional<String> publicClientId();

  Optional<String> endpoint();

  Optional<String> authorityHost();

  Optional<String> trustCertificate();

  Optional<String> apiVersion();

  /** Seconds. */
  Optional<String> timeout();

  Optional<String> retries();

  Optional<String> concurrency();

  Optional<String> policyId();

  /** An explicit proxy from the front end's own configuration; empty means the JVM's proxy settings. */
  Optional<ProxySettings> proxy();

  /** The variables the environment chain reads ({@code AZURE_*}); the process environment, or a Jenkins step's. */
  Map<String, String> environment();
}
