package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.PathResolver;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.http.RefusedTokens;
import io.github.mscommerce.core.internal.SettingFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Signs in with the Azure SDK's environment variables, so {@code withCredentials} in Jenkins, CI variables and a shell
 * all work the same. The first complete source wins, in the Azure {@code EnvironmentCredential} order:
 * <ol>
 *   <li>{@code AZURE_CLIENT_SECRET} — a client secret;
 *   <li>{@code AZURE_CLIENT_CERTIFICATE_PATH} (with {@code AZURE_CLIENT_CERTIFICATE_PASSWORD} if it has one) — a client
 *       certificate, PEM or PKCS#12;
 *   <li>{@code AZURE_FEDERATED_TOKEN_FILE} — workload identity federation;
 * </ol>
 * each with {@code AZURE_TENANT_ID} and {@code AZURE_CLIENT_ID}. The authority host is the explicit setting if given,
 * else {@code AZURE_AUTHORITY_HOST}, else the public cloud. The source used is logged (INFO), never a value. Blank
 * variables count as unset.
 *
 * <p>The two file variables name files where the environment came from (on Jenkins, the agent), so they are read through
 * the front end's {@link PathResolver}; the federated token file again for every token request, since the platform
 * rotates it.
 */
public final class EnvironmentCredential implements TokenCredential, RefusedTokens {

  public static final String TENANT_ID = "AZURE_TENANT_ID";
  public static final String CLIENT_ID = "AZURE_CLIENT_ID";
  public static final String CLIENT_SECRET = "AZURE_CLIENT_SECRET";
  public static final String CLIENT_CERTIFICATE_PATH = "AZURE_CLIENT_CERTIFICATE_PATH";
  public static final String CLIENT_CERTIFICATE_PASSWORD = "AZURE_CLIENT_CERTIFICATE_PASSWORD";
  public static final String FEDERATED_TOKEN_FILE = "AZURE_FEDERATED_TOKEN_FILE";
  public static final String AUTHORITY_HOST = "AZURE_AUTHORITY_HOST";

  private static final List<String> SOURCES = List.of(CLIENT_SECRET, CLIENT_CERTIFICATE_PATH, FEDERATED_TOKEN_FILE);

  private final TokenCredential delegate;
  private final String source;

  private EnvironmentCredential(TokenCredential delegate, String source) {
    this.delegate = delegate;
    this.source = source;
  }

  /**
   * @param environment usually {@code System.getenv()}; a Jenkins step passes the build's environment
   * @param authorityHost the explicit setting, e.g. {@code https://login.microsoftonline.us}; null or blank if none
   * @param files reads {@code AZURE_CLIENT_CERTIFICATE_PATH} and {@code AZURE_FEDERATED_TOKEN_FILE} where the
   *     environment's paths are meant ({@link io.github.mscommerce.core.LocalPaths} on this machine, a Jenkins agent's
   *     workspace); relative paths start at its {@link PathResolver#base()}
   * @throws InvalidSettingsException when no source is complete, saying which variables are present and which missing;
   *     or when the chosen source's values or files are bad (attributed to their variable)
   */
  public static EnvironmentCredential from(Map<String, String> environment, String authorityHost,
      CredentialOptions options, PathResolver files) {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(files, "files");
    Variables variables = new Variables(environment);
    Optional<String> sourceVariable = SOURCES.stream().filter(variables::isSet).findFirst();
    if (sourceVariable.isEmpty() || !variables.isSet(TENANT_ID) || !variables.isSet(CLIENT_ID)) {
      throw new InvalidSettingsException(options.suggestions().environmentIncomplete(variables.whatIsMissing()));
    }
    HostChoice host = HostChoice.of(authorityHost, variables);
    Authority authority = authority(host, variables);
    String clientId = attributed(CLIENT_ID, () -> ClientIds.require(variables.get(CLIENT_ID), "client id"));
    EnvironmentCredential credential = create(sourceVariable.get(), authority, clientId, variables, options, files);
    options.events().accept(CommerceEvent.info("Signing in with the " + credential.source() + " (authority host "
        + authority.host() + " from " + host.source() + ")."));
    return credential;
  }

