package fi.hyvinvointialue.forum.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remembers where each field name stood. Jackson replays a record's unknown fields from a buffer
 * without positions, so this is how an unknown field is still reported at its own line. A parser's
 * limit ({@link PlanLimits}) met on the way is reported at its place and path too, and so is a
 * {@code null}, which no field of a plan file takes.
 */
final class FieldTrackingParser extends JsonParserDelegate {
  private record Field(String name, JsonLocation location) {}

  private final List<Field> fields = new ArrayList<>();

  FieldTrackingParser(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token;
    try {
      token = super.nextToken();
      // reads the whole text or number now (the parser keeps it for the reader), so that one over its limit is refused here
      if (token == JsonToken.VALUE_STRING) {
        getText();
      } else if (token != null && token.isNumeric()) {
        getNumberValue();
      }
    } catch (StreamConstraintsException limit) {
      throw new RefusedInput(this, PlanLimits.exceeded(limit), currentTokenLocation(), RefusedInput.pathAt(this, false));
    }
    if (token == JsonToken.VALUE_NULL) {
      // a plan file has no nulls: a field without a value is left out, and Jackson could not tell the two apart
      throw new RefusedInput(this, PlanFileErrors.NO_VALUE, currentTokenLocation(), RefusedInput.pathAt(this, false));
    }
    if (token == JsonToken.FIELD_NAME) {
      fields.add(new Field(currentName(), currentTokenLocation()));
    }
    return token;
  }

  /** Where the field of that name first stood at or after the given place. */
  Optional<JsonLocation> locate(String name, JsonLocation after) {
    return fields.stream()
        .filter(field -> field.name().equals(name) && !before(field.location(), after))
        .map(Field::location)
        .findFirst();
  }

  private static boolean before(JsonLocation location, JsonLocation other) {
    return location.getLineNr() < other.getLineNr()
        || location.getLineNr() == other.getLineNr() && location.getColumnNr() < other.getColumnNr();
  }
}
