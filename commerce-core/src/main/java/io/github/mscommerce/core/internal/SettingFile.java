package io.github.mscommerce.core.internal;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.PathResolver;
import io.github.mscommerce.core.PathResolver.FileTooLargeException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads a file that a setting names, through the front end's {@link PathResolver} (the project's disk, a Jenkins agent's
 * workspace), and turns every way it can fail into an {@link InvalidSettingsException} attributed to the setting: the
 * message names the setting, the file as the user finds it, what is wrong and the fix, and for a relative path where it
 * starts. Used for client certificates, trust anchors, federated token files and desired-state files.
 */
public final class SettingFile {

  /** A Windows drive path ({@code C:\…}, {@code C:/…}); the agent that reads the file may run another system than we do. */
  private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("[A-Za-z]:[\\\\/].*");

  /** How a failing resolver words a directory: {@link io.github.mscommerce.core.LocalPaths} and the OS error text. */
  private static final String DIRECTORY_WORDS = "is a directory";

  /** "java.nio.file.FileSystemException: " and the like, which say nothing to a user. */
  private static final Pattern EXCEPTION_PREFIX = Pattern.compile("^(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ");

  private final PathResolver files;
  private final String path;
  private final String setting;

  private SettingFile(PathResolver files, String path, String setting) {
    this.files = Objects.requireNonNull(files, "files");
    this.path = Objects.requireNonNull(path, "path");
    this.setting = Objects.requireNonNull(setting, "setting");
  }

  /**
   * The file's bytes, never empty.
   *
   * @param setting names the setting in messages, in the front end's spelling ({@code commerce.certificatePath},
   *     {@code AZURE_CLIENT_CERTIFICATE_PATH})
   * @param maxBytes larger files are refused before they are read whole
   * @throws InvalidSettingsException naming the setting, the file and the fix
   */
  public static byte[] bytes(PathResolver files, String path, String setting, long maxBytes) {
    return new SettingFile(files, path, setting).read(maxBytes);
  }

  /**
   * The file's text, which must be UTF-8 (ASCII is); a leading byte order mark is dropped, since editors on Windows add
   * one that no parser expects.
   *
   * @throws InvalidSettingsException as {@link #bytes}, and when the file is not UTF-8
   */
  public static String text(PathResolver files, String path, String setting, long maxBytes) {
    SettingFile file = new SettingFile(files, path, setting);
    String text = file.decode(file.read(maxBytes));
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private byte[] read(long maxBytes) {
    if (path.isBlank()) {
      throw problem("is set but empty: give the path of a file.", null);
    }
    byte[] bytes;
    try {
      bytes = files.read(path.trim(), maxBytes);
    } catch (NoSuchFileException e) {
      throw problem("there is no file " + where() + ". Check the path" + startHint()
          + ", and that the file exists on the machine that reads it.", e);
    } catch (AccessDeniedException e) {
      throw problem(where() + " cannot be read: permission denied. Let the account this runs as read it.", e);
    } catch (FileTooLargeException e) {
      throw problem(where() + " is larger than " + sizeWords(e.limit()) + ", more than such a file ever holds. Check "
          + "that the setting names the right file.", e);
    } catch (IOException e) {
      if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains(DIRECTORY_WORDS)) {
        throw problem(where() + " is a directory. Give the path of the file itself" + startHint() + ".", e);
      }
      throw problem(where() + " cannot be read (" + plainReason(e) + "). Check the path" + startHint()
          + " and that the file is readable.", e);
    }
    if (bytes.length == 0) {
      throw problem(where() + " is empty. Check that the setting names the right file, and that whatever writes it "
          + "has finished.", null);
    }
    return bytes;
  }

  private String decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw problem(where() + " is not UTF-8 text (byte " + in.position() + " is not valid UTF-8). Save it as UTF-8.",
          null);
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private String where() {
    return files.describe(path.trim());
  }

  /** Where a relative path starts, the first thing to check when a file is not found. */
  private String startHint() {
    return isAbsolute(path.trim()) ? "" : " (a relative path starts in " + files.base() + ")";
  }

  private static boolean isAbsolute(String path) {
    return path.startsWith("/") || path.startsWith("\\") || WINDOWS_ABSOLUTE.matcher(path).matches();
  }

  private static String sizeWords(long bytes) {
    return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB"
        : bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KiB"
        : bytes + " bytes";
  }

  /** The I/O error in words, without the exception class names a resolver may have put in front. */
  private static String plainReason(IOException e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return "an input/output error";
    }
    String plain = message.strip();
    String stripped = EXCEPTION_PREFIX.matcher(plain).replaceFirst("");
    while (!stripped.equals(plain)) {
      plain = stripped;
      stripped = EXCEPTION_PREFIX.matcher(plain).replaceFirst("");
    }
    return plain.isEmpty() ? "an input/output error" : plain;
  }

  private InvalidSettingsException problem(String what, Exception cause) {
    return new InvalidSettingsException(what, cause).forSetting(setting);
  }
}
