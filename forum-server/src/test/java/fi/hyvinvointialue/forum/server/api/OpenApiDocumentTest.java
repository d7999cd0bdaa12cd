package fi.hyvinvointialue.forum.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fi.hyvinvointialue.forum.domain.memory.InMemoryApiTokens;
import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /**
   * The document passes an OpenAPI validator that is not ours (openapi-spec-validator, the Python one many tools
   * use, where the machine has it): what a client generator reads is a valid OpenAPI 3.1 document.
   */
  @Test
  void anotherValidatorFindsTheDocumentValid(@TempDir Path directory) throws Exception {
    Optional<Path> validator = Stream.of(System.getenv("PATH").split(File.pathSeparator))
        .map(folder -> Path.of(folder, "openapi-spec-validator")).filter(Files::isExecutable).findFirst();
    assumeTrue(validator.isPresent(), "openapi-spec-validator is not on this machine");
    Path document = directory.resolve("openapi.json");
    Files.writeString(document, OpenApiContract.DOCUMENT.toString());
    Process process = new ProcessBuilder(validator.get().toString(), document.toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the validator did not finish");
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("OK"), output);
  }

  @Test
  void theServerServesTheDocumentAsItIsWritten() throws IOException {
    try (ApiFixture api = new ApiFixture(new InMemoryForumYears(), new InMemoryApiTokens())) {
      HttpResponse<byte[]> response = api.send("GET", "/openapi.json", null);
      assertEquals(200, response.statusCode());
      assertEquals(Long.toString(response.body().length), response.headers().firstValue("Content-Length").orElseThrow());
      assertEquals(OpenApiContract.DOCUMENT, OpenApiContract.assertConforms("GET", "/openapi.json", response));
      assertEquals(OpenApiContract.DOCUMENT, OpenApiContract.JSON.readTree(response.body()));
    }
  }
}
