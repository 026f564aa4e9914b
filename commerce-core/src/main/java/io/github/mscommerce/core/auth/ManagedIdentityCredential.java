package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import com.microsoft.aad.msal4j.ManagedIdentityApplication;
import com.microsoft.aad.msal4j.ManagedIdentityId;
import com.microsoft.aad.msal4j.ManagedIdentityParameters;
import java.net.URI;
import java.util.Objects;

/**
 * The managed identity of the Azure host this runs on (VM, App Service, Functions, Container Apps, Arc, Cloud Shell).
 * MSAL finds the endpoint from the host's environment variables ({@code IDENTITY_ENDPOINT}, {@code MSI_ENDPOINT}, …) and
 * otherwise asks the instance metadata service; so use this only where a managed identity exists.
 *
 * <p>MSAL keeps managed-identity tokens in one cache for the whole JVM, so a second instance still hits the cache. MSAL
 * reports a failed managed-identity request without its HTTP status, so such failures are not retried.
 */
public final class ManagedIdentityCredential implements TokenCredential {

  /** Where MSAL goes when no managed-identity variable is set: the instance metadata service. */
  private static final URI INSTANCE_METADATA = URI.create("http://169.254.169.254");

  private final String description;
  private final ManagedIdentityApplication app;
  private final TokenAcquirer acquirer;
  private final ReusableToken reusable;

  /** @param userAssignedClientId the client id of a user-assigned identity; null means the system-assigned one */
  public ManagedIdentityCredential(String userAssignedClientId, CredentialOptions options) {
    Objects.requireNonNull(options, "options");
    ManagedIdentityId id;
    if (userAssignedClientId == null) {
      id = ManagedIdentityId.systemAssigned();
      this.description = "system-assigned managed identity of this host";
    } else {
      String checkedId = ClientIds.require(userAssignedClientId, "managed identity client id");
      id = ManagedIdentityId.userAssignedClientId(checkedId);
      this.description = "user-assigned managed identity " + checkedId;
    }
    this.app = MsalBuilders.network(ManagedIdentityApplication.builder(id), options.network()).build();
    this.acquirer = new TokenAcquirer(endpointForMessages(), options);
    this.reusable = new ReusableToken(options.time());
  }

  @Override
  public AccessToken token(boolean forceRefresh) {
    ManagedIdentityParameters parameters = ManagedIdentityParameters.builder(RESOURCE)
        .forceRefresh(forceRefresh)
        .build();
    return reusable.get(forceRefresh,
        () -> acquirer.acquire(description, () -> app.acquireTokenForManagedIdentity(parameters).get()));
  }

  /**
   * The endpoint MSAL will choose, for error messages only; MSAL reads the same variables itself, on every call
   * ({@code IDENTITY_ENDPOINT}: App Service, Functions, Container Apps, Arc; {@code MSI_ENDPOINT}: Cloud Shell).
   */
  private static URI endpointForMessages() {
    for (String variable : new String[] {"IDENTITY_ENDPOINT", "MSI_ENDPOINT"}) {
      String value = System.getenv(variable);
      if (value != null && !value.isBlank()) {
        try {
          return URI.create(value.trim());
        } catch (IllegalArgumentException e) {
          return INSTANCE_METADATA;
        }
      }
    }
    return INSTANCE_METADATA;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return "ManagedIdentityCredential[" + description + "]";
  }
}
