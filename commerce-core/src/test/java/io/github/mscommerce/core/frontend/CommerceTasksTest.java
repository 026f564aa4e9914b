package io.github.mscommerce.core.frontend;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.client.CommerceClient;
import java.util.Optional;
import org.junit.Test;

public class CommerceTasksTest {

  /** Fails the test if a task gets as far as signing in. */
  private static final TokenCredential NO_REQUESTS = new TokenCredential() {
    @Override
    public AccessToken token(boolean forceRefresh) {
      throw new AssertionError("a request was attempted");
    }

    @Override
    public String description() {
      return "no requests";
    }
  };

  private final CommerceTasks tasks = new CommerceTasks(
      new CommerceSession(CommerceClient.builder().credential(NO_REQUESTS).build(), 1), SettingNames.PROPERTIES,
      event -> {});

  @Test
  public void export_outputNotAPlainFileName_failsBeforeAnyRequestNamingTheSetting() {
    InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
        () -> tasks.export(Optional.empty(), Optional.of("my state.json")));

    assertEquals("commerce.output: 'my state.json' is not a plain file name: use letters, digits, '.', '_' and '-', "
        + "such as desired-state.json.", e.getMessage());
  }
}
