package io.github.mscommerce.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** The ways an answer leaves the server: whole, cut off after half its body, or not at all. */
public final class ResponseWriter {

  private ResponseWriter() {}

  /** Sends a prepared response and ends the exchange; an empty body is sent without a body (Content-Length 0). */
  public static void send(HttpExchange exchange, Response response) throws IOException {
    try (exchange) {
      byte[] body = writeHead(exchange, response);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  /**
   * Announces the whole body's length, sends half of it and closes the connection. Closing the exchange while the
   * body still owes bytes is what makes the JDK server close the connection: closing the body stream first would
   * leave the connection open and the client waiting for the rest.
   */
  public static void sendTruncated(HttpExchange exchange, Response response) throws IOException {
    try (exchange) {
      byte[] body = writeHead(exchange, response);
      OutputStream out = exchange.getResponseBody();
      out.write(Arrays.copyOf(body, body.length / 2));
      out.flush();
    }
  }

  /** Ends the exchange before any response byte: the JDK server then closes the connection. */
  public static void drop(HttpExchange exchange) {
    exchange.close();
  }

  private static byte[] writeHead(HttpExchange exchange, Response response) throws IOException {
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    // A HEAD response announces no body; the JDK server refuses to write one.
    byte[] body = "HEAD".equalsIgnoreCase(exchange.getRequestMethod()) ? new byte[0] : response.body();
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    return body;
  }
}
