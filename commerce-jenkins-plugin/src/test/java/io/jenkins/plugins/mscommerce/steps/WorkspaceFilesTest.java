package io.jenkins.plugins.mscommerce.steps;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import hudson.FilePath;
import io.github.mscommerce.core.PathResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The workspace as core's {@link PathResolver}, and where a step may write. */
public class WorkspaceFilesTest {

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private Path root;
  private WorkspaceFiles files;

  @Before
  public void setUp() throws IOException {
    root = folder.newFolder("ws").toPath();
    files = new WorkspaceFiles(new FilePath(root.toFile()));
  }

  @Test
  public void read_relativePathStartsInTheWorkspace() throws IOException {
    Files.writeString(Files.createDirectories(root.resolve("policy")).resolve("state.json"), "{}");

    assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), files.read(" policy/state.json ", 100));
    assertEquals(root.resolve("policy/state.json").toString(), files.describe("policy/state.json"));
  }

  @Test
  public void read_absolutePathIsTakenAsItIs() throws IOException {
    Path outside = Files.writeString(folder.newFile("ca.pem").toPath(), "pem");

    assertArrayEquals("pem".getBytes(StandardCharsets.UTF_8), files.read(outside.toString(), 100));
  }

  @Test
  public void read_missingFileIsNoSuchFile() {
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> files.read("missing.json", 100));

    assertEquals(root.resolve("missing.json").toString(), e.getFile());
  }

  @Test
  public void read_directoryIsRefused() throws IOException {
    Files.createDirectories(root.resolve("dir"));

    IOException e = assertThrows(IOException.class, () -> files.read("dir", 100));

    assertEquals(Messages.WorkspaceFiles_isDirectory(root.resolve("dir").toString()), e.getMessage());
  }

  @Test
  public void read_largerThanTheLimitIsRefusedWithTheLimit() throws IOException {
    Files.writeString(root.resolve("big.json"), "0123456789");

    PathResolver.FileTooLargeException e =
        assertThrows(PathResolver.FileTooLargeException.class, () -> files.read("big.json", 9));

    assertEquals(9, e.limit());
  }

  @Test
  public void base_namesTheWorkspace() {
    assertEquals(Messages.WorkspaceFiles_base(root.toString()), files.base());
  }

  @Test
  public void inside_acceptsRelativePathsThatStayInside() throws IOException {
    assertEquals(root.resolve("commerce/reports").toString(), files.inside("commerce/reports").getRemote());
    assertEquals(root.toString(), files.inside(".").getRemote());
  }

  @Test
  public void inside_refusesAbsolutePathsAndPathsLeadingOut() {
    for (String path : new String[] {"/etc/commerce", "\\\\server\\share", "C:\\commerce", "../commerce",
        "commerce/../../x", ""}) {
      IOException e = assertThrows(path, IOException.class, () -> files.inside(path));
      assertEquals(Messages.WorkspaceFiles_outside(path), e.getMessage());
    }
  }

  @Test
  public void relative_namesFilesInsideByTheirWorkspacePath() throws IOException {
    assertEquals("commerce/verify-policy.json", files.relative(files.inside("commerce/verify-policy.json")));
    String sibling = root.resolveSibling("ws2").resolve("x").toString();
    assertEquals(sibling, files.relative(new FilePath(new FilePath(root.toFile()), sibling)));
    assertTrue(files.relative(files.inside("a")).equals("a"));
  }
}
