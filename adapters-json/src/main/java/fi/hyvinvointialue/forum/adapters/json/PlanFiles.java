package fi.hyvinvointialue.forum.adapters.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.rules.YearReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Plan files in YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}): a format version, the
 * policy profile (a built-in reference or embedded) and the forum year, dates in ISO-8601. The
 * JSON Schema {@link #SCHEMA_RESOURCE} describes the format for editors.
 *
 * <p>A file that cannot be read is a {@link PlanFileError} naming the file, line, column and field;
 * a file is written whole or not at all.
 */
public final class PlanFiles {
  /** The plan file's JSON Schema, on the class path. */
  public static final String SCHEMA_RESOURCE = "/fi/hyvinvointialue/forum/adapters/json/plan.schema.json";

  private final ObjectMapper yaml = PlanMapper.yaml();
  private final ObjectMapper json = PlanMapper.json();

  /** A built-in profile by the name a plan file uses for it: {@code keski-suomi} or {@code keski-suomi+KE}. */
  public static Optional<PolicyProfile> builtInProfile(String reference) {
    return Optional.ofNullable(PlanMapper.PROFILE_REFERENCES.get(reference));
  }

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
      return plan;
    } catch (JsonProcessingException error) {
      throw PlanFileErrors.from(sourceName, error);
    } catch (IOException unreadable) {
      throw new PlanFileError(sourceName, 0, 0, "", "cannot be read: " + unreadable.getMessage());
    }
  }

  /** Writes a plan file whole, its format chosen by its extension; an existing file is replaced. */
  public void write(Plan plan, Path file) {
    writeAtomically(file, toText(plan, mapperFor(file)).getBytes(StandardCharsets.UTF_8));
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

  /**
   * Writes the content to a temporary file beside the target and moves it into place, so a reader
   * never sees half a file and a failed write leaves the old file as it was. Plans, reports, feeds
   * and pictures are all written this way.
   */
  public static void writeAtomically(Path file, byte[] content) {
    Path target = file.toAbsolutePath();
    Path temporary = null;
    try {
      Files.createDirectories(target.getParent());
      temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      Files.write(temporary, content);
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException failed) {
      deleteQuietly(temporary);
      throw new UncheckedIOException("cannot write " + file + ": " + failed.getMessage(), failed);
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // the write already failed; a stray temporary file is the lesser problem to report
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
