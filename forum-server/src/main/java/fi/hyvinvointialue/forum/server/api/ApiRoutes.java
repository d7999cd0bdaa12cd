package fi.hyvinvointialue.forum.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import fi.hyvinvointialue.forum.domain.port.ApiTokens;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.StorageFailure;
import fi.hyvinvointialue.forum.domain.port.YearChange;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.server.api.Operations.Operation;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API's routes, described by {@link #OPENAPI_RESOURCE} and served at {@code /openapi.json}: the
 * check of a plan, a county's year (its current version, versions, a version and the difference between
 * two; storing it whole with {@code If-Match}), and the changes since a moment. Every response gets the
 * security headers; API responses are closed to other origins unless they are allowed; every error under
 * {@code /api/} is an RFC 9457 problem.
 */
public final class ApiRoutes {
  /** The written part of the OpenAPI 3.1 document, on the class path; {@link OpenApiDocument} completes it. */
  public static final String OPENAPI_RESOURCE = "/fi/hyvinvointialue/forum/server/api/openapi.json";
  static final String PREFIX = "/api/v1";
  private static final Logger LOG = LoggerFactory.getLogger(ApiRoutes.class);
  private static final int MAX_PATH_LENGTH = 256;
  private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  private static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, Accept-Language";
  private static final String EXPOSED_HEADERS = "ETag, Location, Retry-After, WWW-Authenticate";

  /** A route of the API: a method and a path as Javalin and the OpenAPI document both write it. */
  record Route(HandlerType method, String path, Handler handler) {}

  private final ImmutableSet<String> counties;
  private final ImmutableSet<String> allowedOrigins;
  private final Checks checks;
  private final PlanBodies bodies;
  private final YearRecord record;
  private final YearOperations operations;
  private final ForumYears store;
  private final byte[] openApi;

