package io.github.mscommerce.emulator;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.ManagedIdentityApplication;
import com.microsoft.aad.msal4j.ManagedIdentityId;
import com.microsoft.aad.msal4j.ManagedIdentityParameters;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Runs in a child JVM whose environment carries {@code IDENTITY_ENDPOINT} and {@code IDENTITY_HEADER} (MSAL4J reads
 * them from the process environment only). Prints facts, never the token: {@code source=}, {@code policyStatus=},
 * {@code secondSource=}, or {@code error=} (and exits 3).
 *
 * <p>Arguments: the emulator's certificate PEM file, the resource, the policy products URL.
 */
public final class ManagedIdentityChild {

  private ManagedIdentityChild() {}

  public static void main(String[] args) throws Exception {
    SSLContext trust = trusting(Path.of(args[0]));
    ManagedIdentityApplication app = ManagedIdentityApplication.builder(ManagedIdentityId.systemAssigned())
        .sslSocketFactory(trust.getSocketFactory())
        .disableInternalRetries()
        .build();
    System.out.println("source=" + ManagedIdentityApplication.getManagedIdentitySource());
    try {
      IAuthenticationResult result = app.acquireTokenForManagedIdentity(
          ManagedIdentityParameters.builder(args[1]).build()).get();
      HttpResponse<String> response = HttpClient.newBuilder().sslContext(trust).build().send(
          HttpRequest.newBuilder(URI.create(args[2])).header("Authorization", "Bearer " + result.accessToken())
              .build(), HttpResponse.BodyHandlers.ofString());
      System.out.println("policyStatus=" + response.statusCode());
      IAuthenticationResult second = app.acquireTokenForManagedIdentity(
          ManagedIdentityParameters.builder(args[1]).build()).get();
      System.out.println("secondSource=" + second.metadata().tokenSource());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      System.out.println("error=" + (cause instanceof MsalServiceException service ? service.errorCode()
          : cause.getClass().getSimpleName()));
      System.exit(3);
    }
  }

  private static SSLContext trusting(Path pem) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("emulator", CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem))));
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }
}
