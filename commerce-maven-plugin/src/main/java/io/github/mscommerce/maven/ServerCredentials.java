package io.github.mscommerce.maven;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.internal.PlainReasons;
import io.github.mscommerce.core.frontend.PropertyNames;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * A {@code settings.xml} {@code <server>} named by {@code commerce.serverId}, its password decrypted with Maven's own
 * decrypter ({@code mvn --encrypt-password}). For an app registration the username is the client id and the password
 * the client secret; with {@code commerce.auth=username-password} they are the user's.
 */
record ServerCredentials(String id, Optional<String> username, Optional<SecretValue> password) {

  static Optional<ServerCredentials> lookup(Settings settings, SettingsDecrypter decrypter, String serverId) {
    if (serverId == null || serverId.isBlank()) {
      return Optional.empty();
    }
    Server server = settings.getServer(serverId.trim());
    if (server == null) {
      throw new InvalidSettingsException(MavenPropertyNames.SERVER_ID + ": there is no <server> with the id '" + serverId
          + "' in settings.xml. Add one whose <username> is the application (client) id and whose <password> is the "
          + "client secret (encrypted with mvn --encrypt-password), or correct " + MavenPropertyNames.SERVER_ID + ".");
    }
    SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    String problems = result.getProblems().stream()
        .filter(problem -> problem.getSeverity() != SettingsProblem.Severity.WARNING)
        // Maven's text goes on with the cipher's failure ("…: javax.crypto.BadPaddingException: …", "…: -97"), which
        // says nothing a user can act on: its first clause, in words only.
        .map(problem -> PlainReasons.withoutClassNames(String.valueOf(problem.getMessage()).split(": ", 2)[0]))
        .filter(text -> !text.isEmpty())
        .collect(Collectors.joining("; "));
    if (problems.isEmpty() && result.getProblems().stream()
        .anyMatch(problem -> problem.getSeverity() != SettingsProblem.Severity.WARNING)) {
      problems = "the value cannot be decrypted";
    }
    if (!problems.isEmpty()) {
      throw new InvalidSettingsException("Could not decrypt the password of the settings.xml server '" + server.getId()
          + "' (" + problems + "). Check that settings-security.xml (~/.m2/settings-security.xml, or the file named "
          + "by -Dsettings.security) holds the master password the value was encrypted with, or encrypt the password "
          + "again with mvn --encrypt-password.");
    }
    Server decrypted = result.getServer();
    String origin = "settings.xml server '" + server.getId() + "'";
    return Optional.of(new ServerCredentials(server.getId(), nonBlank(decrypted.getUsername()),
        nonBlank(decrypted.getPassword()).map(password -> SecretValue.of(password, origin))));
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).map(String::trim).filter(s -> !s.isEmpty());
  }
}
