package fi.hyvinvointialue.forum.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Input the plan reader refuses while reading, before any value is made of it: a YAML anchor or
 * alias, a text over the length limit, nesting over the depth limit. It carries the field's path
 * as the parser saw it, because Jackson adds paths only to the errors of the values it makes.
 */
final class RefusedInput extends JsonParseException {
  private static final long serialVersionUID = 1L;

  private final String path;

  RefusedInput(JsonParser parser, String problem, JsonLocation location, String path) {
    super(parser, problem, location);
    this.path = path;
  }

  String path() {
    return path;
  }

  /**
   * The path of the value the parser is at, or of the next one when {@code next} (a YAML event not
   * yet turned into a token): {@code events[2].title}.
   */
  static String pathAt(JsonParser parser, boolean next) {
    Deque<String> parts = new ArrayDeque<>();
    boolean innermost = true;
    for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
        context = context.getParent()) {
      if (context.inArray()) {
        parts.addFirst("[" + (next && innermost ? context.getEntryCount() : context.getCurrentIndex()) + "]");
      } else if (context.getCurrentName() != null
          && !(next && innermost && parser.currentToken() != JsonToken.FIELD_NAME)) {
        parts.addFirst("." + context.getCurrentName());
      }
      innermost = false;
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }
}
