package fi.hyvinvointialue.forum.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.testing.ForumGenerators;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * The JSON Schema and the reader give the same yes or no: for generated plans as they are (both say
 * yes), and with one fault put into the plan's JSON tree (both say no), read as JSON and as YAML.
 * Faults the schema cannot see (one value inconsistent with another, which only the domain checks)
 * are not generated.
 */
class PlanSchemaAgreementProperties {
  private static final int EXAMPLES = 150;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Writes every text quoted, so that a text stays a text whatever it looks like. */
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final JsonNode SCHEMA_TREE = schemaTree();
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(SCHEMA_TREE, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

  private final PlanFiles files = new PlanFiles();

  @TempDir Path directory;

  /** One change to a plan's JSON tree; {@link #NONE} leaves it valid, every other makes it invalid. */
  enum Fault {
    NONE,
    UNKNOWN_FIELD,
    WRONG_ENUM_VALUE,
    MISSING_FIELD,
    WRONG_TYPE,
    IMPOSSIBLE_DATE,
    NEGATIVE_NUMBER,
    QUOTED_NUMBER
  }

  /** A value in the tree with the part of the schema that describes it. */
  private record Slot(JsonNode parent, String field, int index, JsonNode value, JsonNode schema) {
    void replace(JsonNode replacement) {
      if (field != null) {
        ((ObjectNode) parent).set(field, replacement);
      } else {
        ((ArrayNode) parent).set(index, replacement);
      }
    }

    String where() {
      return (field != null ? field : "[" + index + "]") + " = " + value;
    }

    boolean isWholeNumber() {
      return parent != null && value.isInt();
    }

    boolean isDate() {
      return parent != null && value.isTextual() && schema.has("pattern") && value.asText().matches("\\d{4}-\\d{2}-\\d{2}.*");
    }
  }

  /**
   * Generated years with Keski-Suomi's profile as a reference, the year with every record, and a year
   * with the profile embedded whole (a version of its own, so that it is not written as a reference).
   */
  private static Gen<Plan> plans() {
    return ForumGenerators.compliantYears().map(year -> new Plan(year, KeskiSuomi.profile()))
        .mix(ForumGenerators.years().map(year ->
            new Plan(SampleYears.keskiSuomiWithPartnership(year), KeskiSuomi.profileWithPartnership())))
        .mix(ForumGenerators.compliantYears().map(year ->
            new Plan(year, ImmutablePolicyProfile.copyOf(KeskiSuomi.profileWithPartnership()).withVersion("embedded"))));
  }

  @Test
  void theSchemaAndTheReaderGiveTheSameYesOrNo() {
    qt().withExamples(EXAMPLES)
        .forAll(plans(), arbitrary().enumValues(Fault.class), integers().between(0, 1_000_000))
        .checkAssert((plan, fault, seed) -> {
          ObjectNode tree = JSON.valueToTree(read(files.toJson(plan)));
          String change = apply(fault, tree, seed);
          Set<ValidationMessage> schemaSays = SCHEMA.validate(tree);
          Optional<PlanFileError> jsonReaderSays = readJson(tree);
          Optional<PlanFileError> yamlReaderSays = readYaml(tree);

          String story = fault + " " + change + "; schema: " + schemaSays + "; JSON reader: " + jsonReaderSays
              + "; YAML reader: " + yamlReaderSays;
          boolean valid = fault == Fault.NONE;
          assertEquals(List.of(valid, valid, valid),
              List.of(schemaSays.isEmpty(), jsonReaderSays.isEmpty(), yamlReaderSays.isEmpty()), story);
        });
  }

  /** Applies the fault at a place chosen by the seed; what it did, for the failure message. */
  private static String apply(Fault fault, ObjectNode tree, int seed) {
    List<Slot> slots = new ArrayList<>();
    collect(null, null, -1, tree, SCHEMA_TREE, slots);
    switch (fault) {
      case NONE:
        return "";
      case UNKNOWN_FIELD: {
        Slot slot = pick(slots, seed, s -> s.value().isObject());
        ((ObjectNode) slot.value()).put("colour", "red");
        return "colour added to " + slot.where();
      }
      case WRONG_ENUM_VALUE: {
        Slot slot = pick(slots, seed, s -> s.parent() != null && s.schema().has("enum"));
        slot.replace(TextNode.valueOf("NOT_ONE_OF_THEM"));
        return slot.where();
      }
      case MISSING_FIELD: {
        Slot slot = pick(slots, seed, s -> s.value().isObject() && s.schema().path("required").size() > 0);
        JsonNode required = slot.schema().get("required");
        String field = required.get(seed % required.size()).asText();
        ((ObjectNode) slot.value()).remove(field);
        return field + " removed from " + slot.where();
      }
      case WRONG_TYPE: {
        Slot slot = pick(slots, seed, s -> s.parent() != null);
        List<JsonNode> others = List.<JsonNode>of(IntNode.valueOf(7), BooleanNode.TRUE, TextNode.valueOf("x"),
                JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.arrayNode()).stream()
            .filter(other -> other.getNodeType() != slot.value().getNodeType())
            .collect(Collectors.toList());
        JsonNode other = others.get(seed % others.size());
        slot.replace(other);
        return slot.where() + " -> " + other;
      }
      case IMPOSSIBLE_DATE: {
        Slot slot = pick(slots, seed, Slot::isDate);
        String text = slot.value().asText();
        String impossible = impossible(text, seed);
        slot.replace(TextNode.valueOf(impossible));
        return slot.where() + " -> " + impossible;
      }
      case NEGATIVE_NUMBER: {
        Slot slot = pick(slots, seed, Slot::isWholeNumber);
        slot.replace(IntNode.valueOf(-1 - seed % 3));
        return slot.where();
      }
      case QUOTED_NUMBER: {
        Slot slot = pick(slots, seed, Slot::isWholeNumber);
        slot.replace(TextNode.valueOf(slot.value().asText()));
        return slot.where();
      }
      default:
        throw new AssertionError(fault);
    }
  }

  private static final List<String> IMPOSSIBLE_DAYS =
      List.of("2026-02-30", "2026-04-31", "2027-02-29", "2100-02-29", "2026-13-01", "2026-00-10", "2026-06-00");
  private static final List<String> IMPOSSIBLE_TIMES = List.of("24:00", "13:60", "13:00:60", "13:00:00.1234567891");

  /** The day made impossible, or for a wall-clock time its time of day (an instant keeps its time and offset). */
  private static String impossible(String text, int seed) {
    String rest = text.substring(10);
    boolean wallClock = rest.matches("T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    if (wallClock && seed % 2 == 1) {
      return text.substring(0, 11) + IMPOSSIBLE_TIMES.get(seed / 2 % IMPOSSIBLE_TIMES.size());
    }
    return IMPOSSIBLE_DAYS.get(seed / 2 % IMPOSSIBLE_DAYS.size()) + rest;
  }

  private static Slot pick(List<Slot> slots, int seed, Predicate<Slot> fits) {
    List<Slot> fitting = slots.stream().filter(fits).collect(Collectors.toList());
    if (fitting.isEmpty()) {
      throw new AssertionError("no place for the fault in the plan");
    }
    return fitting.get(seed % fitting.size());
  }

  /** Every value of the tree, depth first, with its schema ({@code $ref}s followed, the {@code oneOf} branch of its kind). */
  private static void collect(JsonNode parent, String field, int index, JsonNode value, JsonNode schema, List<Slot> slots) {
    JsonNode described = resolve(schema, value);
    slots.add(new Slot(parent, field, index, value, described));
    if (value.isObject()) {
      for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        collect(value, name, -1, value.get(name), described.path("properties").path(name), slots);
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        collect(value, null, i, value.get(i), described.path("items"), slots);
      }
    }
  }

  private static JsonNode resolve(JsonNode schema, JsonNode value) {
    if (schema.has("$ref")) {
      return resolve(SCHEMA_TREE.at(schema.get("$ref").asText().substring(1)), value);
    }
    if (schema.has("oneOf")) {
      for (JsonNode branch : schema.get("oneOf")) {
        if (value.isTextual() == "string".equals(branch.path("type").asText())) {
          return resolve(branch, value);
        }
      }
    }
    return schema;
  }

  private Optional<PlanFileError> readJson(JsonNode tree) {
    try {
      Path file = Files.writeString(directory.resolve("plan.json"), JSON.writeValueAsString(tree));
      files.read(file);
      return Optional.empty();
    } catch (PlanFileError refused) {
      return Optional.of(refused);
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }

  private Optional<PlanFileError> readYaml(JsonNode tree) {
    try {
      byte[] text = YAML.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
      files.readYaml("plan.yaml", new ByteArrayInputStream(text));
      return Optional.empty();
    } catch (PlanFileError refused) {
      return Optional.of(refused);
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static JsonNode schemaTree() {
    try (InputStream in = PlanFiles.class.getResourceAsStream(PlanFiles.SCHEMA_RESOURCE)) {
      return JSON.readTree(in);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
