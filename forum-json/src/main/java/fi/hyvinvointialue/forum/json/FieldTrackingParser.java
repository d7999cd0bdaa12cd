package fi.hyvinvointialue.forum.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remembers where each field name stood. Jackson replays a record's unknown fields from a buffer
 * without positions, so this is how an unknown field is still reported at its own line.
 */
final class FieldTrackingParser extends JsonParserDelegate {
  private record Field(String name, JsonLocation location) {}

  private final List<Field> fields = new ArrayList<>();

  FieldTrackingParser(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() throws IOException {
    JsonToken token = super.nextToken();
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
