package io.github.mscommerce.core.auth;

import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.PublicClientApplication;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A user signs in on another device: the first token request hands the instruction ("To sign in, use a web browser to
 * open … and enter the code …") to a callback, then waits until the user has signed in or the code expires. Later calls
 * are silent (cache, then refresh token); the user is asked again only if the refresh token stops working.
 */
public final class DeviceCodeCredential extends TokenSourceCredential<PublicClientTokens> {

  private static final long MAX_WAIT_FOR_RETURN_SECONDS = 10;

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
        options, app -> signIn(app, instructions)));
  }

  /**
   * MSAL 1.26 hands its polling thread the sign-in's future only after {@code acquireToken} has returned, yet the thread
   * may already poll, and then fails on a null future (seen once on a loaded CI machine). The instruction is shown on
   * that thread just before it polls, so the callback waits there until {@code acquireToken} has returned.
   */
  private static CompletableFuture<IAuthenticationResult> signIn(PublicClientApplication app,
      Consumer<String> instructions) {
    CountDownLatch returned = new CountDownLatch(1);
    CompletableFuture<IAuthenticationResult> signIn = app.acquireToken(DeviceCodeFlowParameters
        .builder(Set.of(SCOPE), deviceCode -> {
          instructions.accept(deviceCode.message());
          awaitReturn(returned);
        })
        .build());
    returned.countDown();
    return signIn;
  }

  private static void awaitReturn(CountDownLatch returned) {
    try {
      // Microseconds, normally; the bound only keeps a broken MSAL from hanging the sign-in.
      returned.await(MAX_WAIT_FOR_RETURN_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Names the user once signed in: "device code sign-in … (signed in as admin@contoso.com)". */
  @Override
  public String description() {
    String username = source().username();
    return username == null ? super.description() : super.description() + " (signed in as " + username + ")";
  }
}
