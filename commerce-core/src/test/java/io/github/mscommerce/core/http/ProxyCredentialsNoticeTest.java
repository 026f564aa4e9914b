package io.github.mscommerce.core.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.github.mscommerce.core.AccessToken;
import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.Suggestions;
import io.github.mscommerce.core.TokenCredential;
import io.github.mscommerce.core.testing.RecordingEvents;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class ProxyCredentialsNoticeTest {

  private static final NetworkSettings WITH_CREDENTIALS = NetworkSettings.builder()
      .proxy(new ProxySettings("proxy.corp.example", 3128, List.of(), true)).build();

  private final RecordingEvents firstTask = new RecordingEvents();
  private final RecordingEvents secondTask = new RecordingEvents();

  @Before
  @After
  public void noticeNotYetGiven() {
    ProxyCredentialsNotice.forget();
  }

  private static HttpTransport transport(NetworkSettings network, RecordingEvents events) {
    return new HttpTransport(network, RetryPolicy.defaults(), new FixedToken(), events, Suggestions.generic(),
        TimeSource.SYSTEM);
  }

  @Test
  public void transports_proxyWithCredentials_warnOncePerJvm() {
    transport(WITH_CREDENTIALS, firstTask);
    transport(WITH_CREDENTIALS, secondTask);

    assertEquals(List.of(CommerceEvent.warn(Suggestions.generic().proxyCredentialsNotUsed("proxy.corp.example:3128"))),
        firstTask.all());
    assertEquals(List.of(), secondTask.all());
  }

  @Test
  public void warnOnce_proxyWithoutCredentialsOrNoProxy_saysNothing() {
    ProxyCredentialsNotice.warnOnce(NetworkSettings.builder()
        .proxy(new ProxySettings("proxy.corp.example", 3128, List.of())).build(), firstTask, Suggestions.generic());
    ProxyCredentialsNotice.warnOnce(NetworkSettings.defaults(), firstTask, Suggestions.generic());

    assertEquals(List.of(), firstTask.all());
  }

  @Test
  public void proxyCredentialsNotUsed_namesTheJvmSettingAndTheWayOut() {
    String text = Suggestions.generic().proxyCredentialsNotUsed("proxy.corp.example:3128");

    assertTrue(text, text.contains("(jdk.http.auth.tunneling.disabledSchemes)"));
    assertTrue(text, text.contains("let the proxy pass the Entra ID and policy service hosts without authentication"));
    assertTrue(text, text.startsWith("The proxy proxy.corp.example:3128 has a user name and password configured, "
        + "but they are not used"));
  }

  /** Never asked: constructing a transport sends nothing. */
  private static final class FixedToken implements TokenCredential {
    @Override
    public AccessToken token(boolean forceRefresh) {
      throw new AssertionError("no request expected");
    }

    @Override
    public String description() {
      return "no credential";
    }
  }
}
