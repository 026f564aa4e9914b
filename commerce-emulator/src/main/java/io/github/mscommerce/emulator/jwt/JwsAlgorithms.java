package io.github.mscommerce.emulator.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Set;

/**
 * The JWS algorithms the emulator signs and verifies with: RS256 (what MSAL4J 1.26.0 and Entra use) and PS256
 * (accepted for client assertions in case a later MSAL switches).
 */
public final class JwsAlgorithms {

  public static final String RS256 = "RS256";
  public static final String PS256 = "PS256";
  public static final Set<String> VERIFIABLE = Set.of(RS256, PS256);

  private JwsAlgorithms() {}

  public static byte[] signRs256(String signingInput, PrivateKey key) {
    try {
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(key);
      signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with RS256", e);
    }
  }

  /** @return false for a wrong signature, an unsupported algorithm or a key of the wrong type */
  public static boolean verify(String algorithm, PublicKey key, String signingInput, byte[] signature) {
    try {
      Signature verifier;
      if (RS256.equals(algorithm)) {
        verifier = Signature.getInstance("SHA256withRSA");
      } else if (PS256.equals(algorithm)) {
        verifier = Signature.getInstance("RSASSA-PSS");
        verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
      } else {
        return false;
      }
      verifier.initVerify(key);
      verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
