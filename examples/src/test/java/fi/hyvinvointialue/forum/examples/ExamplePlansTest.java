package fi.hyvinvointialue.forum.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example plan is valid by the schema editors use, and survives read → write → read. */
class ExamplePlansTest {
  private final PlanFiles files = new PlanFiles();

  @TempDir Path directory;

  static List<Path> examplePlans() throws IOException {
    try (Stream<Path> plans = Files.walk(ExamplePlans.DIRECTORY)) {
      List<Path> found = plans.filter(path -> path.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
      assertFalse(found.isEmpty());
      return found;
    }
  }

  private static JsonSchema schema() throws IOException {
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    try (InputStream in = PlanFiles.class.getResourceAsStream(PlanFiles.SCHEMA_RESOURCE)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
    }
  }

  @ParameterizedTest
  @MethodSource("examplePlans")
  void validatesAgainstTheSchema(Path plan) throws IOException {
    JsonNode document = new YAMLMapper().readTree(plan.toFile());

    Set<ValidationMessage> errors = schema().validate(document);

    assertEquals(Set.of(), errors, plan.toString());
  }

  @ParameterizedTest
  @MethodSource("examplePlans")
  void refersEditorsToTheSchema(Path plan) throws IOException {
    String modeline = Files.readAllLines(plan).get(0);
    String prefix = "# yaml-language-server: $schema=";
    assertTrue(modeline.startsWith(prefix), modeline);
    Path schema = plan.getParent().resolve(modeline.substring(prefix.length())).normalize();
    assertTrue(Files.isRegularFile(schema), schema + " from " + plan);
  }

  @ParameterizedTest
  @MethodSource("examplePlans")
  void survivesReadWriteRead(Path plan) throws IOException {
    Plan read = files.read(plan);
    Path yaml = directory.resolve("again.yaml");
    Path json = directory.resolve("again.json");
    Files.writeString(yaml, files.toText(read, yaml));
    Files.writeString(json, files.toText(read, json));

    assertEquals(read, files.read(yaml));
    assertEquals(read, files.read(json));
  }
}
