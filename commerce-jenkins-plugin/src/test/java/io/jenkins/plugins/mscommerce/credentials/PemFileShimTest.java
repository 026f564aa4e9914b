package io.jenkins.plugins.mscommerce.credentials;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.PathResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

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

  /** As on a remote agent, where the workspace resolver cannot see the controller's temporary file. */
  @Test
  public void resolver_servesTheShimsFileFromTheControllerAndTheRestFromTheWorkspace() throws Exception {
    PathResolver agent = new PathResolver() {
      @Override
      public byte[] read(String path, long maxBytes) throws IOException {
        throw new NoSuchFileException(path);
      }

      @Override
      public String describe(String path) {
        return "/agent/ws/" + path;
      }

      @Override
      public String base() {
        return "the workspace /agent/ws";
      }
    };
    try (PemFileShim shim = PemFileShim.write(Optional.of("pem"))) {
      PathResolver files = shim.resolver(agent);
      String own = shim.path().orElseThrow();

      assertArrayEquals("pem".getBytes(StandardCharsets.UTF_8), files.read(own, 100));
      assertEquals(own, files.describe(own));
      assertThrows(PathResolver.FileTooLargeException.class, () -> files.read(own, 2));
      assertThrows(NoSuchFileException.class, () -> files.read("desired-state.json", 100));
      assertEquals("/agent/ws/desired-state.json", files.describe("desired-state.json"));
      assertEquals("the workspace /agent/ws", files.base());
    }
  }

  @Test
  public void noPem_noFile() throws Exception {
    try (PemFileShim shim = PemFileShim.write(Optional.empty())) {
      assertTrue(shim.path().isEmpty());
    }
  }
}
