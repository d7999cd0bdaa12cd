package fi.hyvinvointialue.forum.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Set;

/**
 * Whole numbers and truth values, read only from their own tokens: {@code "2026"} is a text in YAML and
 * JSON alike, so a quoted year is refused as the JSON Schema refuses it, and so are {@code 2026.0},
 * {@code 1} for true and a number too large for a whole number (where Jackson would convert).
 */
final class ExactScalars {
  private ExactScalars() {}

  static void readAll(SimpleModule module) {
    Reader<Integer> wholeNumbers = new Reader<>(Integer.class, Set.of(JsonToken.VALUE_NUMBER_INT)) {
      private static final long serialVersionUID = 1L;

      @Override
      Integer value(JsonParser parser) throws IOException {
        return parser.getIntValue();
      }
    };
    Reader<Boolean> truths = new Reader<>(Boolean.class, Set.of(JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE)) {
      private static final long serialVersionUID = 1L;

      @Override
      Boolean value(JsonParser parser) throws IOException {
        return parser.getBooleanValue();
      }
    };
    module.addDeserializer(int.class, wholeNumbers);
    module.addDeserializer(Integer.class, wholeNumbers);
    module.addDeserializer(boolean.class, truths);
    module.addDeserializer(Boolean.class, truths);
  }

  private abstract static class Reader<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;
    private final Set<JsonToken> tokens;

    Reader(Class<T> type, Set<JsonToken> tokens) {
      super(type);
      this.type = type;
      this.tokens = tokens;
    }

    abstract T value(JsonParser parser) throws IOException;

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.currentToken().isScalarValue()) {
        return type.cast(context.handleUnexpectedToken(type, parser));
      }
      if (tokens.contains(parser.currentToken())) {
        try {
          return value(parser);
        } catch (InputCoercionException outOfRange) {
          // refused below, as a value of another kind
        }
      }
      Object written = parser.currentToken().isNumeric() ? parser.getNumberValue() : parser.getText();
      throw InvalidFormatException.from(parser, "not " + type.getSimpleName(), written, type);
    }
  }
}
