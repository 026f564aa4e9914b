package io.github.mscommerce.emulator.cli;

import io.github.mscommerce.emulator.GeneratedTenants;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The emulator's command line: {@code [--port N] [--state FILE] [--certificate FILE] [--tenants N]
 * [--tenant-seed S] [--enabled-products K] [--help]}; values may follow the option or be attached with {@code =}.
 *
 * @param port the port, 0 for an ephemeral one
 * @param stateFile the state file, if any
 * @param certificateFile where to write the certificate PEM, if not the default
 * @param tenants how many tenants to generate besides the demo (or state file) tenants
 * @param tenantSeed the seed choosing the generated tenants' Enabled products
 * @param enabledProducts how many products are Enabled in each generated tenant
 * @param help whether usage was asked for
 */
public record CommandLine(int port, Optional<Path> stateFile, Optional<Path> certificateFile, int tenants,
                          long tenantSeed, int enabledProducts, boolean help) {

  public static final String USAGE = "usage: java -jar commerce-emulator.jar [--port N] [--state FILE] "
      + "[--certificate FILE] [--tenants N] [--tenant-seed S] [--enabled-products K] [--help]";

  /** @throws UsageException with a one-line message naming the bad argument */
  public static CommandLine parse(String... args) {
    int port = 0;
    Path state = null;
    Path certificate = null;
    int tenants = 0;
    long tenantSeed = GeneratedTenants.DEFAULT_SEED;
    int enabledProducts = GeneratedTenants.DEFAULT_ENABLED_PRODUCTS;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
      if (name.equals("--help") || name.equals("-h")) {
        help = true;
        continue;
      }
      String value = switch (name) {
        case "--port", "--state", "--certificate", "--tenants", "--tenant-seed", "--enabled-products" ->
            inline != null ? inline : next(args, ++i, name);
        default -> throw new UsageException("unknown argument '" + arg + "'");
      };
      switch (name) {
        case "--port" -> port = wholeNumber(value, name, 0, 65535, "a number from 0 (any free port) to 65535");
        case "--state" -> state = path(value, name);
        case "--certificate" -> certificate = path(value, name);
        case "--tenants" -> tenants = wholeNumber(value, name, 0, GeneratedTenants.MAX_COUNT,
            "a number from 0 to " + GeneratedTenants.MAX_COUNT);
        case "--tenant-seed" -> tenantSeed = seed(value);
        default -> enabledProducts = wholeNumber(value, name, 0, Integer.MAX_VALUE, "a whole number, 0 or more");
      }
    }
    return new CommandLine(port, Optional.ofNullable(state), Optional.ofNullable(certificate), tenants, tenantSeed,
        enabledProducts, help);
  }

  private static String next(String[] args, int index, String option) {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new UsageException(option + " needs a value");
    }
    return args[index];
  }

  private static int wholeNumber(String value, String option, int min, int max, String range) {
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    throw new UsageException(option + " must be " + range + ", got '" + value + "'");
  }

  private static long seed(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--tenant-seed must be a whole number, got '" + value + "'");
    }
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
