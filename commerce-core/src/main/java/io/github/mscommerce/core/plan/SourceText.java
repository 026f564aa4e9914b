package io.github.mscommerce.core.plan;

import com.google.gson.stream.JsonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Gson's reader positions into the line and column where a token starts. Gson reports where it stopped reading
 * ("line 3 column 12", in its messages and {@code toString()}), which is after the token's first character or after the
 * token; the parser wants to point at the token's first character, so it looks at the text itself.
 */
final class SourceText {

  private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");

  /** A 1-based line and column, printed as {@code 3:12}. */
  record Position(int line, int column) {
    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  private final String text;
  /** Offsets where lines start; Gson counts only {@code \n} as a line break, and so does this. */
  private final List<Integer> lineStarts = new ArrayList<>();

  SourceText(String text) {
    this.text = text;
    lineStarts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineStarts.add(i + 1);
      }
    }
  }

  boolean isBlank() {
    return text.isBlank();
  }

  /** Where the reader stands now. */
  static Position readerPosition(JsonReader reader) {
    return parse(reader.toString()).orElse(new Position(1, 1));
  }

  /** The first "line N column M" of a Gson message. */
  static Optional<Position> parse(String gsonText) {
    Matcher matcher = LOCATION.matcher(gsonText == null ? "" : gsonText);
    return matcher.find()
        ? Optional.of(new Position(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))
        : Optional.empty();
  }

  /** The token that was just peeked and whose first character (a quote or a brace) the reader has consumed. */
  static Position peekedDelimitedToken(JsonReader reader) {
    Position after = readerPosition(reader);
    return new Position(after.line(), Math.max(1, after.column() - 1));
  }

  /**
   * The start of the next value after {@code position}, which stands right after a name: whitespace and the colon are
   * skipped, so a wrong value of any kind (a number, {@code null}, an object) is pointed at exactly.
   */
  Position nextValueAfter(Position position) {
    int offset = offset(position);
    while (offset < text.length() && (Character.isWhitespace(text.charAt(offset)) || text.charAt(offset) == ':')) {
      offset++;
    }
    return positionOf(offset);
  }

  /**
   * Where a syntax error is, given where Gson reported it. Gson reads the character it chokes on before it complains, so
   * it reports the column after it; only for an unquoted word ({@code tru}, {@code Disabled}) does it stop at the word's
   * first character. Step back onto the offending character unless the report is already at such a word.
   */
  Position syntaxError(Position reported) {
    int offset = offset(reported);
    int lineStart = lineStarts.get(Math.min(reported.line(), lineStarts.size()) - 1);
    boolean atWord = offset < text.length() && isWordStart(offset);
    return atWord || offset <= lineStart ? positionOf(offset) : positionOf(offset - 1);
  }

  private boolean isWordStart(int offset) {
    char c = text.charAt(offset);
    boolean wordCharacter = Character.isLetterOrDigit(c) || c == '-';
    char before = offset == 0 ? ' ' : text.charAt(offset - 1);
    return wordCharacter && (Character.isWhitespace(before) || before == ':' || before == '[' || before == ',');
  }

  private int offset(Position position) {
    int line = Math.min(position.line(), lineStarts.size()) - 1;
    return Math.min(text.length(), lineStarts.get(line) + position.column() - 1);
  }

  private Position positionOf(int offset) {
    int line = lineStarts.size() - 1;
    while (lineStarts.get(line) > offset) {
      line--;
    }
    return new Position(line + 1, offset - lineStarts.get(line) + 1);
  }
}
