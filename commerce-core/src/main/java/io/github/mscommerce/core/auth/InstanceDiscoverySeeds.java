package io.github.mscommerce.core.auth;

import com.microsoft.aad.msal4j.PublicClientApplication;
import java.net.MalformedURLException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

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
 * <p>MSAL offers no way to set the entry but building an application; so before every build and every acquisition for
 * a non-default port, under one lock per host, a throw-away application with this authority's seed puts the entry back.
 * The lock is held until the acquisition ends (MSAL reads the entry at its start and its end); a device code sign-in to
 * such a host therefore holds up other sign-ins to that host until the user is done. Port 443, Microsoft's clouds, needs
 * no seed and takes no lock.
 */
final class InstanceDiscoverySeeds {

  private static final ConcurrentHashMap<String, ReentrantLock> LOCKS_BY_HOST = new ConcurrentHashMap<>();

  private InstanceDiscoverySeeds() {}

  /** Runs {@code call} (an application build, an acquisition) while MSAL's entry for the host is this authority's. */
  static <T> T whileSeeded(Authority authority, Callable<T> call) throws Exception {
    Optional<String> seed = MsalBuilders.discoverySeed(authority);
    if (seed.isEmpty()) {
      return call.call();
    }
    ReentrantLock lock = LOCKS_BY_HOST.computeIfAbsent(authority.host().getHost().toLowerCase(Locale.ROOT),
        host -> new ReentrantLock());
    lock.lock();
    try {
      reseed(authority, seed.get());
      return call.call();
    } finally {
      lock.unlock();
    }
  }

  /** The same as {@link #whileSeeded}, for calls that throw nothing checked. */
  static <T> T whileSeededUnchecked(Authority authority, Callable<T> call) {
    try {
      return whileSeeded(authority, call);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
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
