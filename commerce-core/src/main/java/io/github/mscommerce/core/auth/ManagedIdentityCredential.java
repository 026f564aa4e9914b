package io.github.mscommerce.core.auth;

import com.microsoft.aad.msal4j.ManagedIdentityId;
import java.util.Objects;

/**
 * The managed identity of the Azure host this runs on (VM, App Service, Functions, Container Apps, Arc, Cloud Shell).
 * MSAL finds the endpoint from the host's environment variables ({@code IDENTITY_ENDPOINT}, {@code MSI_ENDPOINT}, …) and
 * otherwise asks the instance metadata service; so use this only where a managed identity exists.
 *
 * <p>Tokens are shared by every instance in the JVM for the same identity ({@link SharedTokens}). MSAL
 * reports a failed managed-identity request without its HTTP status, so such failures are not retried.
 */
public final class ManagedIdentityCredential extends TokenSourceCredential<ManagedIdentityTokens> {

  /** @param userAssignedClientId the client id of a user-assigned identity; null means the system-assigned one */
  public ManagedIdentityCredential(String userAssignedClientId, CredentialOptions options) {
    super(parts(userAssignedClientId, options));
  }

  private static Parts<ManagedIdentityTokens> parts(String userAssignedClientId, CredentialOptions options) {
    Objects.requireNonNull(options, "options");
    if (userAssignedClientId == null) {
      return new Parts<>("system-assigned managed identity of this host",
          new ManagedIdentityTokens(ManagedIdentityId.systemAssigned(), "system-assigned", options));
    }
    String checkedId = ClientIds.require(userAssignedClientId, "managed identity client id");
    return new Parts<>("user-assigned managed identity " + checkedId,
        new ManagedIdentityTokens(ManagedIdentityId.userAssignedClientId(checkedId), checkedId, options));
  }
}
