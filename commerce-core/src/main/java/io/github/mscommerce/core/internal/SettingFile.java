package io.github.mscommerce.core.internal;

import io.github.mscommerce.core.InvalidSettingsException;
import io.github.mscommerce.core.PathResolver;
import io.github.mscommerce.core.PathResolver.FileTooLargeException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Reads a file that a setting names, through the front end's {@link PathResolver}, and words every way it can go wrong
 * as an {@link InvalidSettingsException} naming the setting, the file as the user finds it, and the fix.
 */
public final class SettingFile {

  private final PathResolver files;
  private final String setting;
  private final String path;

  private SettingFile(PathResolver files, String setting, String path) {
    this.files = files;
    this.setting = setting;
    this.path = path.trim();
  }

  /** @param setting how the front end names the setting, for messages: {@code commerce.desiredState} */
  public static SettingFile of(PathResolver files, String setting, String path) {
    return new SettingFile(files, setting, path);
  }

  /** The bytes; an empty file is refused. */
  public byte[] bytes(long maxBytes) {
    byte[] bytes;
    try {
      bytes = files.read(path, maxBytes);
    } catch (NoSuchFileException e) {
      throw problem("does not exist", "check the path" + relativeHint());
    } catch (AccessDeniedException e) {
      throw problem("cannot be read (permission denied)", "make it readable by the user running the build");
    } catch (FileTooLargeException e) {
      throw problem("is larger than " + sizeInWords(e.limit()), "name the right file; no valid one is this large");
    } catch (IOException e) {
      throw problem("cannot be read (" + reason(e) + ")", "name a readable file" + relativeHint());
    }
    if (bytes.length == 0) {
      throw problem("is empty", "name the file that holds the content");
    }
    return bytes;
  }

  /** The text, UTF-8, without a byte-order mark; other encodings are refused rather than guessed at. */
  public String text(long maxBytes) {
    byte[] bytes = bytes(maxBytes);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw problem("is not UTF-8 text", "save it as UTF-8");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** How messages name the file: the path as given and, when it differs, as resolved. */
  public String describe() {
    String resolved = files.describe(path);
    return resolved.equals(path) ? "'" + path + "'" : "'" + path + "' (" + resolved + ")";
  }

  private InvalidSettingsException problem(String what, String fix) {
    return new InvalidSettingsException("the file " + describe() + " " + what + ": " + fix + ".").forSetting(setting);
  }

  private String relativeHint() {
    return isAbsolute() ? "" : " (relative paths start in " + files.base() + ")";
  }

  private boolean isAbsolute() {
    return path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:[\\\\/].*");
  }

  /** The JDK's message without its exception class name, which means nothing to a user. */
  private static String reason(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? "an I/O error" : message;
  }

  private static String sizeInWords(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
  }
}
