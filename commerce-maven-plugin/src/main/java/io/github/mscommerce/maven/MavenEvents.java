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

  private final Log log;

  MavenEvents(Log log) {
    this.log = Objects.requireNonNull(log, "log");
  }

  @Override
  public void accept(CommerceEvent event) {
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
