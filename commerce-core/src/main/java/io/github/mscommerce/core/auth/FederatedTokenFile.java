package io.github.mscommerce.core.auth;

import io.github.mscommerce.core.InvalidSettingsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The projected service-account token (Kubernetes workload identity, a CI system's OIDC token) that is exchanged for an
 * Entra ID token. The platform rotates the file, so it is read again for every token request, never kept.
 */
final class FederatedTokenFile {

  private final Path file;

  FederatedTokenFile(Path file) {
    this.file = file;
  }

  /** The assertion as it is now; never logged, never put in a message. */
  String read() {
    String token;
    try {
      token = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new InvalidSettingsException("The federated token file " + file + " cannot be read ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + "): give the path of the token file your platform "
          + "projects (AZURE_FEDERATED_TOKEN_FILE), and check that this process may read it.", e);
    }
    if (token.isEmpty()) {
      throw new InvalidSettingsException("The federated token file " + file + " is empty: the platform has not "
          + "written a token yet, or the path points at the wrong file.");
    }
    return token;
  }
}
