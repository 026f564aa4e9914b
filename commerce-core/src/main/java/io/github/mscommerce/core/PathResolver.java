package io.github.mscommerce.core;

import java.io.IOException;

/**
 * Reads the files that settings name (a desired-state file, a client certificate, a trust anchor, a federated token
 * file), the way the front end sees them: Maven reads its project's disk, a Jenkins step reads the agent's workspace. A
 * path that is not absolute starts where {@link #base()} says, and messages say so.
 */
public interface PathResolver {

  /**
   * The file's bytes.
   *
   * @param maxBytes files larger than this are refused before they are read whole
   * @throws java.nio.file.NoSuchFileException when there is no such file
   * @throws java.nio.file.AccessDeniedException when it cannot be read
   * @throws FileTooLargeException when it holds more than {@code maxBytes}
   * @throws IOException for anything else, a directory included
   */
  byte[] read(String path, long maxBytes) throws IOException;

  /** The path as a user should find it: absolute, on the machine that reads it. */
  String describe(String path);

  /** Where relative paths start, for messages: "the project directory /home/me/p", "the workspace /var/ws/job". */
  String base();

  /** A file over the size limit; thrown before the file is read whole. */
  final class FileTooLargeException extends IOException {

    private final long limit;

    public FileTooLargeException(String path, long limit) {
      super(path + " is larger than " + limit + " bytes");
      this.limit = limit;
    }

    public long limit() {
      return limit;
    }
  }
}
