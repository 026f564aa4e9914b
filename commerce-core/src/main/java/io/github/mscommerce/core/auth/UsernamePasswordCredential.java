package io.github.mscommerce.core.auth;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.UserNamePasswordParameters;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.SecretValue;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Legacy: a user's name and password sent to Entra ID (the resource owner password credentials grant). It fails for
 * accounts with multi-factor authentication or conditional access, and Microsoft is retiring it; a warning says so once,
 * when the credential is made. Prefer {@link DeviceCodeCredential}, or an app registration.
 */
public final class UsernamePasswordCredential extends TokenSourceCredential<PublicClientTokens> {

  public UsernamePasswordCredential(Authority authority, String publicClientId, String username, SecretValue password,
      CredentialOptions options) {
    super(parts(authority, publicClientId, username, password, options));
    options.events().accept(CommerceEvent.warn(options.suggestions().passwordFlowIsLegacy(description())));
  }

  private static Parts<PublicClientTokens> parts(Authority authority, String publicClientId, String username,
      SecretValue password, CredentialOptions options) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(options, "options");
    String checkedId = ClientIds.require(publicClientId, "public client id");
    String checkedUser = requireUsername(username);
    if (password.isBlank()) {
      throw new InvalidSettingsException("The password from " + password.origin() + " for " + checkedUser
          + " is empty: give the user's password.");
    }
    String description = "user " + checkedUser + " (password from " + password.origin() + ") with public client "
        + checkedId + " in tenant " + authority.tenantId();
    return new Parts<>(description,
        new PublicClientTokens(authority, checkedId, CredentialFingerprint.ofUser(checkedUser, password), options,
            app -> signIn(app, checkedUser, password)));
  }

  /** MSAL marks the password grant deprecated, as Microsoft does; using it is this class's whole point. */
  @SuppressWarnings("deprecation")
  private static CompletableFuture<IAuthenticationResult> signIn(PublicClientApplication app, String username,
      SecretValue password) {
    return app.acquireToken(UserNamePasswordParameters
        .builder(Set.of(SCOPE), username, password.reveal().toCharArray())
        .build());
  }

  private static String requireUsername(String username) {
    if (username == null || username.isBlank()) {
      throw new InvalidSettingsException("No username: give the user principal name, such as admin@contoso.com.");
    }
    String trimmed = username.trim();
    if (!trimmed.contains("@")) {
      throw new InvalidSettingsException("'" + username + "' is not a user principal name: give it in the form "
          + "name@domain, such as admin@contoso.onmicrosoft.com.");
    }
    return trimmed;
  }
}
