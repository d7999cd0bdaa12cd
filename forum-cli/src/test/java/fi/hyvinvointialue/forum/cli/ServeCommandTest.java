package fi.hyvinvointialue.forum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  private static final String COUNTY = "keski-suomi:foorumi@hyvaks.fi:Keski-Suomen hyvinvointialue";

  @TempDir Path directory;

  @Test
  void servesTheStoredYearsFeedUntilStopped() throws Exception {
    Path store = directory.resolve("store");
    assertEquals(0, Run.of("store", "--store-dir", store.toString(), Run.PLANS.resolve("keski-suomi-2026.yaml").toString()).exitCode());
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    AtomicReference<Run> finished = new AtomicReference<>();
    Thread serving = new Thread(() -> finished.set(Run.of("serve", "--store-dir", store.toString(), "--port", String.valueOf(port),
        "--public-url", "https://foorumi.example.fi/", "--county", COUNTY)));
    serving.start();

    HttpResponse<String> feed = awaitFeed(port);
    serving.interrupt();
    serving.join();

    assertEquals(200, feed.statusCode());
    assertTrue(feed.body().contains("mailto:foorumi@hyvaks.fi"), feed.body());
    assertTrue(feed.body().contains("https://foorumi.example.fi/keski-suomi/2026/"), feed.body());
    assertEquals(0, finished.get().exitCode(), finished.get().err());
    assertTrue(finished.get().out().contains("serving on port " + port), finished.get().out());
  }

  @Test
  void refusesACountyWithoutItsContactAndDomain() {
    Run run = Run.of("serve", "--store-dir", directory.toString(), "--port", "0", "--county", "keski-suomi");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--county keski-suomi: expected ID:EMAIL[:NAME]"), run.err());
  }

  @Test
  void withoutMigratingServeRefusesAnEmptyDatabaseThatMigratePreparesForIt() throws IOException {
    Path store = Files.createDirectories(directory.resolve("empty"));

    Run refused = Run.of("serve", "--no-migrate", "--store-dir", store.toString(), "--port", "0", "--county", COUNTY);
    Run migrated = Run.of("migrate", "--store-dir", store.toString());

    assertEquals(ExitCode.STORAGE_UNAVAILABLE.code(), refused.exitCode(), refused.err());
    assertEquals(0, migrated.exitCode(), migrated.err());
    assertTrue(migrated.out().contains("up to date"), migrated.out());
  }

  private static HttpResponse<String> awaitFeed(int port) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/keski-suomi/2026.ics")).build();
    for (int attempt = 0; ; attempt++) {
      try {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException notYetListening) {
        if (attempt == 300) {
          throw notYetListening;
        }
        Thread.sleep(100);
      }
    }
  }
}
