package fi.hyvinvointialue.forum.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Set;

/**
 * Whole numbers and truth values, read only from their own tokens: {@code "2026"} is a text in YAML and
 * JSON alike, so a quoted year is refused as the JSON Schema refuses it, and so are {@code 2026.0},
 * {@code 1} for true and a number too large for a whole number (where Jackson would convert).
 *
 * <p>Every whole number in a plan is a count, a number of days, a year, a format version or a sequence
 * number, so none is negative; {@link AtLeast} raises a field's floor.
 */
final class ExactScalars {
  /** The floor of a whole number without {@link AtLeast}. */
  static final int DEFAULT_FLOOR = 0;

  private ExactScalars() {}

  /** The floor of a field with this annotation, or without one. */
  static int floor(AtLeast atLeast) {
    return atLeast == null ? DEFAULT_FLOOR : atLeast.value();
  }

  static void readAll(SimpleModule module) {
    WholeNumbers wholeNumbers = new WholeNumbers(DEFAULT_FLOOR);
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

  /** Whole numbers at or above the floor of the field they are read for. */
  private static final class WholeNumbers extends Reader<Integer> implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final int floor;

    WholeNumbers(int floor) {
      super(Integer.class, Set.of(JsonToken.VALUE_NUMBER_INT));
      this.floor = floor;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty field) {
      return new WholeNumbers(floor(field == null ? null : field.getAnnotation(AtLeast.class)));
    }

    @Override
    Integer value(JsonParser parser) throws IOException {
      int value = parser.getIntValue();
      if (value < floor) {
        throw new JsonMappingException(parser, "must be at least " + floor + ", was " + value, parser.currentTokenLocation());
      }
      return value;
    }
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
