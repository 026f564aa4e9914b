package io.github.mscommerce.core.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.LocalPaths;
import io.github.mscommerce.core.PathResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SettingFileTest {

  private static final String SETTING = "commerce.certificatePath";

  @Rule public TemporaryFolder folder = new TemporaryFolder();

  private Path root;
  private LocalPaths files;

  @Before
  public void files() {
    root = folder.getRoot().toPath();
    files = LocalPaths.in(root, "the project directory");
  }

  private InvalidSettingsException failure(PathResolver resolver, String path, long maxBytes) {
    InvalidSettingsException e =
        assertThrows(InvalidSettingsException.class, () -> SettingFile.text(resolver, path, SETTING, maxBytes));
    assertEquals(SETTING, e.setting().orElseThrow());
    return e;
  }

  private String failure(String path) {
    return failure(files, path, 1024).getMessage();
  }

  @Test
  public void bytes_existingFile_returnsItsBytes() throws IOException {
    Files.write(root.resolve("client.pfx"), new byte[] {0x30, (byte) 0x82, 0x01});

    assertArrayEquals(new byte[] {0x30, (byte) 0x82, 0x01}, SettingFile.bytes(files, "client.pfx", SETTING, 1024));
  }

  @Test
  public void text_utf8WithByteOrderMark_dropsTheMark() throws IOException {
    Files.write(root.resolve("ca.pem"), "\uFEFF-----BEGIN CERTIFICATE-----\nÄ\n".getBytes(StandardCharsets.UTF_8));

    assertEquals("-----BEGIN CERTIFICATE-----\nÄ\n", SettingFile.text(files, "ca.pem", SETTING, 1024));
  }

  @Test
  public void text_missingRelativePath_saysWhereRelativePathsStart() {
    assertEquals(SETTING + ": there is no file " + root.resolve("certs/app.pem") + ". Check the path (a relative path "
        + "starts in the project directory " + root + "), and that the file exists on the machine that reads it.",
        failure("certs/app.pem"));
  }

  @Test
  public void text_missingAbsolutePath_needsNoHintWhereItStarts() {
    String absent = root.resolve("absent.pem").toString();

    assertEquals(SETTING + ": there is no file " + absent + ". Check the path, and that the file exists on the machine "
        + "that reads it.", failure(absent));
  }

  @Test
  public void text_directory_asksForTheFileItself() throws IOException {
    Files.createDirectory(root.resolve("certs"));

    assertEquals(SETTING + ": " + root.resolve("certs") + " is a directory. Give the path of the file itself (a "
        + "relative path starts in the project directory " + root + ").", failure("certs"));
  }

  @Test
  public void text_emptyFile_saysItIsEmpty() throws IOException {
    Files.createFile(root.resolve("token"));

    assertEquals(SETTING + ": " + root.resolve("token") + " is empty. Check that the setting names the right file, and "
        + "that whatever writes it has finished.", failure("token"));
  }

  @Test
  public void text_overTheLimit_isRefusedWithTheLimit() throws IOException {
    Files.write(root.resolve("huge.pem"), new byte[2049]);

    assertEquals(SETTING + ": " + root.resolve("huge.pem") + " is larger than 2 KiB, more than such a file ever holds. "
        + "Check that the setting names the right file.", failure(files, "huge.pem", 2048).getMessage());
  }

  @Test
  public void text_notUtf8_namesTheFirstBadByte() throws IOException {
    Files.write(root.resolve("latin1.pem"), "abc\u00e9".getBytes(StandardCharsets.ISO_8859_1));

    assertEquals(SETTING + ": " + root.resolve("latin1.pem") + " is not UTF-8 text (byte 3 is not valid UTF-8). Save it "
        + "as UTF-8.", failure("latin1.pem"));
  }

  @Test
  public void text_blankPath_asksForAPath() {
    assertEquals(SETTING + ": is set but empty: give the path of a file.", failure(" "));
  }

  @Test
  public void text_permissionDenied_saysSo() {
    PathResolver denying = new FixedFailure(new AccessDeniedException("/agent/ws/app.pem"));

    assertEquals(SETTING + ": /agent/ws/app.pem cannot be read: permission denied. Let the account this runs as read "
        + "it.", failure(denying, "app.pem", 1024).getMessage());
  }

  @Test
  public void text_otherFailure_givesTheReasonWithoutExceptionClassNames() {
    PathResolver failing = new FixedFailure(
        new IOException("java.io.IOException: java.nio.file.FileSystemException: remote agent went offline"));

    assertEquals(SETTING + ": /agent/ws/app.pem cannot be read (remote agent went offline). Check the path (a relative "
        + "path starts in the workspace /agent/ws) and that the file is readable.",
        failure(failing, "app.pem", 1024).getMessage());
  }

  @Test
  public void text_windowsAgentAbsolutePath_needsNoHintWhereItStarts() {
    PathResolver failing = new FixedFailure(new NoSuchFileException("C:\\certs\\app.pem"));

    assertEquals(SETTING + ": there is no file C:\\certs\\app.pem. Check the path, and that the file exists "
        + "on the machine that reads it.", failure(failing, "C:\\certs\\app.pem", 1024).getMessage());
  }

  /** A resolver as a remote agent's could fail; relative paths start in a fixed workspace. */
  private static final class FixedFailure implements PathResolver {
    private final IOException failure;

    FixedFailure(IOException failure) {
      this.failure = failure;
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
      throw failure;
    }

    @Override
    public String describe(String path) {
      return path.startsWith("/") || path.contains(":") ? path : "/agent/ws/" + path;
    }

    @Override
    public String base() {
      return "the workspace /agent/ws";
    }
  }
}
