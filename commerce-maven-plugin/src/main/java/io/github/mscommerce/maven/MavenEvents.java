package io.github.mscommerce.maven;

import io.github.mscommerce.core.CommerceEvent;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.maven.plugin.logging.Log;

/**
 * Core's events on Maven's log. LIFECYCLE is what a user wants to see by default, so it goes to {@code info}; core's INFO
 * is detail (which credential signs in, each request), so it goes to {@code debug} with DEBUG.
 */
final class MavenEvents implements Consumer<CommerceEvent> {

  /** MSAL4J logs through slf4j, which Maven binds to its own logger; this is that logger's level for MSAL4J. */
  static final String MSAL_LOG_LEVEL = "org.slf4j.simpleLogger.log.com.microsoft.aad.msal4j";

  private final Log log;

  MavenEvents(Log log) {
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Below {@code -X}, switches MSAL4J's own logging off: its INFO lines ("Correlation Id is not same as received") would
   * flood the build log. The level is read when MSAL's loggers are made, so this runs before the first credential.
   */
  MavenEvents quietMsalUnlessDebug() {
    if (!log.isDebugEnabled() && System.getProperty(MSAL_LOG_LEVEL) == null) {
      System.setProperty(MSAL_LOG_LEVEL, "off");
    }
    return this;
  }

  /**
   * A line Maven's console cannot take (its ANSI filter fails when the JVM shuts down under Ctrl-C while another thread
   * writes) is dropped: a log line must never cost the run its report or its before-state file.
   */
  @Override
  public void accept(CommerceEvent event) {
    try {
      write(event);
    } catch (RuntimeException e) {
      // dropped, as above
    }
  }

  private void write(CommerceEvent event) {
    switch (event.level()) {
      case ERROR:
        log.error(event.message());
        break;
      case WARN:
        log.warn(event.message());
        break;
      case LIFECYCLE:
        log.info(event.message());
        break;
      case INFO:
      case DEBUG:
      default:
        log.debug(event.message());
        break;
    }
  }
}
