package io.github.mscommerce.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Hand-made client assertions, for the cases MSAL4J would never produce (PS256, foreign key, expired). */
final class TestAssertions {

  private TestAssertions() {}

  /**
   * @param named the certificate whose thumbprint goes into {@code x5t#S256}
   * @param signingKey the key that signs (a different one than {@code named}'s makes a bad signature)
   */
  static String certificateAssertion(String algorithm, X509Certificate named, PrivateKey signingKey, String clientId,
                                     String audience, Instant notBefore, Instant expires) throws Exception {
    String thumbprint = Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(named.getEncoded()));
    String header = "{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\",\"x5t#S256\":\"" + thumbprint + "\"}";
    String claims = "{\"aud\":\"" + audience + "\",\"iss\":\"" + clientId + "\",\"sub\":\"" + clientId
        + "\",\"jti\":\"" + UUID.randomUUID() + "\",\"nbf\":" + notBefore.getEpochSecond() + ",\"exp\":"
        + expires.getEpochSecond() + "}";
    String input = b64(header) + "." + b64(claims);
    Signature signer;
    if ("PS256".equals(algorithm)) {
      signer = Signature.getInstance("RSASSA-PSS");
      signer.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
    } else {
      signer = Signature.getInstance("SHA256withRSA");
    }
    signer.initSign(signingKey);
    signer.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signer.sign());
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
