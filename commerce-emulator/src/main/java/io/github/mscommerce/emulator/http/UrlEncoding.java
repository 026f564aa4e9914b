package io.github.mscommerce.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decoding of path segments, query strings and form bodies. */
public final class UrlEncoding {

  private UrlEncoding() {}

  /**
   * The decoded segments of a raw path. Splitting happens before decoding so an encoded {@code %2F} stays inside its
   * segment; one trailing slash is ignored.
   */
  public static List<String> segments(String rawPath) {
    List<String> segments = new ArrayList<>();
    String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.isEmpty()) {
      return segments;
    }
    for (String segment : path.split("/", -1)) {
      segments.add(decodePathSegment(segment));
    }
    return segments;
  }

  /** {@code application/x-www-form-urlencoded} pairs; the first value of a repeated name wins. */
  public static Map<String, String> form(String encoded) {
    Map<String, String> values = new LinkedHashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return Collections.unmodifiableMap(values);
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decodeForm(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decodeForm(pair.substring(equals + 1));
      values.putIfAbsent(name, value);
    }
    return Collections.unmodifiableMap(values);
  }

  private static String decodeForm(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text; // a stray '%' is kept literally rather than failing the whole request
    }
  }

  private static String decodePathSegment(String segment) {
    // URLDecoder would turn '+' into a space, which is wrong in a path.
    return decodeForm(segment.replace("+", "%2B"));
  }
}
