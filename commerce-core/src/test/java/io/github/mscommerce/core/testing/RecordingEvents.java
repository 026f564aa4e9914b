package io.github.mscommerce.core.testing;

import io.github.mscommerce.core.CommerceEvent;
import io.github.mscommerce.core.CommerceEvent.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Records events in the order they were sent, from any thread, so tests can assert the exact lines. */
public final class RecordingEvents implements Consumer<CommerceEvent> {

  private final List<CommerceEvent> events = new ArrayList<>();

  public RecordingEvents() {
    // Scanned for secrets when a SecretScan rule is active.
    SecretScan.watch(this);
  }

  @Override
  public synchronized void accept(CommerceEvent event) {
    events.add(event);
  }

  public synchronized List<CommerceEvent> all() {
    return List.copyOf(events);
  }

  public synchronized List<String> messages(Level level) {
    return events.stream().filter(event -> event.level() == level).map(CommerceEvent::message)
        .collect(Collectors.toList());
  }
}
