package fi.hyvinvointialue.forum.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.json.OperationBodies;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.server.api.Operations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The OpenAPI document as served: the written part ({@link ApiRoutes#OPENAPI_RESOURCE}), the plan file's schema and
 * the operations' bodies' schemas (both generated from forum-json's records) as its components, and a path for
 * each of the secretariat's {@link Operations}. So the document describes exactly what the codec reads and the
 * routes serve, and nothing in it is written twice.
 */
final class OpenApiDocument {
  private static final String COMPONENT = "#/components/schemas/";

  private OpenApiDocument() {}

  static ObjectNode build() {
    ObjectNode document = (ObjectNode) read(ApiRoutes.OPENAPI_RESOURCE);
    ObjectNode schemas = (ObjectNode) document.get("components").get("schemas");
    ObjectNode plan = (ObjectNode) read(PlanFiles.SCHEMA_RESOURCE);
    addDefinitions(schemas, plan.remove("$defs"));
    addDefinitions(schemas, read(OperationBodies.SCHEMA_RESOURCE).get("$defs"));
    plan.remove("$schema");
    schemas.set("Plan", components(plan));
    ObjectNode paths = (ObjectNode) document.get("paths");
    for (Operation<?> operation : Operations.ALL) {
      paths.set(ApiRoutes.PREFIX + "/{county}/{year}/" + operation.path(), path(operation, schemas));
    }
    return document;
  }

  /** The schemas of another document as components; the same name twice must be the same schema. */
  private static void addDefinitions(ObjectNode schemas, JsonNode definitions) {
    definitions.properties().forEach(definition -> {
      JsonNode schema = components(definition.getValue().deepCopy());
      JsonNode earlier = schemas.get(definition.getKey());
      if (earlier != null && !earlier.equals(schema)) {
        throw new IllegalStateException("two different schemas are called " + definition.getKey());
      }
      schemas.set(definition.getKey(), schema);
    });
  }

  /** The schema with its references to {@code #/$defs/X} made references to the components. */
  private static JsonNode components(JsonNode schema) {
    if (schema.isObject()) {
      ObjectNode object = (ObjectNode) schema;
      for (String name : ImmutableList.copyOf(object.fieldNames())) {
        JsonNode value = object.get(name);
        if (name.equals("$ref") && value.asText().startsWith("#/$defs/")) {
          object.put(name, COMPONENT + value.asText().substring("#/$defs/".length()));
        } else {
          components(value);
        }
      }
    } else if (schema.isArray()) {
      schema.forEach(OpenApiDocument::components);
    }
    return schema;
  }

  private static ObjectNode path(Operation<?> operation, ObjectNode schemas) {
    String body = operation.body().getSimpleName();
    if (!schemas.has(body)) {
      throw new IllegalStateException(operation.path() + " takes a " + body + ", which no schema describes");
    }
    ObjectNode path = JsonResponses.MAPPER.createObjectNode();
    ArrayNode shared = path.putArray("parameters");
    shared.addObject().put("$ref", "#/components/parameters/County");
    shared.addObject().put("$ref", "#/components/parameters/Year");
    if (operation.onAnEvent()) {
      shared.addObject().put("$ref", "#/components/parameters/Event");
    }
    ObjectNode post = path.putObject("post");
    post.put("operationId", operationId(operation.path()));
    post.put("summary", operation.summary());
    post.put("description", "One of the secretariat's operations. Needs a SECRETARY token of the county, `If-Match` with the ETag "
        + "of the whole year's current version (412 when stale, 428 without) and an `Idempotency-Key`: a retry with the same "
        + "key answers with the version that key made, with its findings, and changes nothing; another request with the key "
        + "is a 422. A refusal is a problem naming its `reason`, and its `clauseId` when a clause rules the step out: 422 "
        + "for the policy's refusal, 409 for the record's state (done already, or not there yet), 404 for an unknown event.");
    post.putArray("tags").add(operation.onAnEvent() ? "Events" : "Year");
    post.putArray("security").addObject().putArray("bearer");
    ArrayNode parameters = post.putArray("parameters");
    parameters.addObject().put("$ref", "#/components/parameters/IfMatch");
    parameters.addObject().put("$ref", "#/components/parameters/IdempotencyKey");
    parameters.addObject().put("$ref", "#/components/parameters/AcceptLanguage");
    ObjectNode requestBody = post.putObject("requestBody").put("required", operation.body() != OperationBodies.EmptyBody.class);
    ObjectNode content = requestBody.putObject("content");
    for (String mediaType : new String[] {"application/json", "application/yaml"}) {
      content.putObject(mediaType).putObject("schema").put("$ref", COMPONENT + body);
    }
    ObjectNode responses = post.putObject("responses");
    ObjectNode stored = responses.putObject("200").put("description", "Stored as the next version (or, for a retry, the version the key made)");
    stored.putObject("headers").putObject("ETag").put("$ref", "#/components/headers/ETag");
    stored.putObject("content").putObject("application/json").putObject("schema").put("$ref", COMPONENT + "Stored");
    responses.putObject("default").put("$ref", "#/components/responses/Problem");
    return path;
  }

  /** {@code events/{event}/memo/draft} → {@code eventMemoDraft}. */
  private static String operationId(String path) {
    StringBuilder id = new StringBuilder();
    for (String word : path.replace("events/{event}/", "event/").split("[/-]")) {
      id.append(id.length() == 0 ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
    }
    return id.toString();
  }

  private static JsonNode read(String resource) {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      return JsonResponses.MAPPER.readTree(in);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
