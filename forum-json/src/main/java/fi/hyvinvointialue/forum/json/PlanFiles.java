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
 */
public final class PlanFiles {
  /** The plan file's JSON Schema, on the class path. */
  public static final String SCHEMA_RESOURCE = "/fi/hyvinvointialue/forum/json/plan.schema.json";

  private final ObjectMapper yaml = PlanMapper.yaml();
  private final ObjectMapper json = PlanMapper.json();

  /** Reads a plan file, its format chosen by its extension. */
  public Plan read(Path file) {
    ObjectMapper mapper = mapperFor(file);
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, mapper);
    } catch (NoSuchFileException missing) {
      throw new PlanFileError(file.toString(), 0, 0, "", "no such file");
    } catch (IOException unreadable) {
      throw new PlanFileError(file.toString(), 0, 0, "", "cannot be read: " + unreadable.getMessage());
    }
  }

  /** Reads a plan in YAML (JSON being YAML too); {@code sourceName} names it in errors. */
  public Plan readYaml(String sourceName, InputStream in) {
    return read(sourceName, in, yaml);
  }

  private static Plan read(String sourceName, InputStream in, ObjectMapper mapper) {
    try {
      Plan plan;
      try (JsonParser parser = new FieldTrackingParser(mapper.createParser(in))) {
        plan = mapper.readValue(parser, Plan.class);
      }
      if (plan == null) {
        throw new PlanFileError(sourceName, 0, 0, "", "is empty");
      }
      Optional<String> controlCharacter = ModelValues.controlCharacterIn(plan.year());
      if (controlCharacter.isPresent()) {
        throw new PlanFileError(sourceName, 0, 0, controlCharacter.get(),
            "holds a control character: only tab and line feed are allowed in texts");
      }
      return plan;
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
