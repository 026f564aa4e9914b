package io.github.mscommerce.maven;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import io.github.mscommerce.core.CommerceEvent;
import org.apache.maven.plugin.logging.Log;
import org.junit.Test;

public class MavenEventsTest {

  private final Log log = mock(Log.class);
  private final MavenEvents events = new MavenEvents(log);

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
}
