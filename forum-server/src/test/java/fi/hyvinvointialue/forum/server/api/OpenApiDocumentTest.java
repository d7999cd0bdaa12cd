package fi.hyvinvointialue.forum.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fi.hyvinvointialue.forum.domain.memory.InMemoryApiTokens;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
  @Test
  void everyRouteTheServerRegistersIsDocumentedAndEveryDocumentedOperationIsRegistered() {
    ApiRoutes api = new ApiRoutes(new InMemoryForumYears(), Optional.empty(), List.of(), Clock.systemUTC(), List.of());
    Set<String> registered = new TreeSet<>();
    api.routes().forEach(route -> registered.add(route.method().name() + " " + route.path()));
    Set<String> documented = new TreeSet<>();
    OpenApiContract.DOCUMENT.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
      if (!method.getKey().equals("parameters")) {
        documented.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
      }
    }));
    assertEquals(documented, registered);
    assertTrue(registered.stream().filter(route -> !route.endsWith("/openapi.json")).allMatch(route -> route.contains(" /api/v1/")));
  }

  @Test
  void theDocumentIsOpenApi31WithSchemasInComponentsAndStatesItsCompatibilityPolicy() {
    JsonNode document = OpenApiContract.DOCUMENT;
    assertEquals("3.1.0", document.get("openapi").asText());
    assertEquals("https://json-schema.org/draft/2020-12/schema", document.get("jsonSchemaDialect").asText());
    assertTrue(document.at("/info/description").asText().contains("Compatibility policy"));
    for (String schema : List.of("Problem", "Report", "Finding", "Plan", "Stored", "Versions", "Diff", "Changes")) {
      assertTrue(document.at("/components/schemas/" + schema).isObject(), schema);
    }
  }

  @Test
  void theServerServesTheDocumentAsItIsWritten() throws IOException {
    try (ApiFixture api = new ApiFixture(new InMemoryForumYears(), new InMemoryApiTokens())) {
      HttpResponse<byte[]> response = api.send("GET", "/openapi.json", null);
      assertEquals(200, response.statusCode());
      assertEquals(OpenApiContract.DOCUMENT, OpenApiContract.assertConforms("GET", "/openapi.json", response));
      assertEquals(OpenApiContract.DOCUMENT, OpenApiContract.JSON.readTree(response.body()));
    }
  }
}
