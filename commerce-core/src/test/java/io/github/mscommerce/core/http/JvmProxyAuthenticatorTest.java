package io.github.mscommerce.core.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.net.Authenticator;
import java.net.Authenticator.RequestorType;
import java.net.PasswordAuthentication;
import java.net.URL;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class JvmProxyAuthenticatorTest {

  private Authenticator previous;

  @Before
  public void jvmAuthenticatorOfTheFrontEnd() {
    previous = Authenticator.getDefault();
    Authenticator.setDefault(new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication("proxy-user", "proxy-password".toCharArray());
      }
    });
  }

  @After
  public void restore() {
    Authenticator.setDefault(previous);
  }

  private static PasswordAuthentication asked(RequestorType type) throws Exception {
    return JvmProxyAuthenticator.INSTANCE.requestPasswordAuthenticationInstance("proxy.corp.example", null, 3128,
        "https", "proxy", "Basic", new URL("https://licensing.m365.microsoft.com/"), type);
  }

  @Test
  public void proxyChallenge_isAnsweredByTheJvmsAuthenticator() throws Exception {
    assertEquals("proxy-user", asked(RequestorType.PROXY).getUserName());
  }

  @Test
  public void serverChallenge_getsNothing() throws Exception {
    assertNull(asked(RequestorType.SERVER));
  }

  @Test
  public void noJvmAuthenticator_givesNothing() throws Exception {
    Authenticator.setDefault(null);

    assertNull(asked(RequestorType.PROXY));
  }
}
