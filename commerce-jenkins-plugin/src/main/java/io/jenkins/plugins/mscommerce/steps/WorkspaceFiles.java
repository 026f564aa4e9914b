package io.jenkins.plugins.mscommerce.steps;

import hudson.FilePath;
import io.github.mscommerce.core.PathResolver;
import io.github.mscommerce.core.report.ReportFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;

/**
 * The workspace, as core reads the files that settings name (a desired-state file, a trust certificate, the
 * {@code AZURE_*} files of {@code withCredentials}) and as a step writes its reports: through {@link FilePath}, so a path
 * means the agent's file wherever the controller is. Relative paths start in the workspace.
 */
final class WorkspaceFiles implements PathResolver {

  private final FilePath workspace;

  WorkspaceFiles(FilePath workspace) {
    this.workspace = workspace;
  }

  @Override
  public byte[] read(String path, long maxBytes) throws IOException {
    FilePath file = resolve(path);
    try {
      if (!file.exists()) {
        throw new NoSuchFileException(file.getRemote());
      }
      if (file.isDirectory()) {
        throw new IOException(Messages.WorkspaceFiles_isDirectory(file.getRemote()));
      }
      try (InputStream in = file.read()) {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
          throw new FileTooLargeException(file.getRemote(), maxBytes);
        }
        return bytes;
      }
    } catch (InterruptedException e) {
      // PathResolver has no InterruptedException: keep the interrupt for core's cancellation, and stop reading.
      Thread.currentThread().interrupt();
      throw new IOException(Messages.WorkspaceFiles_interrupted(file.getRemote()), e);
    }
  }

  @Override
  public String describe(String path) {
    return resolve(path).getRemote();
  }

  @Override
  public String base() {
    return Messages.WorkspaceFiles_base(workspace.getRemote());
  }

  /** An absolute path is taken as it is, on the agent; a relative one starts in the workspace. */
  FilePath resolve(String path) {
    return new FilePath(workspace, path.trim());
  }

  /**
   * A file or directory the step writes: a relative path that stays inside the workspace, so no step setting can make a
   * build write elsewhere on the agent.
   *
   * @throws IOException naming the path, when it is absolute or leads out of the workspace
   */
  FilePath inside(String path) throws IOException {
    String trimmed = path.trim();
    if (trimmed.equals(".")) {
      return workspace;
    }
    if (trimmed.startsWith("/") || trimmed.startsWith("\\") || trimmed.matches("^[A-Za-z]:.*")
        || !ReportFile.staysInside(trimmed)) {
      throw new IOException(Messages.WorkspaceFiles_outside(path));
    }
    return new FilePath(workspace, trimmed);
  }

  /** How the log names a file inside the workspace: {@code commerce/verify-policy.json}. */
  String relative(FilePath file) {
    String root = workspace.getRemote();
    String path = file.getRemote();
    boolean inside = path.length() > root.length() + 1 && path.startsWith(root)
        && (path.charAt(root.length()) == '/' || path.charAt(root.length()) == '\\');
    return inside ? path.substring(root.length() + 1).replace('\\', '/') : path;
  }
}
