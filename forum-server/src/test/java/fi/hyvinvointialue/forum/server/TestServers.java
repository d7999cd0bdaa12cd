package fi.hyvinvointialue.forum.server;

import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableCountyPublishing;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** What the server tests share: Keski-Suomi's publishing settings, a fixed clock, storing and asking. */
public final class TestServers {
  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  static final CountyPublishing KESKI_SUOMI = ImmutableCountyPublishing.builder()
      .countyId(KeskiSuomi.COUNTY_ID)
      .organiserName("Keski-Suomen hyvinvointialue")
      .organiserEmail("foorumi@hyvaks.fi")
      .build();

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private TestServers() {}

  /** Settings over the store that ask it on every request, so a test needs no waiting. */
  static ImmutableServerSettings.Builder settings(ForumYears store) {
    return ImmutableServerSettings.builder()
        .store(store)
        .addCounties(KESKI_SUOMI)
        .publicBaseUrl(URI.create("https://foorumi.example.fi/"))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .freshness(Duration.ZERO);
  }

  static StoredYear store(ForumYears store, ForumYear year, long expectedVersion, Instant at) {
    return store.save(year, KeskiSuomi.profile(), expectedVersion,
        ImmutableChange.builder().actor("sihteeri").at(at).summary("test").build());
  }

  static HttpResponse<byte[]> get(int port, String path, String... headers) {
    return send(port, "GET", path, headers);
  }

  static HttpResponse<byte[]> send(int port, String method, String path, String... headers) {
    return send(port, method, path, null, headers);
  }

  /** A request with a body ({@code null}: none) and headers as name, value, ...; the API's tests send theirs so too. */
  public static HttpResponse<byte[]> send(int port, String method, String path, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .timeout(Duration.ofSeconds(60));
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
