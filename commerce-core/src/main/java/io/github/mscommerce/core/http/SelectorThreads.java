package io.github.mscommerce.core.http;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The selector threads of the shared HTTP clients, so that a JVM that is ending can stop them.
 *
 * <p>Why: each JDK HTTP client starts a thread that waits for its connections inside native code, and HotSpot's exit
 * waits up to 0.3 s for threads in native code to come back ({@code VM_Exit::wait_for_threads_in_native_to_block}).
 * A Maven run that signed in therefore ended 0.3 s after its last line. Java 17 has no way to stop a client
 * ({@code shutdownNow} came in Java 21), but the selector thread ends, closing the client, when it is interrupted. The
 * JDK starts that thread in the thread group of the thread that builds the client, so each client is built on a
 * thread of a group of its own, and whatever the group holds afterwards, besides the builder, is the client's.
 */
final class SelectorThreads {

  private static final List<Thread> STARTED = new ArrayList<>();

  /** Long enough for a selector that is told to stop to close its sockets; a JVM that is ending waits no longer. */
  private static final long STOP_WAIT_MILLIS = 200;

  private SelectorThreads() {}

  /**
   * Starts {@code build} on a new thread; the future has its client, whose threads are recorded for {@link #stopAll()}.
   */
  static CompletableFuture<HttpClient> start(Supplier<HttpClient> build) {
    ThreadGroup group = new ThreadGroup("commerce-http-client");
    CompletableFuture<HttpClient> built = new CompletableFuture<>();
    Thread builder = new Thread(group, () -> {
      try {
        HttpClient client = build.get();
        recordThreadsOf(group);
        built.complete(client);
      } catch (RuntimeException | Error e) {
        built.completeExceptionally(e);
      }
    }, "commerce-http-client-builder");
    builder.setDaemon(true);
    builder.start();
    return built;
  }

  /** Called by the builder thread: every other thread of its group was started by the client it built. */
  private static void recordThreadsOf(ThreadGroup group) {
    Thread[] threads = new Thread[group.activeCount() + 4];
    int count = group.enumerate(threads);
    synchronized (STARTED) {
      STARTED.removeIf(thread -> !thread.isAlive());
      for (int i = 0; i < count; i++) {
        if (threads[i] != Thread.currentThread()) {
          STARTED.add(threads[i]);
        }
      }
    }
  }

  /** The client of {@link #start}, or what its build threw. */
  static HttpClient join(CompletableFuture<HttpClient> built) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return built.get();
        } catch (InterruptedException e) {
          // Building takes milliseconds and sends nothing: wait for it, and leave the interrupt for the caller.
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw (Error) e.getCause();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Stops every recorded selector thread, which closes its client; for a front end whose JVM is ending, once nothing
   * is sent any more. Waits briefly for each, so that the JVM finds none in native code.
   */
  static void stopAll() {
    List<Thread> threads;
    synchronized (STARTED) {
      threads = new ArrayList<>(STARTED);
      STARTED.clear();
    }
    for (Thread thread : threads) {
      thread.interrupt();
    }
    for (Thread thread : threads) {
      try {
        thread.join(STOP_WAIT_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
