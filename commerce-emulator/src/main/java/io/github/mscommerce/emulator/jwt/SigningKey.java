package io.github.mscommerce.emulator.jwt;

import com.google.gson.JsonObject;
import io.github.mscommerce.emulator.crypto.RandomSecrets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.concurrent.CompletableFuture;

/**
 * An RSA key that signs RS256 JWTs, named by a {@code kid} so verifiers can tell it from foreign keys. The key pair may
 * still be being generated: the first use waits for it.
 */
public final class SigningKey {

  private final CompletableFuture<KeyPair> keyPair;
  private final String keyId;

  public SigningKey(CompletableFuture<KeyPair> keyPair) {
    this.keyPair = keyPair;
    this.keyId = RandomSecrets.opaqueToken(15);
  }

  public SigningKey(KeyPair keyPair) {
    this(CompletableFuture.completedFuture(keyPair));
  }

  public String keyId() {
    return keyId;
  }

  public PublicKey publicKey() {
    return keyPair().getPublic();
  }

  public String sign(JsonObject claims) {
    JsonObject header = new JsonObject();
    header.addProperty("typ", "JWT");
    header.addProperty("alg", JwsAlgorithms.RS256);
    header.addProperty("kid", keyId);
    String input = Jwt.signingInput(header, claims);
    return input + "." + Jwt.base64Url(JwsAlgorithms.signRs256(input, keyPair().getPrivate()));
  }

  /** True when {@code jwt} names this key and its RS256 signature verifies with it. */
  public boolean signed(Jwt jwt) {
    return keyId.equals(jwt.headerString("kid").orElse(null))
        && JwsAlgorithms.RS256.equals(jwt.algorithm())
        && JwsAlgorithms.verify(JwsAlgorithms.RS256, keyPair().getPublic(), jwt.signingInput(), jwt.signature());
  }

  private KeyPair keyPair() {
    return keyPair.join();
  }

  @Override
  public String toString() {
    return "SigningKey[kid=" + keyId + "]";
  }
}