  /**
   * @param store where the years are read and stored
   * @param tokens the bearer tokens; without them the API only reads what is public
   * @param counties the counties served; any other is a 404
   * @param clock "now": when a token is checked and a change made
   * @param allowedOrigins the origins whose browsers may call the API (CORS); none by default
   */
  public ApiRoutes(ForumYears store, Optional<ApiTokens> tokens, Collection<String> counties, Clock clock,
      Collection<String> allowedOrigins) {
    PlanFiles files = new PlanFiles();
    this.store = store;
    this.counties = ImmutableSet.copyOf(counties);
    this.allowedOrigins = ImmutableSet.copyOf(allowedOrigins);
    this.checks = new Checks(files, clock);
    this.bodies = new PlanBodies(files);
    Access access = new Access(tokens, clock);
    this.record = new YearRecord(store, this.counties, access, checks, files);
    this.operations = new YearOperations(store, record, access, bodies, clock);
    this.openApi = OpenApiDocument.build().toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Adds the API's routes, headers and problems to a server's routes: before the server's own, so they come first. */
  public void addTo(JavalinDefaultRoutingApi routes) {
    routes.before(this::headers);
    for (Route route : routes()) {
      routes.addHttpHandler(route.method(), route.path(), guarded(route.handler()));
      if (route.method() == HandlerType.GET) { // HEAD: the same answer without its body, which Jetty leaves out
        routes.addHttpHandler(HandlerType.HEAD, route.path(), guarded(route.handler()));
      }
    }
    for (HandlerType method : new HandlerType[] {HandlerType.GET, HandlerType.HEAD, HandlerType.POST, HandlerType.PUT,
        HandlerType.PATCH, HandlerType.DELETE}) {
      routes.addHttpHandler(method, "/api/<rest>", guarded(this::noSuchRoute));
    }
    routes.addHttpHandler(HandlerType.OPTIONS, "/api/<rest>", guarded(this::preflight));
    routes.exception(Problem.class, (problem, ctx) -> problem.send(ctx));
  }

  /** Whether the API answers requests for this path, errors included: the server leaves them to it. */
  public static boolean answers(String path) {
    return path.startsWith("/api/") || path.equals("/openapi.json");
  }

  /** The documented routes, in the order they are matched; each GET answers HEAD too. */
  ImmutableList<Route> routes() {
    ImmutableList.Builder<Route> routes = ImmutableList.<Route>builder().add(
        new Route(HandlerType.GET, "/openapi.json", this::openApi),
        new Route(HandlerType.POST, PREFIX + "/check", this::check),
        new Route(HandlerType.GET, PREFIX + "/changes", this::changes),
        new Route(HandlerType.GET, PREFIX + "/{county}/{year}", record::current),
        new Route(HandlerType.PUT, PREFIX + "/{county}/{year}", record::put),
        new Route(HandlerType.GET, PREFIX + "/{county}/{year}/versions", record::versions),
        new Route(HandlerType.GET, PREFIX + "/{county}/{year}/versions/{version}", record::version),
        new Route(HandlerType.GET, PREFIX + "/{county}/{year}/diff", record::diff));
    for (Operation<?> operation : Operations.ALL) {
      routes.add(new Route(HandlerType.POST, PREFIX + "/{county}/{year}/" + operation.path(),
          ctx -> operations.perform(operation, ctx)));
    }
    return routes.build();
  }

  private void openApi(Context ctx) {
    ctx.header("Cache-Control", "no-cache");
    JsonResponses.send(ctx, 200, JsonResponses.JSON, openApi);
  }

  private void check(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    JsonResponses.vary(ctx, "Accept-Language");
    JsonResponses.send(ctx, 200, JsonResponses.JSON, checks.reportJson(bodies.read(ctx), ctx));
  }

  private void changes(Context ctx) {
    String since = ctx.queryParam("since");
    Instant from;
    try {
      from = Instant.parse(since == null ? "" : since);
    } catch (DateTimeParseException notAnInstant) {
      throw Problem.badRequest("since must be an ISO-8601 instant, such as 2026-03-01T10:00:00Z");
    }
    ArrayNode changes = JsonResponses.MAPPER.createArrayNode();
    for (YearChange change : store.changedSince(from)) {
      if (counties.contains(change.key().countyId())) {
        changes.addObject()
            .put("countyId", change.key().countyId())
            .put("year", change.key().year())
            .put("version", change.version())
            .put("at", change.at().toString());
      }
    }
    ObjectNode body = JsonResponses.MAPPER.createObjectNode().put("since", from.toString());
    body.set("changes", changes);
    ctx.header("Cache-Control", "no-cache");
    JsonResponses.send(ctx, 200, JsonResponses.JSON, body);
  }

  /** A path under /api/ that no route has: 405 with the methods it has, or 404. */
  private void noSuchRoute(Context ctx) {
    String allowed = routes().stream()
        .filter(route -> template(route.path()).matcher(ctx.path()).matches())
        .map(route -> route.method() == HandlerType.GET ? "GET, HEAD" : route.method().name())
        .collect(Collectors.joining(", "));
    if (allowed.isEmpty()) {
      throw Problem.notFound("no such resource; the API is described at /openapi.json");
    }
    throw new Problem(405, "method-not-allowed", "Method not allowed", "this resource allows " + allowed)
        .header("Allow", allowed);
  }

  private static Pattern template(String path) {
    return Pattern.compile(Pattern.quote(path).replaceAll("\\{[a-z]+\\}", "\\\\E[^/]+\\\\Q"));
  }

  /** A browser's preflight: allowed for the configured origins only; others get no CORS headers at all. */
  private void preflight(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin != null && allowedOrigins.contains(origin)) {
      ctx.header("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT");
      ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      ctx.header("Access-Control-Max-Age", "600");
    }
    ctx.status(204);
  }

  private void headers(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    if (answers(ctx.path())) {
      ctx.header("Content-Security-Policy", API_CSP);
      if (ctx.path().length() > MAX_PATH_LENGTH) {
        throw Problem.notFound("no resource has so long a path");
      }
      String origin = ctx.header("Origin");
      if (origin != null && allowedOrigins.contains(origin)) {
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        ctx.header("Vary", "Origin");
      }
    }
  }

  /** Every failure of a handler becomes a problem: the store's as a 503, anything unforeseen as a logged 500. */
  private static Handler guarded(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (Problem problem) {
        throw problem;
      } catch (StorageFailure failure) {
        LOG.warn("The store failed answering {} {}: {}", ctx.method(), ctx.path(), failure.getMessage());
        throw new Problem(503, "unavailable", "The record is not available just now", "try again in a while")
            .header("Retry-After", "30");
      } catch (Exception unforeseen) {
        LOG.error("Failed to answer {} {}", ctx.method(), ctx.path(), unforeseen);
        throw new Problem(500, "internal", "Something went wrong", "the failure was logged");
      }
    };
  }
}
