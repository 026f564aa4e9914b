package io.github.mscommerce.emulator.crypto;

import java.security.KeyPair;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The emulator's three key pairs, made in parallel because RSA key generation dominates start-up time (the common
 * fork-join pool would run them one after another on a 2-core machine).
 *
 * @param tls EC P-256, for the TLS certificate
 * @param tokenSigning RSA 2048, signs access tokens
 * @param federation RSA 2048, signs the external issuer's federated assertions
 */
public record StartupKeys(KeyPair tls, KeyPair tokenSigning, KeyPair federation) {

  public static StartupKeys generate() {
    ExecutorService workers = Executors.newFixedThreadPool(3, runnable -> {
      Thread thread = new Thread(runnable, "commerce-emulator-keygen");
      thread.setDaemon(true);
      return thread;
    });
    try {
      CompletableFuture<KeyPair> tls = CompletableFuture.supplyAsync(SelfSignedCertificates::ecP256, workers);
      CompletableFuture<KeyPair> signing = CompletableFuture.supplyAsync(SelfSignedCertificates::rsa2048, workers);
      CompletableFuture<KeyPair> federation = CompletableFuture.supplyAsync(SelfSignedCertificates::rsa2048, workers);
      return new StartupKeys(tls.join(), signing.join(), federation.join());
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
    } finally {
      workers.shutdown();
    }
  }

  /** Never prints key material. */
  @Override
  public String toString() {
    return "StartupKeys[tls=EC P-256, tokenSigning=RSA 2048, federation=RSA 2048]";
  }
}
