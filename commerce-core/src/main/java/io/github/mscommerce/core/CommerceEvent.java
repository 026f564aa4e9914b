package io.github.mscommerce.core;

import java.util.Objects;

/**
 * A log message from core. Core has no logging framework: callers pass a {@code Consumer<CommerceEvent>} and each front end
 * maps the levels onto its own log (Maven {@code Log}, Jenkins {@code TaskListener}).
 */
public record CommerceEvent(Level level, String message) {

  /** From most to least important. LIFECYCLE is what a user wants to see by default; INFO is detail. */
  public enum Level {
    ERROR,
    WARN,
    LIFECYCLE,
    INFO,
    DEBUG
  }

  public CommerceEvent {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
  }

  public static CommerceEvent error(String message) {
    return new CommerceEvent(Level.ERROR, message);
  }

  public static CommerceEvent warn(String message) {
    return new CommerceEvent(Level.WARN, message);
  }

  public static CommerceEvent lifecycle(String message) {
    return new CommerceEvent(Level.LIFECYCLE, message);
  }

  public static CommerceEvent info(String message) {
    return new CommerceEvent(Level.INFO, message);
  }

  public static CommerceEvent debug(String message) {
    return new CommerceEvent(Level.DEBUG, message);
  }
}
