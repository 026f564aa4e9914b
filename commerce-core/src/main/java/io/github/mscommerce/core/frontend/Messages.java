package io.github.mscommerce.core.frontend;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Reasons from the JDK in words a user can act on, without Java's exception class names. */
final class Messages {

  private Messages() {}

  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied for " + ((FileSystemException) e).getFile();
    }
    if (e instanceof NoSuchFileException) {
      return ((FileSystemException) e).getFile() + " does not exist";
    }
    if (e instanceof FileAlreadyExistsException) {
      return ((FileSystemException) e).getFile() + " is a file where a directory is needed";
    }
    if (e instanceof NotDirectoryException) {
      return ((FileSystemException) e).getFile() + " is not a directory";
    }
    if (e instanceof FileSystemException) {
      FileSystemException fs = (FileSystemException) e;
      return fs.getFile() + (fs.getReason() == null ? ": cannot be written" : ": " + fs.getReason());
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "an I/O error" : message;
  }
}
