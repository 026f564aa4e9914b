package io.github.mscommerce.core.auth;

import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A user signs in on another device: the first token request hands the instruction ("To sign in, use a web browser to
 * open … and enter the code …") to a callback, then waits until the user has signed in or the code expires. Later calls
 * are silent (cache, then refresh token); the user is asked again only if the refresh token stops working.
 */
public final class DeviceCodeCredential extends TokenSourceCredential<PublicClientTokens> {

  /**
   * @param publicClientId {@link PublicClients#MSCOMMERCE_MODULE} or the client id of an app registration that allows
   *     public client flows
   * @param instructions receives the sign-in instruction to show to the user
   */
  public DeviceCodeCredential(Authority authority, String publicClientId, Consumer<String> instructions,
      CredentialOptions options) {
    super(parts(authority, publicClientId, instructions, options));
  }

  private static Parts<PublicClientTokens> parts(Authority authority, String publicClientId,
      Consumer<String> instructions, CredentialOptions options) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(instructions, "instructions");
    Objects.requireNonNull(options, "options");
    String checkedId = ClientIds.require(publicClientId, "public client id");
    String description = "device code sign-in with public client " + checkedId + " in tenant " + authority.tenantId();
    // A device code sign-in is one person's consent for this credential: another task in the JVM (another Jenkins job)
    // must not act as that person without signing in, so these tokens are not shared.
    return new Parts<>(description, new PublicClientTokens(authority, checkedId, CredentialFingerprint.unshared(),
        options, app -> app.acquireToken(DeviceCodeFlowParameters
            .builder(Set.of(SCOPE), deviceCode -> instructions.accept(deviceCode.message()))
            .build())));
  }

  /** Names the user once signed in: "device code sign-in … (signed in as admin@contoso.com)". */
  @Override
  public String description() {
    String username = source().username();
    return username == null ? super.description() : super.description() + " (signed in as " + username + ")";
  }
}
