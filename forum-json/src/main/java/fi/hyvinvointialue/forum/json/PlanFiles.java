package fi.hyvinvointialue.forum.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hyvinvointialue.forum.domain.ModelValues;
import fi.hyvinvointialue.forum.rules.YearReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Plan files in YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}): a format version, the
 * policy profile (a built-in reference or embedded) and the forum year, dates in ISO-8601. The
 * JSON Schema {@link #SCHEMA_RESOURCE} describes the format for editors.
 *
 * <p>A file that cannot be read is a {@link PlanFileError} naming the file, line, column and field;
 * writing files is the caller's business.
 *
 * <p>A plan file means what it says or is refused: YAML anchors and aliases are refused (see
 * {@link PlanYamlFactory} for why they are not expanded), a quoted number is not a number, and no value
 * is read from a token of another kind. A file larger than the size limit ({@link #DEFAULT_SIZE_LIMIT}
 * unless {@link #withSizeLimit set}) is refused before it is parsed; texts, numbers and nesting have
 * limits of their own ({@link PlanLimits}), so that reading any file takes a bounded time.
 */
public final class PlanFiles {
  /** The plan file's JSON Schema, on the class path. */
  public static final String SCHEMA_RESOURCE = "/fi/hyvinvointialue/forum/json/plan.schema.json";
  /** The largest plan file read unless set otherwise: 4 MiB, some hundred times a year with every record. */
  public static final int DEFAULT_SIZE_LIMIT = 4 << 20;
  private static final int MAX_SIZE_LIMIT = 1 << 30;

  private final int sizeLimit;
  private final ObjectMapper yaml;
  private final ObjectMapper json;

  /** Plan files up to {@link #DEFAULT_SIZE_LIMIT}. */
  public PlanFiles() {
    this(DEFAULT_SIZE_LIMIT);
  }

  private PlanFiles(int sizeLimit) {
    if (sizeLimit < 1 || sizeLimit > MAX_SIZE_LIMIT) {
      throw new IllegalArgumentException(
          "a plan file's size limit must be between 1 byte and 1 GiB (it is read whole into memory), was " + sizeLimit);
    }
    this.sizeLimit = sizeLimit;
    this.yaml = PlanMapper.yaml(sizeLimit);
    this.json = PlanMapper.json(sizeLimit);
  }

  /** Plan files up to {@code bytes} long; a larger one is refused before it is parsed. */
  public PlanFiles withSizeLimit(int bytes) {
    return new PlanFiles(bytes);
  }

  /** The largest plan file read, in bytes. */
  public int sizeLimit() {
    return sizeLimit;
  }

  /** Reads a plan file, its format chosen by its extension. */
  public Plan read(Path file) {
    return checked(file.toString(), read(file, Plan.class));
  }

  /** Reads a file of this library's formats into {@code type}, its format chosen by its extension. */
  <T> T read(Path file, Class<T> type) {
    ObjectMapper mapper = mapperFor(file);
    try {
      if (Files.size(file) > sizeLimit) {
        throw new PlanFileError(file.toString(), 0, 0, "", PlanLimits.tooLarge(sizeLimit));
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(file.toString(), in, mapper, type);
      }
    } catch (NoSuchFileException missing) {
      throw new PlanFileError(file.toString(), 0, 0, "", "no such file");
    } catch (IOException unreadable) {
      throw new PlanFileError(file.toString(), 0, 0, "", "cannot be read: " + unreadable.getMessage());
    }
  }

  /** The syntax of a plan or body that is not a file with an extension. */
  public enum Syntax {
    /** JSON only: read by the JSON parser, about three times as fast as the YAML one. */
    JSON,
    /** YAML, of which JSON is a part. */
    YAML
  }

  /** Reads a plan in YAML (JSON being YAML too); {@code sourceName} names it in errors. */
  public Plan readYaml(String sourceName, InputStream in) {
    return read(sourceName, in, Syntax.YAML);
  }

  /** Reads a plan in {@code syntax}; {@code sourceName} names it in errors, with the line, column and field. */
  public Plan read(String sourceName, InputStream in, Syntax syntax) {
    return checked(sourceName, read(sourceName, in, Plan.class, syntax));
  }

  /**
   * Reads the body of a secretariat's operation in YAML or JSON, as plan files are read: within the size limit,
   * refused with the line, column and field of the first problem. {@code type} is one of the {@link OperationBodies}
   * or a value a plan file holds (a registration, a signature, a playbook, a communication plan).
   */
  public <T> T readBody(String sourceName, InputStream in, Class<T> type, Syntax syntax) {
    if (type == Plan.class) {
      throw new IllegalArgumentException("a plan is read with read, which also checks it whole");
    }
    return read(sourceName, in, type, syntax);
  }

  /** Reads YAML (JSON being YAML too) of this library's formats into {@code type}. */
  <T> T readYaml(String sourceName, InputStream in, Class<T> type) {
    return read(sourceName, in, type, Syntax.YAML);
  }

  private <T> T read(String sourceName, InputStream in, Class<T> type, Syntax syntax) {
    try {
      return read(sourceName, in, syntax == Syntax.JSON ? json : yaml, type);
    } catch (IOException unreadable) {
      throw new PlanFileError(sourceName, 0, 0, "", "cannot be read: " + unreadable.getMessage());
    }
  }

  /** Reads the whole stream, counting, and parses it only if it is within the size limit. */
  private <T> T read(String sourceName, InputStream in, ObjectMapper mapper, Class<T> type) throws IOException {
    byte[] content = in.readNBytes(sizeLimit + 1);
    if (content.length > sizeLimit) {
      throw new PlanFileError(sourceName, 0, 0, "", PlanLimits.tooLarge(sizeLimit));
    }
    if (mapper == yaml) {
      PlanLimits.refuseLongLines(sourceName, content);
    }
    return parse(sourceName, content, mapper, type);
  }

  private static Plan checked(String sourceName, Plan plan) {
    Optional<String> controlCharacter = ModelValues.controlCharacterIn(plan.year());
    if (controlCharacter.isPresent()) {
      throw new PlanFileError(sourceName, 0, 0, controlCharacter.get(),
          "holds a control character: only tab and line feed are allowed in texts");
    }
    return plan;
  }

  private static <T> T parse(String sourceName, byte[] content, ObjectMapper mapper, Class<T> type) {
    try {
      T value;
      try (JsonParser parser = new FieldTrackingParser(mapper.createParser(content))) {
        value = mapper.readValue(parser, type);
      }
      if (value == null) {
        throw new PlanFileError(sourceName, 0, 0, "", "is empty");
      }
      return value;
    } catch (JsonProcessingException error) {
      throw PlanFileErrors.from(sourceName, error);
    } catch (IOException unreadable) {
      throw new PlanFileError(sourceName, 0, 0, "", "cannot be read: " + unreadable.getMessage());
    }
  }

  /** The plan as the text of a file of this name: YAML for {@code .yaml} and {@code .yml}, JSON for {@code .json}. */
  public String toText(Plan plan, Path file) {
    return toText(plan, mapperFor(file));
  }

  /** The plan as YAML text. */
  public String toYaml(Plan plan) {
    return toText(plan, yaml);
  }

  /** The plan as JSON text. */
  public String toJson(Plan plan) {
    return toText(plan, json);
  }

  /**
   * A year's report as a JSON object: the source, county, year and profile, when it was checked,
   * the verdict, counts by severity, the events, themes and strategic goals at a glance, and every
   * finding with its facts and its message in the language asked for.
   */
  public String reportJson(String source, Plan plan, YearReport report, Locale language) {
    return toText(ReportDtos.ReportDto.of(source, plan, report, language), json);
  }

  /** A plan file that could not be read, as a JSON object with its place and problem. */
  public String errorJson(PlanFileError error) {
    return toText(ReportDtos.ErrorDto.of(error), json);
  }

  private static String toText(Object value, ObjectMapper mapper) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("a domain value could not be written as a plan: " + impossible.getMessage(), impossible);
    }
  }

  private ObjectMapper mapperFor(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return yaml;
    }
    if (name.endsWith(".json")) {
      return json;
    }
    throw new PlanFileError(file.toString(), 0, 0, "", "unknown kind of file: name it .yaml, .yml or .json");
  }
}
