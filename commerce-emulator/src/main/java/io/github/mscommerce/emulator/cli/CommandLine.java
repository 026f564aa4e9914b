package io.github.mscommerce.emulator.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The emulator's command line: {@code [--port N] [--state FILE] [--certificate FILE] [--help]}; values may follow
 * the option or be attached with {@code =}.
 *
 * @param port the port, 0 for an ephemeral one
 * @param stateFile the state file, if any
 * @param certificateFile where to write the certificate PEM, if not the default
 * @param help whether usage was asked for
 */
public record CommandLine(int port, Optional<Path> stateFile, Optional<Path> certificateFile, boolean help) {

  public static final String USAGE =
      "usage: java -jar commerce-emulator.jar [--port N] [--state FILE] [--certificate FILE] [--help]";

  /** @throws UsageException with a one-line message naming the bad argument */
  public static CommandLine parse(String... args) {
    int port = 0;
    Path state = null;
    Path certificate = null;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
      switch (name) {
        case "--help", "-h" -> help = true;
        case "--port" -> {
          String value = inline != null ? inline : next(args, ++i, name);
          port = port(value);
        }
        case "--state" -> state = path(inline != null ? inline : next(args, ++i, name), name);
        case "--certificate" -> certificate = path(inline != null ? inline : next(args, ++i, name), name);
        default -> throw new UsageException("unknown argument '" + arg + "'");
      }
    }
    return new CommandLine(port, Optional.ofNullable(state), Optional.ofNullable(certificate), help);
  }

  private static String next(String[] args, int index, String option) {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new UsageException(option + " needs a value");
    }
    return args[index];
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    throw new UsageException("--port must be a number from 0 (any free port) to 65535, got '" + value + "'");
  }

  private static Path path(String value, String option) {
    if (value.isBlank()) {
      throw new UsageException(option + " needs a file name");
    }
    return Path.of(value);
  }

  /** A command line the emulator cannot run with; the message is one line. */
  public static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }
}
