package io.jenkins.plugins.mscommerce.testing;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;

/**
 * A secret file credential, as plain-credentials' {@code FileCredentialsImpl} is; that class has no stand-in, so the
 * tests bring this one, for unit tests and, registered by its {@link Extension}, for JenkinsRule tests.
 */
public final class TestSecretFile extends BaseStandardCredentials implements FileCredentials {

  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final byte[] content;

  public TestSecretFile(String id, String fileName, byte[] content) {
    super(CredentialsScope.GLOBAL, id, "test secret file " + id);
    this.fileName = fileName;
    this.content = content.clone();
  }

  @NonNull
  @Override
  public String getFileName() {
    return fileName;
  }

  @NonNull
  @Override
  public InputStream getContent() {
    return new ByteArrayInputStream(content);
  }

  @Extension
  public static final class DescriptorImpl extends BaseStandardCredentialsDescriptor {
    @NonNull
    @Override
    public String getDisplayName() {
      return "Test secret file";
    }
  }
}
