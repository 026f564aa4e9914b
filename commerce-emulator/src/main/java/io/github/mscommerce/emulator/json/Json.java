package io.github.mscommerce.emulator.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/** Strict JSON parsing and compact/pretty writing over Gson's tree model. */
public final class Json {

  private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();
  private static final Gson PRETTY = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

  private Json() {}

  /**
   * Parses one JSON document strictly. Gson's default parser is lenient (it takes unquoted names, single quotes and
   * trailing garbage), which would hide exactly the malformed bodies the emulator must reject with 400.
   *
   * @throws MalformedJsonException naming the line and column of the first problem
   */
  public static JsonElement parse(String text) {
    if (text == null || text.isBlank()) {
      throw new MalformedJsonException("the document is empty");
    }
    JsonReader reader = new JsonReader(new StringReader(text));
    reader.setStrictness(Strictness.STRICT);
    try {
      JsonElement element = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new MalformedJsonException("unexpected content after the JSON value, " + reader.toString().replace("JsonReader ", ""));
      }
      return element;
    } catch (JsonParseException | IOException | IllegalStateException e) {
      throw new MalformedJsonException(describe(e));
    }
  }

  public static String write(JsonElement element) {
    return COMPACT.toJson(element);
  }

  public static String writePretty(JsonElement element) {
    return PRETTY.toJson(element);
  }

  private static String describe(Exception e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String message = cause.getMessage();
    if (message == null) {
      return "not valid JSON";
    }
    // Gson appends a troubleshooting URL to its messages; it says nothing about the caller's document.
    int see = message.indexOf("\nSee ");
    return see >= 0 ? message.substring(0, see) : message;
  }

  /** The document is not valid JSON. */
  public static final class MalformedJsonException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MalformedJsonException(String message) {
      super(message);
    }
  }
}
