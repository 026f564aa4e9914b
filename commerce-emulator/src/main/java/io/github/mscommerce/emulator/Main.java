package io.github.mscommerce.emulator;

import io.github.mscommerce.emulator.cli.CertificateFile;
import io.github.mscommerce.emulator.cli.CommandLine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator until the process is stopped. Prints first, one per line: {@code baseUrl=}, {@code certificate=}
 * (the PEM path), {@code tenantId=}, {@code clientId=}, {@code clientSecret=} (the ReadWrite app), then help for
 * humans. Exit codes: 2 for a bad command line or state file, 1 when the emulator cannot start. On SIGTERM or Ctrl-C
 * it stops and removes the certificate PEM it wrote, unless the user named that file with {@code --certificate}.
 */
public final class Main {

  static final int USAGE_ERROR = 2;
  static final int START_FAILURE = 1;

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    int exit = run(args, System.out, System.err, stopped);
    if (exit >= 0) {
      System.exit(exit);
    }
    stopped.await(); // the shutdown hook (Ctrl-C, kill) closes the emulator and releases this
  }

  /** @return an exit code, or -1 when the emulator is running and {@code stopped} will be released on shutdown */
  static int run(String[] args, PrintStream out, PrintStream err, CountDownLatch stopped) {
    CommandLine commandLine;
    try {
      commandLine = CommandLine.parse(args);
    } catch (CommandLine.UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(CommandLine.USAGE);
      return USAGE_ERROR;
    }
    if (commandLine.help()) {
      out.println(CommandLine.USAGE);
      out.println("Starts an offline HTTPS stand-in for Entra ID and the Microsoft 365 self-service purchase policy "
          + "service on 127.0.0.1.");
      out.println("  --port N            port to listen on (default 0: any free port)");
      out.println("  --state FILE        tenants, apps and users (default: the built-in demo tenant)");
      out.println("  --certificate FILE  where to write the TLS certificate PEM (default: a file in the temp dir,");
      out.println("                      removed when the emulator stops; a FILE given here stays)");
      out.println("  --tenants N         generate N tenants besides the demo (or state file) tenants, each with the");
      out.println("                      demo app consented: tenant-00001.onmicrosoft.com, ... (default 0)");
      out.println("  --tenant-seed S     the seed that picks each generated tenant's Enabled products (default "
          + GeneratedTenants.DEFAULT_SEED + ")");
      out.println("  --enabled-products K  Enabled products per generated tenant, the rest Disabled (default "
          + GeneratedTenants.DEFAULT_ENABLED_PRODUCTS + ")");
      return 0;
    }
    try {
      EmulatorOptions.Builder options = EmulatorOptions.builder().port(commandLine.port())
          .tenantSeed(commandLine.tenantSeed()).enabledProductsPerTenant(commandLine.enabledProducts())
          .tenants(commandLine.tenants());
      commandLine.stateFile().ifPresent(options::stateFile);
      CommerceEmulator emulator = CommerceEmulator.start(options.build());
      CertificateFile certificate = CertificateFile.of(commandLine, emulator.port());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        emulator.close();
        certificate.removeIfOwned();
        stopped.countDown();
      }, "commerce-emulator-shutdown"));
      Path pem = emulator.writeCertificatePem(certificate.path());
      printBanner(emulator, pem, out);
      return -1;
    } catch (InvalidStateException e) {
      err.println("error: " + oneLine(e.getMessage()));
      return USAGE_ERROR;
    } catch (NoSuchFileException e) {
      err.println("error: the state file " + e.getFile() + " does not exist; check the --state path");
      return USAGE_ERROR;
    } catch (IOException e) {
      err.println("error: " + oneLine(e.getMessage()));
      return START_FAILURE;
    }
  }

  /** Messages from the JDK (e.g. certificate parsing) may span lines; the CLI promises one. */
  private static String oneLine(String message) {
    return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ");
  }

  private static void printBanner(CommerceEmulator emulator, Path pem, PrintStream out) {
    CommerceEmulator.StartupCredentials credentials = emulator.startupCredentials();
    String base = emulator.baseUrl().toString();
    out.println("baseUrl=" + base);
    out.println("certificate=" + pem.toAbsolutePath());
    out.println("tenantId=" + credentials.tenantId());
    out.println("clientId=" + credentials.clientId());
    out.println("clientSecret=" + credentials.clientSecret());
    out.println();
    out.println("Commerce emulator: an offline stand-in for Entra ID and the Microsoft 365 self-service purchase "
        + "policy service.");
    out.println("Get a token (set CLIENT_SECRET to the clientSecret above):");
    out.println("  curl -s --cacert " + pem.toAbsolutePath() + " -d grant_type=client_credentials -d client_id="
        + credentials.clientId() + " --data-urlencode client_secret=\"$CLIENT_SECRET\" -d scope="
        + "aeb86249-8ea3-49e2-900b-54cc8e308f85/.default " + base + "/" + credentials.tenantId()
        + "/oauth2/v2.0/token");
    out.println("List the products with its access_token:");
    out.println("  curl -s --cacert " + pem.toAbsolutePath() + " -H \"Authorization: Bearer $ACCESS_TOKEN\" " + base
        + "/v1.0/policies/AllowSelfServicePurchase/products");
    int generated = emulator.generatedTenantCount();
    if (generated > 0) {
      out.println(generated + " generated tenants, " + GeneratedTenants.domain(1)
          + (generated > 1 ? " to " + GeneratedTenants.domain(generated) : "") + ", each with the demo app "
          + emulator.demo().clientId() + " (its secret: GET /_emulator/demo); list them: GET /_emulator/tenants");
    }
    out.println("Admin API (not part of the real service): " + base + "/_emulator/... e.g. GET /_emulator/demo "
        + "(all demo credentials), GET /_emulator/journal, POST /_emulator/reset.");
    out.println("Press Ctrl-C to stop.");
    out.flush();
  }
}
