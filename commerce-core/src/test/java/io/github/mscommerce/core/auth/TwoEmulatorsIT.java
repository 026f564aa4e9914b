package io.github.mscommerce.core.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.SecretValue;
import io.github.mscommerce.core.client.CommerceClient;
import io.github.mscommerce.core.http.NetworkSettings;
import io.github.mscommerce.core.testing.SecretScan;
import io.github.mscommerce.core.testing.SharedEmulator;
import io.github.mscommerce.emulator.CommerceEmulator;
import io.github.mscommerce.emulator.JournalEntry;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

/**
 * Two emulators on 127.0.0.1, on different ports, in one JVM, used alternately with real MSAL credentials: MSAL keys its
 * instance metadata by host without port, and only the re-seeding before each acquisition keeps each authority's tokens
 * and refreshes on its own port. The journals show where every request went.
 */
public class TwoEmulatorsIT {

  /** Every log line, event, report and file of these tests is scanned for secrets and tokens. */
  @Rule public final SecretScan secrets = SecretScan.ofSharedEmulator();

  private CommerceEmulator first;
  private CommerceEmulator second;

  @Before
  public void twoEmulators() throws IOException {
    first = SharedEmulator.fresh();
    second = CommerceEmulator.start();
    assertNotEquals(first.port(), second.port());
  }

  @After
  public void stopTheSecond() {
    secrets.plantSecretsOf(second);
    second.close();
  }

  private static NetworkSettings network(CommerceEmulator emulator) {
    return NetworkSettings.builder().trustCertificatePem("the emulator on port " + emulator.port(),
        emulator.certificatePem()).build();
  }

  private static CredentialOptions options(CommerceEmulator emulator) {
    return CredentialOptions.defaults().withNetwork(network(emulator));
  }

  private static Authority authority(CommerceEmulator emulator) {
    return Authority.of(emulator.baseUrl().toString(), emulator.demo().tenantId());
  }

  private static UsernamePasswordCredential user(CommerceEmulator emulator) {
    return new UsernamePasswordCredential(authority(emulator), PublicClients.MSCOMMERCE_MODULE,
        emulator.demo().adminUser(), SecretValue.of(emulator.demo().userPassword(), "a test"), options(emulator));
  }

  private static ClientSecretCredential app(CommerceEmulator emulator) {
    return new ClientSecretCredential(authority(emulator), emulator.demo().clientId(),
        SecretValue.of(emulator.demo().clientSecret(), "a test"), options(emulator));
  }

  private static int list(CommerceEmulator emulator, io.github.mscommerce.core.TokenCredential credential) {
    return CommerceClient.builder().endpoint(emulator.baseUrl()).network(network(emulator)).credential(credential)
        .build().productPolicies().size();
  }

  /** The grant types of the emulator's token requests, with their status: "password 200", "refresh_token 200". */
  private static List<String> grants(CommerceEmulator emulator) {
    return emulator.admin().journal().stream().filter(entry -> entry.grantType() != null)
        .map(entry -> entry.grantType() + " " + entry.status()).collect(Collectors.toList());
  }

  private static long listings(CommerceEmulator emulator) {
    return emulator.admin().journal().stream().map(JournalEntry::route)
        .filter("/v1.0/policies/{policyId}/products"::equals).count();
  }

  @Test
  public void userSignIns_alternatingBetweenPorts_refreshAtTheirOwnEmulator() {
    // Both applications exist before either signs in: the second one built is what MSAL's shared entry would say.
    UsernamePasswordCredential atFirst = user(first);
    UsernamePasswordCredential atSecond = user(second);

    atFirst.token(false);
    atSecond.token(false);
    atFirst.token(true);
    atSecond.token(true);
    assertTrue(list(first, atFirst) > 0);
    assertTrue(list(second, atSecond) > 0);

    assertEquals(List.of("password 200", "refresh_token 200"), grants(first));
    assertEquals(List.of("password 200", "refresh_token 200"), grants(second));
  }

  @Test
  public void appSignIns_alternatingBetweenPorts_eachSignInOnceAndListFromCache() {
    ClientSecretCredential atFirst = app(first);
    ClientSecretCredential atSecond = app(second);

    for (int round = 0; round < 3; round++) {
      assertTrue(list(first, atFirst) > 0);
      assertTrue(list(second, atSecond) > 0);
    }
    assertTrue("a new credential of the first emulator is served from the cache too", list(first, app(first)) > 0);

    assertEquals(List.of("client_credentials 200"), grants(first));
    assertEquals(List.of("client_credentials 200"), grants(second));
    assertEquals(4, listings(first));
    assertEquals(3, listings(second));
  }
}
