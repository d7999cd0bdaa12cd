package fi.hyvinvointialue.forum.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into {@link PlanFileError}s in the plan writer's words. */
final class PlanFileErrors {
  static final String MISSING_FIELD = "missing (a required field)";
  private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

  private PlanFileErrors() {}

  static PlanFileError from(String file, JsonProcessingException error) {
    JsonLocation location = error.getLocation();
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    String path = error instanceof JsonMappingException ? path(((JsonMappingException) error).getPath()) : "";
    String problem;
    StreamReadException syntax = syntaxError(error);
    if (syntax != null) {
      problem = "not well-formed: " + firstLine(syntax.getOriginalMessage());
    } else if (error instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) error;
      problem = "unknown field; known fields here: " + known(unknown.getKnownPropertyIds());
    } else if (error instanceof InvalidNullException) {
      problem = "has no value; give one, or leave the field out if it is optional";
    } else if (error instanceof InvalidFormatException) {
      InvalidFormatException format = (InvalidFormatException) error;
      problem = "'" + format.getValue() + "' is not " + expected(format.getTargetType());
    } else if (String.valueOf(error.getOriginalMessage()).startsWith("No content to map")) {
      problem = "is empty";
    } else if (error instanceof MismatchedInputException) {
      problem = missingField((MismatchedInputException) error).isPresent()
          ? MISSING_FIELD
          : "expected " + expected(((MismatchedInputException) error).getTargetType());
    } else {
      problem = firstLine(error.getOriginalMessage());
    }
    return new PlanFileError(file, line, column, path, problem);
  }

  /** The parser's own error, which Jackson may have wrapped to add the path. */
  private static StreamReadException syntaxError(JsonProcessingException error) {
    if (error instanceof StreamReadException) {
      return (StreamReadException) error;
    }
    return error.getCause() instanceof StreamReadException ? (StreamReadException) error.getCause() : null;
  }

  /** The field a "missing creator property" error is about. */
  static Optional<String> missingField(MismatchedInputException error) {
    Matcher missing = MISSING.matcher(String.valueOf(error.getOriginalMessage()));
    return missing.find() ? Optional.of(missing.group(1)) : Optional.empty();
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String known(Collection<Object> fields) {
    return fields.stream().map(Objects::toString).sorted().collect(Collectors.joining(", "));
  }

  /** The value the field takes, in words and in the format the file uses. */
  static String expected(Class<?> type) {
    if (type == null) {
      return "a value of another kind";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
    if (type == LocalDate.class) {
      return "a valid date (YYYY-MM-DD)";
    }
    if (type == LocalDateTime.class) {
      return "a valid Helsinki date and time (YYYY-MM-DDThh:mm)";
    }
    if (type == Instant.class) {
      return "a valid instant (YYYY-MM-DDThh:mm:ssZ)";
    }
    if (type == Period.class) {
      return "a valid period (ISO-8601, e.g. P1Y)";
    }
    if (type == URI.class) {
      return "a valid address (URI)";
    }
    if (type == int.class || type == Integer.class) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a text";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object with fields";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
