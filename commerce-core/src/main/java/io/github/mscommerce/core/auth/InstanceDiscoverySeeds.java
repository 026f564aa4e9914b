package io.github.mscommerce.core.auth;

import com.microsoft.aad.msal4j.PublicClientApplication;
import io.github.mscommerce.core.RequestInterruptedException;
import io.github.mscommerce.core.ResponseFacts;
import java.net.MalformedURLException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps MSAL's instance-discovery entry for a host right for the authority in use, so authorities on one host but
 * different ports (two emulators in one JVM) do not break each other.
 *
 * <p>What MSAL4J 1.26.0 does (read in its bytecode, and in {@code AadInstanceDiscoveryProvider} of its sources): the
 * metadata lives in one static map, {@code AadInstanceDiscoveryProvider.cache}. An application built with
 * {@code aadInstanceDiscoveryResponse} puts its entry under every alias ({@code cache.put}, overwriting), here
 * {@code 127.0.0.1} and {@code 127.0.0.1:PORT}. With discovery off, each acquisition reads the entry under the URL's host
 * <em>without</em> port ({@code URL.getHost()}): after a token request it saves the tokens under that entry's
 * {@code preferred_cache}, and a user account records it as its environment, which a silent refresh later uses as its
 * host and port. Lookups go by {@code host:port}. So whichever application was built last decides, for every other
 * port: tokens land where no lookup finds them, and a refresh goes to the other port.
 *
 * <p>MSAL offers no way to set the entry but building an application; so before a build or an acquisition for a
 * non-default port, a throw-away application with this authority's seed puts the entry back, unless the entry already is
 * that port's. The entry must stay until the acquisition ends (MSAL reads it at its start and its end), so calls for
 * one port run together (a run over many tenants signs in to each in parallel), and a call for another port of the host
 * waits until they are done; a device code sign-in to such a host therefore holds up sign-ins to its other ports until
 * the user is done. Port 443, Microsoft's clouds, needs no seed and waits for nothing.
 */
final class InstanceDiscoverySeeds {

  private static final ConcurrentHashMap<String, HostEntry> ENTRIES_BY_HOST = new ConcurrentHashMap<>();

  private InstanceDiscoverySeeds() {}

  /** Runs {@code call} (an application build, an acquisition) while MSAL's entry for the host is this authority's. */
  static <T> T whileSeeded(Authority authority, Callable<T> call) throws Exception {
    Optional<String> seed = MsalBuilders.discoverySeed(authority);
    if (seed.isEmpty()) {
      return call.call();
    }
    HostEntry entry = ENTRIES_BY_HOST.computeIfAbsent(authority.host().getHost().toLowerCase(Locale.ROOT),
        host -> new HostEntry());
    entry.enter(authority, seed.get());
    try {
      return call.call();
    } finally {
      entry.leave();
    }
  }

  /** The same as {@link #whileSeeded}, for calls that throw nothing checked. */
  static <T> T whileSeededUnchecked(Authority authority, Callable<T> call) {
    try {
      return whileSeeded(authority, call);
    } catch (RuntimeException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RequestInterruptedException("Preparing the sign-in to " + authority.host() + " was interrupted.",
          false, ResponseFacts.none(), e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Which port of one host MSAL's entry is for now, and how many builds and acquisitions rely on it. */
  private static final class HostEntry {
    private int seededPort = -1;
    private int users;

    /** Waits while calls rely on another port's entry, then makes the entry this port's if it is not. */
    synchronized void enter(Authority authority, String seed) throws Exception {
      int port = authority.host().getPort();
      while (users > 0 && seededPort != port) {
        wait();
      }
      if (seededPort != port) {
        reseed(authority, seed);
        seededPort = port;
      }
      users++;
    }

    synchronized void leave() {
      users--;
      if (users == 0) {
        notifyAll();
      }
    }
  }

  /** Building an application with the seed is MSAL's only public way to write the entry; the application is dropped. */
  private static void reseed(Authority authority, String seed) throws MalformedURLException {
    PublicClientApplication.builder(PublicClients.MSCOMMERCE_MODULE)
        .authority(authority.url())
        .instanceDiscovery(false)
        .validateAuthority(false)
        .aadInstanceDiscoveryResponse(seed)
        .build();
  }
}
