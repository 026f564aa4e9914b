package io.github.mscommerce.maven;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.SecretValue;
import java.util.List;
import java.util.Optional;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.Test;

public class ServerCredentialsTest {

  private final Settings settings = new Settings();
  /** A mock: the real decrypter needs Maven's Plexus container and a master password file. */
  private final SettingsDecrypter decrypter = mock(SettingsDecrypter.class);

  private static Server server(String id, String username, String password) {
    Server server = new Server();
    server.setId(id);
    server.setUsername(username);
    server.setPassword(password);
    return server;
  }

  private void decryptsTo(Server decrypted, SettingsProblem... problems) {
    SettingsDecryptionResult result = mock(SettingsDecryptionResult.class);
    when(result.getServer()).thenReturn(decrypted);
    when(result.getProblems()).thenReturn(List.of(problems));
    when(decrypter.decrypt(any())).thenReturn(result);
  }

  @Test
  public void lookup_noServerId_isEmpty() {
    assertEquals(Optional.empty(), ServerCredentials.lookup(settings, decrypter, null));
    assertEquals(Optional.empty(), ServerCredentials.lookup(settings, decrypter, " "));
  }

  @Test
  public void lookup_decryptsThePassword_andNamesTheServerAsOrigin() {
    settings.addServer(server("tenant-app", "app-id", "{encrypted}"));
    decryptsTo(server("tenant-app", "app-id", "plain-secret"));

    ServerCredentials credentials = ServerCredentials.lookup(settings, decrypter, "tenant-app").orElseThrow();

    assertEquals(Optional.of("app-id"), credentials.username());
    SecretValue password = credentials.password().orElseThrow();
    assertEquals("plain-secret", password.reveal());
    assertEquals("settings.xml server 'tenant-app'", password.origin());
    assertFalse(credentials.toString(), credentials.toString().contains("plain-secret"));
  }

  @Test
  public void lookup_unknownServer_failsNamingItAndTheFix() {
    settings.addServer(server("other", "app-id", "secret"));

    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> ServerCredentials.lookup(settings, decrypter, "tenant-app"));

    assertEquals("commerce.serverId: there is no <server> with the id 'tenant-app' in settings.xml. Add one whose "
        + "<username> is the application (client) id and whose <password> is the client secret (encrypted with mvn "
        + "--encrypt-password), or correct commerce.serverId.", e.getMessage());
  }

  @Test
  public void lookup_decryptionProblem_failsNamingTheServer() {
    Server server = server("tenant-app", "app-id", "{bad}");
    settings.addServer(server);
    // What Maven says when the master password is wrong: its first clause, then the cipher's exception.
    decryptsTo(server, new DefaultSettingsProblem("Failed to decrypt password for server tenant-app: "
        + "javax.crypto.BadPaddingException: Given final block not properly padded",
        SettingsProblem.Severity.ERROR, "server: tenant-app", -1, -1, null));

    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> ServerCredentials.lookup(settings, decrypter, "tenant-app"));

    assertEquals("Could not decrypt the password of the settings.xml server 'tenant-app' (Failed to decrypt password "
        + "for server tenant-app). Check that settings-security.xml (~/.m2/settings-security.xml, or the "
        + "file named by -Dsettings.security) holds the master password the value was encrypted with, or encrypt the "
        + "password again with mvn --encrypt-password.", e.getMessage());
  }
}
