package io.jenkins.plugins.mscommerce.binding;

import com.cloudbees.plugins.credentials.common.StandardCertificateCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.slaves.WorkspaceList;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.util.UUID;
import org.jenkinsci.plugins.credentialsbinding.MultiBinding;

/**
 * A certificate credential's keystore as a PKCS#12 file on the machine of the workspace, for the length of one
 * {@code withCredentials} block. Like credentials-binding's own certificate binding, it lives beside the workspace, never
 * in it ({@code <workspace>@tmp/secretFiles/<random>/}), where a build cannot archive or stash it by accident: the
 * directories are 0700, the file 0400. The {@link #unbinder()} deletes the random directory; it keeps only that
 * directory's name, so it still works after a controller restart, when the workspace is found again.
 */
final class CertificateFile {

  static final String SECRETS_DIRECTORY = "secretFiles";
  static final String FILE_NAME = "client-certificate.p12";

  private final FilePath file;
  private final String password;
  private final MultiBinding.Unbinder unbinder;

  private CertificateFile(FilePath file, String password, MultiBinding.Unbinder unbinder) {
    this.file = file;
    this.password = password;
    this.unbinder = unbinder;
  }

  /** Writes the keystore protected by its own password (which may be empty). */
  static CertificateFile write(@NonNull FilePath workspace, @NonNull StandardCertificateCredentials certificate)
      throws IOException, InterruptedException {
    String password = certificate.getPassword().getPlainText();
    FilePath secrets = secretsDirectory(workspace);
    String name = UUID.randomUUID().toString();
    FilePath directory = secrets.child(name);
    directory.mkdirs();
    secrets.chmod(0700);
    directory.chmod(0700);
    FilePath file = directory.child(FILE_NAME);
    try (OutputStream out = file.write()) {
      certificate.getKeyStore().store(out, password.toCharArray());
    } catch (GeneralSecurityException e) {
      directory.deleteRecursive();
      throw new IOException(Messages.CertificateFile_cannotWrite(e.getMessage()), e);
    }
    file.chmod(0400);
    return new CertificateFile(file, password, new DeleteDirectory(name));
  }

  /** The absolute path on the workspace's machine, for {@code AZURE_CLIENT_CERTIFICATE_PATH}. */
  String path() {
    return file.getRemote();
  }

  /** The password of the file, for {@code AZURE_CLIENT_CERTIFICATE_PASSWORD}; empty when it has none. */
  String password() {
    return password;
  }

  MultiBinding.Unbinder unbinder() {
    return unbinder;
  }

  private static FilePath secretsDirectory(FilePath workspace) throws IOException {
    FilePath temporary = WorkspaceList.tempDir(workspace);
    if (temporary == null) {
      throw new IOException(Messages.CertificateFile_noTemporaryDirectory(workspace.getRemote()));
    }
    return temporary.child(SECRETS_DIRECTORY);
  }

  private static final class DeleteDirectory implements MultiBinding.Unbinder {
    private static final long serialVersionUID = 1L;

    private final String name;

    DeleteDirectory(String name) {
      this.name = name;
    }

    @Override
    public void unbind(@NonNull Run<?, ?> build, @CheckForNull FilePath workspace, @CheckForNull Launcher launcher,
        @NonNull TaskListener listener) throws IOException, InterruptedException {
      if (workspace != null) {
        secretsDirectory(workspace).child(name).deleteRecursive();
      }
    }
  }
}
