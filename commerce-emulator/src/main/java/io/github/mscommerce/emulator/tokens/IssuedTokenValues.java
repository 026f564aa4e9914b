package io.github.mscommerce.emulator.tokens;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The values of the tokens the emulator handed out, newest last, so a test can plant them as canaries and prove that no
 * log, report or file of the client under test holds one. Bounded like the journal: a long-running emulator must not
 * grow without limit. Test-only, like the whole admin API: the real Entra ID keeps nothing of the kind.
 */
public final class IssuedTokenValues {

  static final int MAX_VALUES = 10_000;

  private final Deque<String> values = new ArrayDeque<>();

  public synchronized void add(String token) {
    if (values.size() == MAX_VALUES) {
      values.removeFirst();
    }
    values.addLast(token);
  }

  public synchronized List<String> all() {
    return List.copyOf(values);
  }

  public synchronized void clear() {
    values.clear();
  }
}
