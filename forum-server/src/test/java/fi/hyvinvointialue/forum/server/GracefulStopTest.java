package fi.hyvinvointialue.forum.server;

import static fi.hyvinvointialue.forum.server.TestServers.store;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.hyvinvointialue.forum.domain.memory.InMemoryForumYears;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Stopping (as SIGTERM's shutdown hook does) refuses new connections but lets a request under way finish. */
class GracefulStopTest {
  @Test
  void aRequestUnderWayFinishesWhileTheServerStops() throws Exception {
    CountDownLatch rendering = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    InMemoryForumYears years = new InMemoryForumYears();
    store(years, SampleYears.keskiSuomi(2026), 0, TestServers.NOW);
    ForumServer server = new ForumServer(TestServers.settings(years).pages((stored, publishing, language, now, countyUrl) -> {
      rendering.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "<!DOCTYPE html><html lang=\"fi\"><title>slow</title></html>";
    }).build());
    int port = server.start(0);
    CompletableFuture<HttpResponse<String>> response = HttpClient.newHttpClient().sendAsync(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/keski-suomi/2026/")).build(), HttpResponse.BodyHandlers.ofString());
    rendering.await();

    Thread stopping = new Thread(server::stop);
    stopping.start();
    while (accepts(port)) {
      Thread.onSpinWait();
    }
    release.countDown();
    stopping.join();

    assertEquals(200, response.get().statusCode());
    assertEquals("<!DOCTYPE html><html lang=\"fi\"><title>slow</title></html>", response.get().body());
  }

  private static boolean accepts(int port) {
    try (Socket socket = new Socket("localhost", port)) {
      return socket.isConnected();
    } catch (IOException refused) {
      return false;
    }
  }
}
