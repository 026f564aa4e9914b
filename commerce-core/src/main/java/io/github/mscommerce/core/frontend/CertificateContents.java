package io.github.mscommerce.core.frontend;

import java.security.KeyStore;
import java.util.Arrays;
import java.util.Objects;

/**
 * A client certificate that the front end holds itself rather than a path: Jenkins keeps certificate credentials on the
 * controller, where an agent's file path means nothing. The password comes with {@link RawSettings#certificatePassword()}.
 */
public sealed interface CertificateContents {

  /** Names the certificate in messages and in the sign-in line, such as "certificate credential 'contoso-cert'". */
  String sourceName();

  /** PEM or PKCS#12 bytes; the content decides which. */
  record Encoded(String sourceName, byte[] bytes) implements CertificateContents {
    public Encoded {
      Objects.requireNonNull(sourceName, "sourceName");
      bytes = Arrays.copyOf(Objects.requireNonNull(bytes, "bytes"), bytes.length);
    }

    @Override
    public byte[] bytes() {
      return Arrays.copyOf(bytes, bytes.length);
    }

    @Override
    public String toString() {
      return "Encoded[" + sourceName + ", " + bytes.length + " bytes]";
    }
  }

  /** A loaded key store, as a Jenkins certificate credential hands it over. */
  record InKeyStore(String sourceName, KeyStore keyStore) implements CertificateContents {
    public InKeyStore {
      Objects.requireNonNull(sourceName, "sourceName");
      Objects.requireNonNull(keyStore, "keyStore");
    }

    @Override
    public String toString() {
      return "InKeyStore[" + sourceName + "]";
    }
  }
}
