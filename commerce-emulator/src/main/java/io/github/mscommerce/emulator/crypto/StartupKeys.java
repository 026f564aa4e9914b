package io.github.mscommerce.emulator.crypto;

import java.security.KeyPair;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The emulator's three key pairs. RSA key generation dominates start-up time, so the two RSA keys are made one after
 * the other on a single background thread while the server starts (a second thread would only take the other core
 * away from the start-up path on a 2-core machine); the first token request waits for them if they are not ready yet.
 * The TLS key is EC and quick, and the server needs it before it can listen.
 *
 * @param tls EC P-256, for the TLS certificate
 * @param tokenSigning RSA 2048, signs access tokens
 * @param federation RSA 2048, signs the external issuer's federated assertions
 */
public record StartupKeys(KeyPair tls, CompletableFuture<KeyPair> tokenSigning,
                          CompletableFuture<KeyPair> federation) {

  public static StartupKeys generate() {
    ExecutorService workers = Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "commerce-emulator-keygen");
      thread.setDaemon(true);
      return thread;
    });
    try {
      CompletableFuture<KeyPair> signing = CompletableFuture.supplyAsync(SelfSignedCertificates::rsa2048, workers);
      CompletableFuture<KeyPair> federation = CompletableFuture.supplyAsync(SelfSignedCertificates::rsa2048, workers);
      return new StartupKeys(SelfSignedCertificates.ecP256(), signing, federation);
    } finally {
      workers.shutdown(); // lets the two submitted tasks finish, then the thread ends
    }
  }

  /** Never prints key material. */
  @Override
  public String toString() {
    return "StartupKeys[tls=EC P-256, tokenSigning=RSA 2048, federation=RSA 2048]";
  }
}
