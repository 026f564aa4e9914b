package io.github.mscommerce.core.reliability;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.CommerceException;
import io.github.mscommerce.core.RetriesExhaustedException;
import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.ServiceException;
import io.github.mscommerce.core.TransportException;
import io.github.mscommerce.core.auth.Authority;
import io.github.mscommerce.core.auth.ClientSecretCredential;
import io.github.mscommerce.core.auth.CredentialOptions;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.core.http.RetryPolicy;
import io.github.mscommerce.core.testing.EmulatorTokenCredential;
import io.github.mscommerce.core.testing.RecordingTime;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.EmulatorOptions;
import io.github.mscommerce.emulator.Fault;
import io.github.mscommerce.emulator.JournalEntry;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The transport's own guarantees, each shown against the emulator: TLS 1.2+ only (in a JVM that would allow 1.1),
 * hostname verification with the trust anchor present, no redirect followed, answers capped before they are read whole,
 * and every attempt's correlation id in the error.
 */
public class TransportHardeningIT {

  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();
  @Rule public final TemporaryFolder files = new TemporaryFolder();

  /** The JDK's default list without TLSv1 and TLSv1.1: a JVM whose owner allowed old TLS again. */
  private static final String OLD_TLS_ALLOWED = "jdk.tls.disabledAlgorithms=SSLv3, DTLSv1.0, RC4, DES, MD5withRSA, "
      + "DH keySize < 1024, EC keySize < 224, 3DES_EDE_CBC, anon, NULL, ECDH\n";
  private static final String LIST = "/v1.0/policies/AllowSelfServicePurchase/products";

