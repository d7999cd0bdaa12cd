package fi.hyvinvointialue.forum.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hyvinvointialue.forum.domain.profile.BuiltInProfiles;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The checked-in schema is the one the DTO records imply: every field, its type, which are
 * required, no others; the patterns of dates and times ({@link TextFormat}) and the floors of
 * whole numbers ({@link ExactScalars}) are the reader's own. When a record changes, this test fails and writes the new schema to
 * {@code target/plan.schema.json} to be copied over the resource.
 */
class PlanSchemaTest {
  private static final List<Class<?>> DTO_HOLDERS = List.of(YearDtos.class, ProfileDtos.class);
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Test
  void theCheckedInSchemaIsTheOneTheRecordsImply() throws Exception {
    assertCheckedIn(PlanFiles.SCHEMA_RESOURCE, generatePlan());
  }

  @Test
  void theCheckedInSchemaOfTheOperationsBodiesIsTheOneTheirRecordsImply() throws Exception {
    assertCheckedIn(OperationBodies.SCHEMA_RESOURCE, generateOperationBodies());
  }

  private void assertCheckedIn(String resource, JsonNode generated) throws Exception {
    JsonNode checkedIn;
    try (InputStream in = PlanFiles.class.getResourceAsStream(resource)) {
      checkedIn = in == null ? null : json.readTree(in);
    }
    String file = resource.substring(resource.lastIndexOf('/') + 1);
    if (!generated.equals(checkedIn)) {
      Files.writeString(Path.of("target", file), json.writeValueAsString(generated) + "\n");
    }
    assertEquals(generated, checkedIn, "copy target/" + file + " to src/main/resources" + resource);
  }

  private JsonNode generatePlan() {
    ObjectNode schema = json.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", "forum-policy plan file");
    schema.put("description", "A wellbeing services county's service provider forum year and the policy profile it is checked against.");
    Deque<Class<?>> pending = new ArrayDeque<>();
    describeRecord(PlanDto.class, schema, pending);
    ((ObjectNode) schema.get("properties")).putObject("formatVersion").put("const", PlanDto.FORMAT_VERSION);
    schema.set("$defs", definitions(pending));
    return schema;
  }

  /** The bodies of the secretariat's operations, each a definition, with the plan file's values they hold. */
  private JsonNode generateOperationBodies() {
    ObjectNode schema = json.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("title", "forum-policy operation bodies");
    schema.put("description", "The bodies of the secretariat's operations in the HTTP API, in the plan file's language.");
    Deque<Class<?>> pending = new ArrayDeque<>(Arrays.asList(OperationBodies.class.getDeclaredClasses()));
    schema.set("$defs", definitions(pending));
    return schema;
  }

  /** Every record {@code pending} names or leads to, described once, sorted by name. */
  private ObjectNode definitions(Deque<Class<?>> pending) {
    ObjectNode definitions = json.createObjectNode();
    Set<Class<?>> done = new LinkedHashSet<>();
    while (!pending.isEmpty()) {
      Class<?> record = pending.pop();
      if (done.add(record)) {
        describeRecord(record, definitions.putObject(name(record)), pending);
      }
    }
    ObjectNode sorted = json.createObjectNode();
    definitions.properties().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(entry -> sorted.set(entry.getKey(), entry.getValue()));
    return sorted;
  }

  private void describeRecord(Class<?> record, ObjectNode node, Deque<Class<?>> pending) {
    node.put("type", "object");
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = json.createArrayNode();
    for (RecordComponent component : record.getRecordComponents()) {
      JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
      String name = renamed == null ? component.getName() : renamed.value();
      properties.set(name, type(component.getGenericType(), pending));
      if (component.getType() == int.class || component.getType() == Integer.class) {
        int floor = ExactScalars.floor(component.getAccessor().getAnnotation(AtLeast.class));
        ((ObjectNode) properties.get(name)).put("minimum", floor).put("maximum", Integer.MAX_VALUE);
      }
      boolean list = List.class.isAssignableFrom(component.getType());
      if (!list && !component.getAccessor().isAnnotationPresent(Omittable.class)) {
        required.add(name);
      }
    }
    node.set("required", required);
    node.put("additionalProperties", false);
  }

  private ObjectNode type(Type type, Deque<Class<?>> pending) {
    ObjectNode node = json.createObjectNode();
    if (type instanceof ParameterizedType) {
      node.put("type", "array");
      node.set("items", type(((ParameterizedType) type).getActualTypeArguments()[0], pending));
      return node;
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      node.put("type", "string");
    } else if (raw == int.class || raw == Integer.class) {
      node.put("type", "integer");
    } else if (raw == boolean.class || raw == Boolean.class) {
      node.put("type", "boolean");
    } else if (TextFormat.of(raw).isPresent()) {
      TextFormat<?> format = TextFormat.of(raw).orElseThrow();
      node.put("type", "string");
      format.format().ifPresent(name -> node.put("format", name));
      format.pattern().ifPresent(pattern -> node.put("pattern", pattern));
      if (raw == LocalDateTime.class) {
        node.put("description", "A Helsinki wall-clock time, YYYY-MM-DDThh:mm");
      }
    } else if (raw.isEnum()) {
      ArrayNode values = node.putArray("enum");
      Arrays.stream(raw.getEnumConstants()).forEach(value -> values.add(value.toString()));
    } else if (raw == PolicyProfile.class) {
      ArrayNode choices = node.putArray("oneOf");
      ArrayNode references = choices.addObject().put("type", "string")
          .put("description", "A built-in profile").putArray("enum");
      BuiltInProfiles.references().forEach(references::add);
      choices.add(reference(dto(raw), pending));
    } else if (raw.isRecord()) {
      return reference(raw, pending);
    } else {
      return reference(dto(raw), pending);
    }
    return node;
  }

  private ObjectNode reference(Class<?> record, Deque<Class<?>> pending) {
    pending.add(record);
    return json.createObjectNode().put("$ref", "#/$defs/" + name(record));
  }

  private static String name(Class<?> record) {
    return record.getSimpleName().replaceAll("Dto$", "");
  }

  /** The record a domain value is read through: its name and {@code Dto}. */
  private static Class<?> dto(Class<?> domain) {
    return DTO_HOLDERS.stream()
        .flatMap(holder -> Arrays.stream(holder.getDeclaredClasses()))
        .filter(nested -> nested.getSimpleName().equals(domain.getSimpleName() + "Dto"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no DTO for " + domain));
  }
}
