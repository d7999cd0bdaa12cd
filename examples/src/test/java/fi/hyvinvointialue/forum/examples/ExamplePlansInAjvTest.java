package fi.hyvinvointialue.forum.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.examples.ExternalTools.Run;
import fi.hyvinvointialue.forum.json.PlanFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example plan is valid for ajv, the most used JSON Schema validator, after it is loaded as YAML
 * 1.2 core schema (js-yaml's {@code CORE_SCHEMA}, as YAML tools outside Java read it: an unquoted date
 * stays a text). Runs where {@code node} is installed; ajv, ajv-formats and js-yaml are installed into
 * {@code target/ajv} with npm, and the test is skipped, saying why, when node or the packages are missing.
 */
class ExamplePlansInAjvTest {
  private static final Path TOOLS = Path.of("target/ajv").toAbsolutePath();
  private static final List<String> PACKAGES = List.of("ajv@8.20.0", "ajv-formats@3.0.1", "js-yaml@4.3.2");
  private static final long NODE_SECONDS = 120;

  @TempDir Path directory;

  @BeforeAll
  static void installAjv() throws IOException, InterruptedException {
    ExternalTools.npmInstall(TOOLS, PACKAGES);
    try (InputStream script = ExamplePlansInAjvTest.class.getResourceAsStream("validate-plans.cjs");
         InputStream schema = PlanFiles.class.getResourceAsStream(PlanFiles.SCHEMA_RESOURCE)) {
      Files.copy(script, TOOLS.resolve("validate-plans.cjs"), StandardCopyOption.REPLACE_EXISTING);
      Files.copy(schema, TOOLS.resolve("plan.schema.json"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Run validate(List<Path> plans) throws IOException, InterruptedException {
    return ExternalTools.runOn(List.of("node", TOOLS.resolve("validate-plans.cjs").toString(),
        TOOLS.resolve("plan.schema.json").toString()), plans, NODE_SECONDS);
  }

  @Test
  void everyExamplePlanIsValid() throws IOException, InterruptedException {
    List<Path> plans = ExamplePlansTest.examplePlans();

    Run ajv = validate(plans);

    assertEquals(0, ajv.exit(), ajv.output());
    assertTrue(ajv.output().contains(plans.size() + " valid, 0 invalid"), ajv.output());
  }

  @Test
  void aQuotedYearAndAnImpossibleDayAreRefusedAsTheReaderRefusesThem() throws IOException, InterruptedException {
    Path plan = Files.writeString(directory.resolve("plan.yaml"), "formatVersion: 1\ncountyId: keski-suomi\nyear: \"2026\"\n"
        + "events:\n  - {id: f1, kind: OPEN_FORUM, title: Foorumi, start: 2026-02-30T13:00, end: 2026-03-01T15:00}\n");

    Run ajv = validate(List.of(plan));

    assertEquals(1, ajv.exit(), ajv.output());
    assertTrue(ajv.output().contains("data/year must be integer"), ajv.output());
    assertTrue(ajv.output().contains("data/events/0/start must match pattern"), ajv.output());
  }
}
