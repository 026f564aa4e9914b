package io.github.mscommerce.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/** Files on this machine's disk, relative paths starting in one directory: the Maven front end's and the tests'. */
public final class LocalPaths implements PathResolver {

  private final Path base;
  private final String baseWords;

  private LocalPaths(Path base, String baseWords) {
    this.base = base.toAbsolutePath().normalize();
    this.baseWords = Objects.requireNonNull(baseWords, "baseWords");
  }

  /** @param what names the directory for messages, such as "the project directory" */
  public static LocalPaths in(Path base, String what) {
    Path absolute = base.toAbsolutePath().normalize();
    return new LocalPaths(absolute, what + " " + absolute);
  }

  /** Relative to the JVM's working directory. */
  public static LocalPaths workingDirectory() {
    return in(Path.of(""), "the working directory");
  }

  public Path resolve(String path) throws IOException {
    try {
      return base.resolve(path.trim()).normalize();
    } catch (InvalidPathException e) {
      throw new IOException("'" + path + "' is not a file path (" + e.getReason() + ")", e);
    }
  }

  @Override
  public byte[] read(String path, long maxBytes) throws IOException {
    Path file = resolve(path);
    if (Files.isDirectory(file)) {
      throw new IOException(file + " is a directory");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new FileTooLargeException(file.toString(), maxBytes);
      }
      return bytes;
    }
  }

  @Override
  public String describe(String path) {
    try {
      return resolve(path).toString();
    } catch (IOException e) {
      return path;
    }
  }

  @Override
  public String base() {
    return baseWords;
  }

  @Override
  public String toString() {
    return "LocalPaths[" + base + "]";
  }
}
