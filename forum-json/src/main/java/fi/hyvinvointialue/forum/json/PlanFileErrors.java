package fi.hyvinvointialue.forum.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
  static final String NO_VALUE = "has no value; give one, or leave the field out if it is optional";
  private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

  private PlanFileErrors() {}

  static PlanFileError from(String file, JsonProcessingException error) {
    RefusedInput refused = refusedInput(error);
    if (refused != null) {
      return new PlanFileError(file, line(refused.getLocation()), column(refused.getLocation()), refused.path(),
          refused.getOriginalMessage());
    }
    JsonLocation location = error.getLocation();
    int line = line(location);
    int column = column(location);
    String path = error instanceof JsonMappingException ? path(((JsonMappingException) error).getPath()) : "";
    String problem;
    StreamReadException syntax = syntaxError(error);
    StreamConstraintsException limit = limitError(error);
    if (limit != null) {
      problem = PlanLimits.exceeded(limit);
    } else if (syntax != null) {
      problem = "not well-formed: " + firstLine(syntax.getOriginalMessage());
    } else if (error instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) error;
      problem = "unknown field; known fields here: " + known(unknown.getKnownPropertyIds());
    } else if (error instanceof InvalidNullException) {
      problem = NO_VALUE;
    } else if (error instanceof InvalidFormatException) {
      InvalidFormatException format = (InvalidFormatException) error;
      problem = format.getTargetType() == String.class
          // YAML may have read the number otherwise than it is written (01110 as octal), so it is not quoted back
          ? "is a number or true/false, not a text; put it in quotes to keep it a text"
          : "'" + format.getValue() + "' is not " + expected(format.getTargetType()) + quoted(format);
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

  /** A refusal of the reader's own, which Jackson may have wrapped to add a path of its own. */
  private static RefusedInput refusedInput(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof RefusedInput) {
        return (RefusedInput) cause;
      }
    }
    return null;
  }

  private static int line(JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  private static int column(JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getColumnNr());
  }

  /** A number or truth value written as a text: in YAML too, quotes make a text. */
  private static String quoted(InvalidFormatException format) {
    Class<?> type = format.getTargetType();
    String text = format.getValue() instanceof String ? (String) format.getValue() : "";
    boolean number = (type == int.class || type == Integer.class) && text.matches("-?\\d+");
    boolean truth = (type == boolean.class || type == Boolean.class) && text.matches("true|false");
    return number || truth ? " (write numbers and true/false without quotes)" : "";
  }

  /** A parser's limit met where the reader could not add the place, such as in Jackson's buffers. */
  private static StreamConstraintsException limitError(JsonProcessingException error) {
    if (error instanceof StreamConstraintsException) {
      return (StreamConstraintsException) error;
    }
    return error.getCause() instanceof StreamConstraintsException ? (StreamConstraintsException) error.getCause() : null;
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
