package io.github.mscommerce.maven;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import io.github.mscommerce.core.CommerceEvent;
import org.apache.maven.plugin.logging.Log;
import org.junit.After;
import org.junit.Test;

public class MavenEventsTest {

  private final Log log = mock(Log.class);
  private final MavenEvents events = new MavenEvents(log);

  @After
  public void clearMsalLevel() {
    System.clearProperty(MavenEvents.MSAL_LOG_LEVEL);
  }

  @Test
  public void quietMsalUnlessDebug_defaultLogLevel_switchesMsalOff() {
    events.quietMsalUnlessDebug();

    assertEquals("off", System.getProperty(MavenEvents.MSAL_LOG_LEVEL));
  }

  @Test
  public void quietMsalUnlessDebug_debugLogging_leavesMsalOn() {
    when(log.isDebugEnabled()).thenReturn(true);

    events.quietMsalUnlessDebug();

    assertNull(System.getProperty(MavenEvents.MSAL_LOG_LEVEL));
  }

  @Test
  public void quietMsalUnlessDebug_levelSetByTheUser_isKept() {
    System.setProperty(MavenEvents.MSAL_LOG_LEVEL, "warn");

    events.quietMsalUnlessDebug();

    assertEquals("warn", System.getProperty(MavenEvents.MSAL_LOG_LEVEL));
  }

  @Test
  public void accept_mapsEachLevelToMavensLog() {
    events.accept(CommerceEvent.error("e"));
    events.accept(CommerceEvent.warn("w"));
    events.accept(CommerceEvent.lifecycle("l"));
    events.accept(CommerceEvent.info("i"));
    events.accept(CommerceEvent.debug("d"));

    verify(log).error("e");
    verify(log).warn("w");
    verify(log).info("l");
    verify(log).debug("i");
    verify(log).debug("d");
    verifyNoMoreInteractions(log);
  }

  @Test
  public void accept_aConsoleThatFailsWhileTheJvmShutsDown_dropsTheLineAndGoesOn() {
    org.mockito.Mockito.doThrow(new NumberFormatException("For input string: \"0m\"")).when(log).warn("cancelling");

    events.accept(CommerceEvent.warn("cancelling"));
    events.accept(CommerceEvent.lifecycle("Wrote target/commerce/apply.json"));

    verify(log).info("Wrote target/commerce/apply.json");
  }
}
