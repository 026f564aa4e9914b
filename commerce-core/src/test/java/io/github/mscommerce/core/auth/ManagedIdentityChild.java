package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.http.NetworkSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Runs in a child JVM of {@link ManagedIdentityCredentialIT}: MSAL finds the managed identity endpoint only through
 * {@code System.getenv}, so the test sets {@code IDENTITY_ENDPOINT}/{@code IDENTITY_HEADER} for this process alone.
 * Prints facts as {@code key=value} lines, never a token.
 *
 * <p>Arguments: the emulator's certificate PEM, the emulator's base URL.
 */
public final class ManagedIdentityChild {

  private ManagedIdentityChild() {}

  public static void main(String[] args) throws IOException {
    NetworkSettings network = NetworkSettings.builder()
        .trustCertificatePem(args[0], Files.readString(Path.of(args[0]), StandardCharsets.US_ASCII)).build();
    ManagedIdentityCredential credential =
        new ManagedIdentityCredential(null, CredentialOptions.defaults().withNetwork(network));
    try {
      AccessToken first = credential.token(false);
      AccessToken cached = credential.token(false);
      AccessToken forced = credential.token(true);
      int products = CommerceClient.builder().endpoint(URI.create(args[1])).network(network)
          .credential(credential).build().productPolicies().size();
      System.out.println("cachedIsSame=" + first.value().reveal().equals(cached.value().reveal()));
      System.out.println("forcedIsNew=" + !first.value().reveal().equals(forced.value().reveal()));
      System.out.println("expiresInFuture=" + first.expiresOn().isAfter(Instant.now()));
      System.out.println("products=" + products);
      System.exit(0);
    } catch (CommerceException e) {
      System.out.println("failure=" + e.getClass().getSimpleName());
      System.out.println("message=" + e.getMessage().replaceAll("\\R", " "));
      System.exit(3);
    }
  }
}
