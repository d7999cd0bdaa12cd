package fi.hyvinvointialue.forum.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A value a plan file writes as a text of a fixed shape: its regular expression, which the reader
 * matches before it parses and which the JSON Schema carries as the field's {@code pattern}, so that
 * the reader and the schema accept the same texts.
 *
 * <p>The day pattern knows the months' lengths and the leap years, so that {@code 2026-02-30} is
 * refused by any JSON Schema validator, not only by those that check {@code format} (which JSON
 * Schema 2020-12 makes optional). Wall-clock times are whole minutes, seconds or fractions down to the
 * nanosecond, as the model and storage keep them (a secretariat on the system clock records nanoseconds);
 * instants name their offset.
 */
final class TextFormat<T> {
  private static final String DAY = "\\d{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])"
      + "|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
      + "|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29";
  private static final String HOUR_MINUTE = "(?:[01]\\d|2[0-3]):[0-5]\\d";
  private static final String OFFSET = "(?:Z|[+-](?:(?:0\\d|1[0-7]):[0-5]\\d|18:00))";

  static final TextFormat<LocalDate> DATE = new TextFormat<>(LocalDate.class, "date", "(?:" + DAY + ")", TextFormat::day);
  static final TextFormat<LocalDateTime> WALL_CLOCK_TIME = new TextFormat<>(LocalDateTime.class, null,
      "(?:" + DAY + ")T" + HOUR_MINUTE + "(?::[0-5]\\d(?:\\.\\d{1,9})?)?", TextFormat::wallClockTime);
  static final TextFormat<Instant> INSTANT = new TextFormat<>(Instant.class, "date-time",
      "(?:" + DAY + ")T" + HOUR_MINUTE + ":[0-5]\\d(?:\\.\\d{1,9})?" + OFFSET,
      text -> OffsetDateTime.parse(text).toInstant());
  static final TextFormat<Period> PERIOD = new TextFormat<>(Period.class, null,
      "P(?!$)(?:\\d{1,9}Y)?(?:\\d{1,9}M)?(?:\\d{1,9}W)?(?:\\d{1,9}D)?", Period::parse);
  /** Any text {@link URI} reads: the schema names the format, with no pattern of its own. */
  static final TextFormat<URI> URI_REFERENCE = new TextFormat<>(URI.class, "uri-reference", null, URI::create);

  /** What a fraction of a second of so many digits is multiplied by to be nanoseconds. */
  private static final int[] TO_NANOS = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

  static final List<TextFormat<?>> ALL = List.of(DATE, WALL_CLOCK_TIME, INSTANT, PERIOD, URI_REFERENCE);

  private final Class<T> type;
  private final String format;
  private final Pattern pattern;
  private final Function<String, T> parse;

  private TextFormat(Class<T> type, String format, String pattern, Function<String, T> parse) {
    this.type = type;
    this.format = format;
    this.pattern = pattern == null ? null : Pattern.compile("^" + pattern + "$");
    this.parse = parse;
  }

  /**
   * A day of the pattern's shape, read by position: the pattern already knows the months' lengths, and
   * a stored year holds hundreds of times, which {@link java.time.format.DateTimeFormatter} reads ten
   * times slower.
   */
  private static LocalDate day(String text) {
    return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
  }

  /** A wall-clock time of the pattern's shape ({@code 2026-03-10T09:00[:00[.123456789]]}), read by position. */
  private static LocalDateTime wallClockTime(String text) {
    int second = text.length() > 16 ? digits(text, 17, 19) : 0;
    int nanos = text.length() > 20 ? digits(text, 20, text.length()) * TO_NANOS[text.length() - 20] : 0;
    return LocalDateTime.of(day(text), LocalTime.of(digits(text, 11, 13), digits(text, 14, 16), second, nanos));
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  static Optional<TextFormat<?>> of(Class<?> type) {
    return ALL.stream().filter(format -> format.type == type).findFirst();
  }

  Class<T> type() {
    return type;
  }

  /** The JSON Schema {@code format}, if there is one. */
  Optional<String> format() {
    return Optional.ofNullable(format);
  }

  /** The JSON Schema {@code pattern} (ECMA-262 and Java alike), if there is one. */
  Optional<String> pattern() {
    return Optional.ofNullable(pattern).map(Pattern::pattern);
  }

  /** The value of a text of this shape; empty for any other text. */
  Optional<T> read(String text) {
    try {
      if (pattern == null || pattern.matcher(text).matches()) {
        return Optional.of(parse.apply(text));
      }
    } catch (DateTimeException | IllegalArgumentException unreadable) {
      // not of the shape
    }
    return Optional.empty();
  }

  /** Reads these values only from texts of this shape, never from numbers or lists as Jackson's own readers may. */
  static void readAll(SimpleModule module) {
    ALL.forEach(format -> format.register(module));
  }

  private void register(SimpleModule module) {
    module.addDeserializer(type, new Reader<>(this));
  }

  private static final class Reader<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient TextFormat<T> format;

    Reader(TextFormat<T> format) {
      super(format.type);
      this.format = format;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return format.type.cast(context.handleUnexpectedToken(format.type, parser));
      }
      String text = parser.getText();
      return format.read(text)
          .orElseThrow(() -> InvalidFormatException.from(parser, "not " + format.type.getSimpleName(), text, format.type));
    }
  }
}
