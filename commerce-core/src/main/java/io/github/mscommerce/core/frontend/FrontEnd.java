package io.github.mscommerce.core.frontend;

import io.github.mscommerce.core.PathResolver;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.http.TimeSource;
import java.time.Clock;
import java.util.Objects;

/**
 * What a front end is, to core: how it names settings and goals, how suggestions word them, and where the files that
 * settings name are read. Made once per front end and passed once, so names and wording cannot disagree.
 *
 * @param time the retry loop's clock and sleep; {@link TimeSource#SYSTEM} but in tests
 * @param clock stamps reports and before-state files
 */
public record FrontEnd(SettingNames names, Suggestions suggestions, PathResolver files, TimeSource time, Clock clock) {

  public FrontEnd {
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(suggestions, "suggestions");
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * @param credentials where this front end's users put credentials, in their words: "commerce.clientSecret or a
   *     settings.xml &lt;server&gt; named by commerce.serverId", "credentialsId"
   */
  public static FrontEnd of(SettingNames names, String credentials, PathResolver files) {
    Suggestions suggestions = new Suggestions(new Suggestions.Terms(credentials,
        names.setting(PropertyNames.TENANT_ID), names.setting(PropertyNames.ENDPOINT),
        names.setting(PropertyNames.TRUST_CERTIFICATE), names.setting(PropertyNames.TIMEOUT),
        names.setting(PropertyNames.RETRIES), names.goal(Goals.PRODUCTS),
        names.setting(PropertyNames.REPORT_DIRECTORY)));
    return new FrontEnd(names, suggestions, files, TimeSource.SYSTEM, Clock.systemUTC());
  }

  /** For tests: a retry loop that does not sleep, and a fixed clock. */
  public FrontEnd withTime(TimeSource time, Clock clock) {
    return new FrontEnd(names, suggestions, files, time, clock);
  }

  /** {@code commerce.timeout} in this front end's words. */
  public String name(String property) {
    return names.setting(property);
  }
}
