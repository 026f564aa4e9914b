package io.github.mscommerce.core;

import java.util.Optional;

/**
 * The caller's configuration or input is wrong: found before any request is sent, never retried, never downgraded to a
 * warning. The message names the bad value and the fix; {@link #setting()} names the setting when it is known.
 */
public class InvalidSettingsException extends CommerceException {

  private final String setting;

  public InvalidSettingsException(String message) {
    this(null, message, null);
  }

  public InvalidSettingsException(String message, Throwable cause) {
    this(null, message, cause);
  }

  private InvalidSettingsException(String setting, String message, Throwable cause) {
    super(message, ResponseFacts.none(), cause);
    this.setting = setting;
  }

  /** The same problem, attributed to the setting the value came from: "commerce.value: 'x' is not a policy value…". */
  public InvalidSettingsException forSetting(String settingName) {
    if (setting != null) {
      return this;
    }
    InvalidSettingsException attributed =
        new InvalidSettingsException(settingName, settingName + ": " + reason(), getCause());
    attributed.setStackTrace(getStackTrace());
    return attributed;
  }

  public Optional<String> setting() {
    return Optional.ofNullable(setting);
  }
}