  private static EnvironmentCredential create(String sourceVariable, Authority authority, String clientId,
      Variables variables, CredentialOptions options, PathResolver files) {
    switch (sourceVariable) {
      case CLIENT_SECRET:
        return new EnvironmentCredential(attributed(CLIENT_SECRET, () -> new ClientSecretCredential(authority,
            clientId, SecretValue.of(variables.get(CLIENT_SECRET), CLIENT_SECRET), options)),
            "client secret from " + CLIENT_SECRET);
      case CLIENT_CERTIFICATE_PATH:
        SecretValue password = variables.isSet(CLIENT_CERTIFICATE_PASSWORD)
            ? SecretValue.of(variables.get(CLIENT_CERTIFICATE_PASSWORD), CLIENT_CERTIFICATE_PASSWORD)
            : null;
        String certificate = variables.get(CLIENT_CERTIFICATE_PATH).trim();
        byte[] contents = SettingFile.bytes(files, certificate, CLIENT_CERTIFICATE_PATH,
            ClientCertificateCredential.MAX_CONTENT_BYTES);
        return new EnvironmentCredential(attributed(CLIENT_CERTIFICATE_PATH, () -> ClientCertificateCredential
            .fromContents(authority, clientId, files.describe(certificate), contents, password, options)),
            "client certificate from " + CLIENT_CERTIFICATE_PATH
                + (password == null ? "" : " with " + CLIENT_CERTIFICATE_PASSWORD));
      default:
        String tokenFile = variables.get(FEDERATED_TOKEN_FILE).trim();
        return new EnvironmentCredential(attributed(FEDERATED_TOKEN_FILE, () -> new WorkloadIdentityCredential(
            authority, clientId, files.describe(tokenFile),
            () -> SettingFile.text(files, tokenFile, FEDERATED_TOKEN_FILE, WorkloadIdentityCredential.MAX_ASSERTION_BYTES),
            options)),
            "federated token from " + FEDERATED_TOKEN_FILE);
    }
  }

  /** Checks the tenant first, so each mistake is attributed to the variable (or setting) it came from. */
  private static Authority authority(HostChoice host, Variables variables) {
    String tenantId = variables.get(TENANT_ID);
    attributed(TENANT_ID, () -> Authority.of(null, tenantId));
    if (host.variable() == null) {
      return Authority.of(host.value(), tenantId);
    }
    return attributed(host.variable(), () -> Authority.of(host.value(), tenantId));
  }

  /** The explicit setting beats AZURE_AUTHORITY_HOST beats the public cloud. */
  private record HostChoice(String value, String source, String variable) {
    static HostChoice of(String explicitHost, Variables variables) {
      if (explicitHost != null && !explicitHost.isBlank()) {
        return new HostChoice(explicitHost, "the explicit setting", null);
      }
      if (variables.isSet(AUTHORITY_HOST)) {
        return new HostChoice(variables.get(AUTHORITY_HOST), AUTHORITY_HOST, AUTHORITY_HOST);
      }
      return new HostChoice(null, "the public cloud default", null);
    }
  }

  /** Names the variable a bad value came from: "AZURE_CLIENT_ID: 'x' is not a client id…". */
  private static <T> T attributed(String variable, Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidSettingsException e) {
      throw e.forSetting(variable);
    }
  }

  /** Which variable the credential came from, e.g. "client secret from AZURE_CLIENT_SECRET". */
  public String source() {
    return source;
  }

  @Override
  public AccessToken token(boolean forceRefresh) {
    return delegate.token(forceRefresh);
  }

  @Override
  public boolean canRefresh() {
    return delegate.canRefresh();
  }

  @Override
  public void refused(AccessToken token) {
    if (delegate instanceof RefusedTokens) {
      ((RefusedTokens) delegate).refused(token);
    }
  }

  @Override
  public String description() {
    return delegate.description();
  }

  @Override
  public String toString() {
    return "EnvironmentCredential[" + source + ": " + delegate.description() + "]";
  }

  /** The environment, read only by name; values are never put in a message. */
  private static final class Variables {
    private final Map<String, String> environment;

    Variables(Map<String, String> environment) {
      this.environment = environment;
    }

    boolean isSet(String name) {
      String value = environment.get(name);
      return value != null && !value.isBlank();
    }

    String get(String name) {
      return environment.get(name);
    }

    /** "AZURE_TENANT_ID is set, AZURE_CLIENT_ID is missing, and none of … is set". */
    String whatIsMissing() {
      List<String> set = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (String name : List.of(TENANT_ID, CLIENT_ID)) {
        (isSet(name) ? set : missing).add(name);
      }
      SOURCES.stream().filter(this::isSet).forEach(set::add);
      List<String> parts = new ArrayList<>();
      if (!set.isEmpty()) {
        parts.add(join(set) + (set.size() == 1 ? " is set" : " are set"));
      }
      if (!missing.isEmpty()) {
        parts.add(join(missing) + (missing.size() == 1 ? " is missing" : " are missing"));
      }
      if (SOURCES.stream().noneMatch(this::isSet)) {
        parts.add("none of " + CLIENT_SECRET + ", " + CLIENT_CERTIFICATE_PATH + " or " + FEDERATED_TOKEN_FILE
            + " is set");
      }
      return joinClauses(parts);
    }

    private static String join(List<String> names) {
      if (names.size() == 1) {
        return names.get(0);
      }
      return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String joinClauses(List<String> clauses) {
      if (clauses.size() == 1) {
        return clauses.get(0);
      }
      return String.join(", ", clauses.subList(0, clauses.size() - 1)) + ", and " + clauses.get(clauses.size() - 1);
    }
  }
}
