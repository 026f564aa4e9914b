package io.github.mscommerce.core.internal;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.util.regex.Pattern;

/**
 * A failure in words a user can act on. The JDK and libraries often put class names where a reason should be
 * ({@code java.nio.channels.ClosedChannelException}, {@code javax.crypto.BadPaddingException: …}, a wrapper whose
 * message is its cause's {@code toString()}), or give no message at all; a build log must show neither.
 */
public final class PlainReasons {

  /** "java.io.IOException: ", "com.google.gson.stream.MalformedJsonException: " and bare class names. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("(?:\\b[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*|\\b[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*");

  private static final java.util.List<Class<? extends Throwable>> BY_PRIORITY = java.util.List.of(
      UnresolvedAddressException.class, UnknownHostException.class, HttpConnectTimeoutException.class,
      HttpTimeoutException.class, SocketTimeoutException.class, NoRouteToHostException.class,
      ConnectException.class, ClosedChannelException.class, EOFException.class);

  private PlainReasons() {}

  /** The first message along the cause chain that says something once class names are taken out, else plain words. */
  public static String of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String words = withoutClassNames(t.getMessage());
      if (!words.isEmpty()) {
        return words;
      }
    }
    // No message anywhere: the most telling type in the chain (a refused connection may wrap an unresolved name).
    for (Class<? extends Throwable> type : BY_PRIORITY) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (type.isInstance(t)) {
          return knownWords(t);
        }
      }
    }
    return "an input/output error";
  }

  /** {@code text} without Java class names; empty when nothing else is left. */
  public static String withoutClassNames(String text) {
    if (text == null) {
      return "";
    }
    String plain = CLASS_NAME.matcher(text).replaceAll("").strip();
    return plain.replaceAll("^[:;,.\\s]+", "").strip();
  }

  private static String knownWords(Throwable t) {
    if (t instanceof HttpConnectTimeoutException) {
      return "no connection within the connect timeout";
    }
    if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
      return "no answer within the timeout";
    }
    if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
      return "the host name could not be resolved";
    }
    if (t instanceof ConnectException) {
      return "the connection was refused";
    }
    if (t instanceof NoRouteToHostException) {
      return "there is no route to the host";
    }
    if (t instanceof ClosedChannelException) {
      return "the connection was closed";
    }
    return "the connection closed before the answer was complete";
  }
}
