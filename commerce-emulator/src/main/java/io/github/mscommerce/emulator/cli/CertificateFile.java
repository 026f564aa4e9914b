package io.github.mscommerce.emulator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the standalone emulator writes its certificate PEM, and whether it owns the file. A file in the temp
 * directory that the emulator named itself is its own and is removed when it stops, so stopped runs leave nothing
 * behind; a file the user named with {@code --certificate} stays, as the user may still want it (and the emulator
 * must never delete a file it did not choose).
 *
 * @param path the PEM file
 * @param owned whether the emulator chose the path and removes the file when it stops
 */
public record CertificateFile(Path path, boolean owned) {

  /** The user's {@code --certificate FILE}, else {@code <java.io.tmpdir>/commerce-emulator-<port>.pem}. */
  public static CertificateFile of(CommandLine commandLine, int port) {
    return commandLine.certificateFile().map(file -> new CertificateFile(file, false)).orElseGet(() ->
        new CertificateFile(Path.of(System.getProperty("java.io.tmpdir"), "commerce-emulator-" + port + ".pem"), true));
  }

  /** Removes the file if the emulator owns it; a file already gone is fine. Called from a shutdown hook: no throwing. */
  public void removeIfOwned() {
    if (!owned) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      System.err.println("warning: could not remove the certificate file " + path + ": " + e.getMessage());
    }
  }
}
