package fi.hyvinvointialue.forum.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableCountyPublishing;
import fi.hyvinvointialue.forum.domain.history.EventStamps;
import fi.hyvinvointialue.forum.domain.port.ApiTokens;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.server.ForumServer;
import fi.hyvinvointialue.forum.server.ImmutableServerSettings;
import fi.hyvinvointialue.forum.server.TestServers;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

/** A started server over a store and its tokens, with a client that speaks to its API. */
final class ApiFixture implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  static final String YEAR_PATH = "/api/v1/keski-suomi/2026";
  static final PlanFiles FILES = new PlanFiles();

  final ForumYears store;
  final ApiTokens tokens;
  final ForumServer server;
  final int port;

  ApiFixture(ForumYears store, ApiTokens tokens, String... allowedOrigins) {
    this(store, tokens, Clock.fixed(NOW, ZoneOffset.UTC), allowedOrigins);
  }

  ApiFixture(ForumYears store, ApiTokens tokens, Clock clock, String... allowedOrigins) {
    this.store = store;
    this.tokens = tokens;
    this.server = new ForumServer(ImmutableServerSettings.builder()
        .store(store)
        .addCounties(county(KeskiSuomi.COUNTY_ID), county("pohjanmaa"))
        .publicBaseUrl(URI.create("https://foorumi.example.fi/"))
        .clock(clock)
        .freshness(Duration.ZERO)
        .apiTokens(tokens)
        .addAllowedOrigins(allowedOrigins)
        .build());
    this.port = server.start(0);
  }

  private static CountyPublishing county(String id) {
    return ImmutableCountyPublishing.builder().countyId(id).organiserName(id).organiserEmail("foorumi@" + id + ".example.fi")
        .build();
  }

  /** A fresh token's {@code id.secret}. */
  String token(String countyId, TokenRole role) {
    return tokens.create(countyId, role, "test", NOW.minusSeconds(3600), Optional.empty()).bearer();
  }

  static String json(ForumYear year) {
    return FILES.toJson(new Plan(year, KeskiSuomi.profile()));
  }

  HttpResponse<byte[]> send(String method, String path, String body, String... headers) {
    return TestServers.send(port, method, path, body, headers);
  }

  /** Headers as name, value, ...: {@code headers} followed by {@code more}. */
  static String[] with(String[] headers, String... more) {
    String[] all = Arrays.copyOf(headers, headers.length + more.length);
    System.arraycopy(more, 0, all, headers.length, more.length);
    return all;
  }

  /** The plan a response's body holds. */
  static Plan plan(HttpResponse<byte[]> response) {
    return FILES.readYaml("response", new ByteArrayInputStream(response.body()));
  }

  /** The year sent is the year stored but for the stamps the store gives its events (UID, SEQUENCE, LAST-MODIFIED). */
  static void assertStoredAsSent(ForumYear sent, ForumYear stored) {
    assertEquals(stored, EventStamps.stamp(Optional.of(stored), sent, Instant.EPOCH));
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  static String etag(HttpResponse<byte[]> response) {
    return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
  }

  @Override
  public void close() {
    server.close();
  }
}
