package fi.hyvinvointialue.forum.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;

/**
 * The OpenAPI document as the tests hold the server to it: a response's status must be documented for its
 * path and method (a 4xx or 5xx may fall to {@code default}), with its content type, and its body must be
 * valid against the schema documented there (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 */
final class OpenApiContract {
  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonNode DOCUMENT = document();
  private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private OpenApiContract() {}

  /** Asserts that the response is one the document describes for {@code method} on {@code template}; returns its body. */
  static JsonNode assertConforms(String method, String template, HttpResponse<byte[]> response) {
    JsonNode operation = DOCUMENT.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
    assertFalse(operation.isMissingNode(), method + " " + template + " is not documented");
    int status = response.statusCode();
    JsonNode responses = operation.path("responses");
    JsonNode documented = responses.path(Integer.toString(status));
    if (documented.isMissingNode() && status >= 400) {
      documented = responses.path("default");
    }
    assertFalse(documented.isMissingNode(), status + " of " + method + " " + template + " is not documented");
    documented = resolve(documented);
    if (status == 304 || status == 204) {
      assertEquals(0, response.body().length, "a " + status + " has no body");
      return JSON.missingNode();
    }
    String contentType = response.headers().firstValue("Content-Type").orElseThrow().split(";")[0].trim();
    JsonNode media = documented.path("content").path(contentType);
    assertFalse(media.isMissingNode(), status + " of " + method + " " + template + " is not documented as " + contentType);
    if (!contentType.endsWith("json")) {
      return JSON.missingNode();
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException notJson) {
      throw new AssertionError(method + " " + template + " answered " + status + " with a body that is not JSON", notJson);
    }
    ObjectNode schema = JSON.createObjectNode().put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.set("components", DOCUMENT.get("components"));
    schema.set("allOf", JSON.createArrayNode().add(media.get("schema")));
    Set<ValidationMessage> errors = SCHEMAS.getSchema(schema, CONFIG).validate(body);
    assertTrue(errors.isEmpty(), method + " " + template + " " + status + " does not match its schema: " + errors + "\n" + body);
    return body;
  }

  /** Asserts that a JSON request body is one the document describes for {@code method} on {@code template}. */
  static void assertRequestConforms(String method, String template, String requestBody) {
    JsonNode media = DOCUMENT.path("paths").path(template).path(method.toLowerCase(Locale.ROOT))
        .path("requestBody").path("content").path("application/json");
    assertFalse(media.isMissingNode(), method + " " + template + " documents no JSON body");
    JsonNode body;
    try {
      body = JSON.readTree(requestBody);
    } catch (IOException notJson) {
      throw new AssertionError("the request body is not JSON: " + requestBody, notJson);
    }
    ObjectNode schema = JSON.createObjectNode().put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.set("components", DOCUMENT.get("components"));
    schema.set("allOf", JSON.createArrayNode().add(media.get("schema")));
    Set<ValidationMessage> errors = SCHEMAS.getSchema(schema, CONFIG).validate(body);
    assertTrue(errors.isEmpty(), method + " " + template + ": the body sent does not match the schema: " + errors + "\n" + requestBody);
  }

  /** Asserts that the response is a problem as the document describes it, without a trace of the server's insides. */
  static JsonNode assertProblem(HttpResponse<byte[]> response) {
    assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, "a 4xx, was " + response.statusCode());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow().split(";")[0].trim());
    String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertFalse(text.contains("Exception") || text.contains("\tat ") || text.contains("fi.hyvinvointialue"), text);
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (IOException notJson) {
      throw new AssertionError("a problem that is not JSON: " + text, notJson);
    }
    ObjectNode schema = JSON.createObjectNode().put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.set("components", DOCUMENT.get("components"));
    schema.put("$ref", "#/components/schemas/Problem");
    Set<ValidationMessage> errors = SCHEMAS.getSchema(schema, CONFIG).validate(body);
    assertTrue(errors.isEmpty(), "not a problem as documented: " + errors + "\n" + body);
    assertEquals(response.statusCode(), body.get("status").asInt());
    return body;
  }

  private static JsonNode resolve(JsonNode node) {
    return node.has("$ref") ? DOCUMENT.at(node.get("$ref").asText().substring(1)) : node;
  }

  private static JsonNode document() {
    return OpenApiDocument.build();
  }
}
