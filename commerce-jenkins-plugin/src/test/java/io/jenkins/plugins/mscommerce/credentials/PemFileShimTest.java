package io.jenkins.plugins.mscommerce.credentials;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.Test;

/** SHIM(core): the PEM as a temporary file for one run, gone afterwards. */
public class PemFileShimTest {

  @Test
  public void pem_isAFileForTheLengthOfTheRun() throws Exception {
    Path file;
    try (PemFileShim shim = PemFileShim.write(Optional.of("-----BEGIN CERTIFICATE-----\n"))) {
      file = Path.of(shim.path().orElseThrow());
      assertEquals("-----BEGIN CERTIFICATE-----\n", Files.readString(file));
    }
    assertTrue(Files.notExists(file));
  }

  @Test
  public void noPem_noFile() throws Exception {
    try (PemFileShim shim = PemFileShim.write(Optional.empty())) {
      assertTrue(shim.path().isEmpty());
    }
  }
}