  @Test
  public void tls11Only_inAJvmThatAllowsIt_isRefusedByOurOwnRestriction_withTheTlsHint() throws Exception {
    Path security = files.getRoot().toPath().resolve("old-tls.security");
    Files.writeString(security, OLD_TLS_ALLOWED);
    File output = files.newFile();
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.security.properties=" + security, "-cp", System.getProperty("java.class.path"),
        OldTlsChild.class.getName()).redirectErrorStream(true).redirectOutput(output).start();
    if (!child.waitFor(90, TimeUnit.SECONDS)) {
      child.destroyForcibly().waitFor();
      throw new AssertionError("the child JVM did not finish: " + Files.readString(output.toPath()));
    }
    List<String> lines = Files.readAllLines(output.toPath());
    String all = String.join("\n", lines);
    assertEquals(all, 0, child.exitValue());
    // The JVM itself would speak TLS 1.1 with the emulator (401: no token sent), so the refusals below are ours.
    assertTrue(all, lines.contains("jdk-default=401"));
    String service = line(lines, "service=");
    assertTrue(service, service.startsWith("The TLS handshake with 127.0.0.1 failed ("));
    assertTrue(service, service.contains("The service requires TLS 1.2 or newer"));
    String token = line(lines, "token=");
    assertTrue(token, token.startsWith("The TLS handshake with 127.0.0.1 failed ("));
    assertTrue(token, token.contains("See README.md#tls-handshake-failed."));
  }

  @Test
  public void aCertificateForAnotherName_isRefusedEvenWithItsTrustAnchor() throws Exception {
    try (CommerceEmulator other = CommerceEmulator.start(EmulatorOptions.builder()
        .certificateNames("DNS:other.invalid").build())) {
      NetworkSettings trusting = NetworkSettings.builder().trustCertificatePem("the emulator for other.invalid",
          other.certificatePem()).build();
      CommerceClient client = CommerceClient.builder().endpoint(other.baseUrl()).network(trusting)
          .credential(new io.github.mscommerce.core.auth.StaticTokenCredential(SecretValue.of("opaque", "a test")))
          .build();
      TransportException service = assertThrows(TransportException.class, client::productPolicies);
      assertTrue(service.getMessage(), service.getMessage().startsWith("The TLS handshake with 127.0.0.1 failed ("));

      ClientSecretCredential msal = new ClientSecretCredential(Authority.of(other.baseUrl().toString(),
          other.demo().tenantId()), other.demo().clientId(), SecretValue.of(other.demo().clientSecret(), "a test"),
          CredentialOptions.defaults().withNetwork(trusting).withRetryPolicy(RetryPolicy.withRetries(0)));
      TransportException token = assertThrows(TransportException.class, () -> msal.token(false));
      assertTrue(token.getMessage(), token.getMessage().startsWith("The TLS handshake with 127.0.0.1 failed ("));
      assertEquals("no request got past the handshake", List.of(), other.admin().journal());
      secrets.plantSecretsOf(other);
    }
  }

  @Test
  public void aRedirect_isNotFollowed_soTheTokenGoesNowhereElse() {
    CommerceEmulator emulator = SharedEmulator.fresh();
    // Back to the emulator itself: a client that followed it would show up in the journal a second time.
    emulator.admin().injectFault(Fault.on("GET", "/v1.0/policies/*/products").thenRedirect(307,
        emulator.baseUrl() + "/v1/policies/AllowSelfServicePurchase/products"));
    ServiceException e = assertThrows(ServiceException.class, () -> client(emulator, SharedEmulator.network(), 4)
        .productPolicies());
    assertTrue(e.getMessage(), e.getMessage().contains("was redirected (HTTP 307)"));
    assertEquals(List.of(LIST), policyRequests(emulator).stream().map(JournalEntry::path)
        .collect(Collectors.toList()));
  }

  @Test
  public void aRedirectOfTheTokenRequest_isNotFollowedEither() {
    CommerceEmulator emulator = SharedEmulator.fresh();
    emulator.admin().injectFault(Fault.on("POST", "/*/oauth2/v2.0/token").thenRedirect(302,
        emulator.baseUrl() + "/" + emulator.demo().tenantId() + "/oauth2/v2.0/token?again"));
    CommerceException e = assertThrows(CommerceException.class, () -> msal(emulator, SharedEmulator.network())
        .token(false));
    assertEquals(e.getMessage(), 1, emulator.admin().journal().size());
  }

  @Test
  public void anAnswerOverTheLimit_isRefusedBeforeItIsReadWhole_andNotRetried() {
    CommerceEmulator emulator = SharedEmulator.fresh();
    NetworkSettings small = SharedEmulator.networkBuilder().maxResponseBytes(2048).build();
    TransportException e = assertThrows(TransportException.class, () -> client(emulator, small, 4)
        .productPolicies());
    assertTrue(e.getMessage(), e.getMessage().startsWith("Reading the product policies got an answer larger than 2 "
        + "KiB, which the service never sends; it was not read."));
    assertEquals(1, policyRequests(emulator).size());

    // The token endpoint's answer is read under the same limit.
    TransportException token = assertThrows(TransportException.class, () -> msal(emulator,
        SharedEmulator.networkBuilder().maxResponseBytes(300).build()).token(false));
    assertTrue(token.getMessage(), token.getMessage().startsWith("Getting a token for client secret of app "));
    assertTrue(token.getMessage(), token.getMessage().contains(" got an answer larger than 300 bytes, which the "
        + "service never sends; it was not read."));
  }

  @Test
  public void retriesExhausted_carryEveryAttemptsCorrelationId_inOrder() {
    CommerceEmulator emulator = SharedEmulator.fresh();
    emulator.admin().injectFault(Fault.on("GET", "/v1.0/policies/*/products").thenStatus(503).times(3));
    RetriesExhaustedException e = assertThrows(RetriesExhaustedException.class,
        () -> client(emulator, SharedEmulator.network(), 2).productPolicies());
    List<String> sent = policyRequests(emulator).stream().map(JournalEntry::correlationId)
        .collect(Collectors.toList());
    assertEquals(3, sent.size());
    assertEquals(sent, e.facts().allCorrelationIds());
    assertTrue(e.getMessage(), e.getMessage().endsWith("(HTTP 503, correlation id " + sent.get(2)
        + " (earlier attempts: " + sent.get(0) + ", " + sent.get(1) + "))"));
  }

  private static CommerceClient client(CommerceEmulator emulator, NetworkSettings network, int retries) {
    return CommerceClient.builder().endpoint(emulator.baseUrl()).network(network)
        .retryPolicy(RetryPolicy.withRetries(retries)).timeSource(new RecordingTime())
        .credential(new EmulatorTokenCredential(emulator.baseUrl(), emulator.demo().tenantId(),
            emulator.demo().clientId(), emulator.demo().clientSecret(), emulator.clientSslContext())).build();
  }

  private static ClientSecretCredential msal(CommerceEmulator emulator, NetworkSettings network) {
    return new ClientSecretCredential(SharedEmulator.authority(), emulator.demo().clientId(),
        SecretValue.of(emulator.demo().clientSecret(), "the demo app"),
        CredentialOptions.defaults().withNetwork(network).withRetryPolicy(RetryPolicy.withRetries(0))
            .withTimeSource(new RecordingTime()));
  }

  private static List<JournalEntry> policyRequests(CommerceEmulator emulator) {
    return emulator.admin().journal().stream().filter(entry -> entry.path().startsWith("/v1"))
        .collect(Collectors.toList());
  }

  private static String line(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).findFirst()
        .orElseThrow(() -> new AssertionError("no " + prefix + " in " + lines));
  }
}
