package fi.hyvinvointialue.forum.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.PublicView;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.history.Difference;
import fi.hyvinvointialue.forum.domain.history.YearDiff;
import fi.hyvinvointialue.forum.domain.port.ApiToken;
import fi.hyvinvointialue.forum.domain.port.Change;
import fi.hyvinvointialue.forum.domain.port.ForumYears;
import fi.hyvinvointialue.forum.domain.port.ImmutableChange;
import fi.hyvinvointialue.forum.domain.port.RequestIdReused;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.VersionConflict;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import io.javalin.http.Context;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A county's year over HTTP: the current version and any earlier one as a plan document, its history, the
 * difference between two versions, and storing the whole year as the next version. Without a token of the
 * county only the public view is shown ({@link PublicView}: no personal data, no drafts); every write names the
 * version it replaces.
 */
final class YearRecord {
  private static final Pattern YEAR = Pattern.compile("2[01][0-9][0-9]");
  private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,17}");
  private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
  private static final String YAML = "application/yaml; charset=utf-8";

  private final ForumYears store;
  private final Set<String> counties;
  private final Access access;
  private final Checks checks;
  private final PlanFiles files;
  private final PlanBodies bodies;

  YearRecord(ForumYears store, Set<String> counties, Access access, Checks checks, PlanFiles files) {
    this.store = store;
    this.counties = counties;
    this.access = access;
    this.checks = checks;
    this.files = files;
    this.bodies = new PlanBodies(files);
  }

  void current(Context ctx) {
    YearKey key = key(ctx);
    boolean whole = access.reader(ctx, key.countyId()).isPresent();
    sendPlan(ctx, store.find(key).orElseThrow(() -> Problem.notFound("no version of this year is stored")), whole);
  }

  void version(Context ctx) {
    YearKey key = key(ctx);
    boolean whole = access.reader(ctx, key.countyId()).isPresent();
    long version = version(ctx.pathParam("version"), "the version");
    sendPlan(ctx, store.find(key, version).orElseThrow(() -> Problem.notFound("version " + version + " of this year was never stored")),
        whole);
  }

  void versions(Context ctx) {
    YearKey key = key(ctx);
    boolean whole = access.reader(ctx, key.countyId()).isPresent();
    List<Change> history = store.history(key);
    if (history.isEmpty()) {
      throw Problem.notFound("no version of this year is stored");
    }
    ArrayNode versions = JsonResponses.MAPPER.createArrayNode();
    for (Change change : history) {
      ObjectNode version = versions.addObject()
          .put("version", change.version())
          .put("at", change.at().toString())
          .put("summary", change.summary());
      if (whole) {
        version.put("actor", change.actor());
      }
    }
    ObjectNode body = yearNode(key);
    body.set("versions", versions);
    sendRead(ctx, body, whole);
  }

  void diff(Context ctx) {
    YearKey key = key(ctx);
    boolean whole = access.reader(ctx, key.countyId()).isPresent();
    long from = version(ctx.queryParam("from"), "from");
    long to = version(ctx.queryParam("to"), "to");
    ForumYear before = stored(key, from).year();
    ForumYear after = stored(key, to).year();
    LocalDateTime now = HelsinkiTime.wallTime(checks.now());
    YearDiff diff = whole ? YearDiff.between(before, after) : YearDiff.between(PublicView.of(before, now), PublicView.of(after, now));
    ArrayNode differences = JsonResponses.MAPPER.createArrayNode();
    for (Difference difference : diff.differences()) {
      ObjectNode node = differences.addObject().put("path", difference.path()).put("kind", difference.kind().name());
      difference.before().ifPresent(value -> node.put("before", value));
      difference.after().ifPresent(value -> node.put("after", value));
    }
    ObjectNode body = yearNode(key).put("from", from).put("to", to);
    body.set("differences", differences);
    sendRead(ctx, body, whole);
  }

  /** What was read, for the public or (with {@code whole}) for a token of the county alone. */
  private static void sendRead(Context ctx, ObjectNode body, boolean whole) {
    ctx.header("Cache-Control", whole ? "private, no-cache" : "no-cache");
    JsonResponses.vary(ctx, "Authorization");
    JsonResponses.send(ctx, 200, JsonResponses.JSON, body);
  }

  /**
   * Stores the plan in the body as the version after the one {@code If-Match} names, or as the first with
   * {@code If-None-Match: *}; a retry with the same {@code Idempotency-Key} returns what that key made.
   */
  void put(Context ctx) {
    YearKey key = key(ctx);
    ApiToken token = access.secretary(ctx, key.countyId());
    long expected = Preconditions.expectedVersion(ctx.header("If-Match"), ctx.header("If-None-Match"));
    Optional<String> requestId = idempotencyKey(ctx.header("Idempotency-Key"));
    Plan plan = bodies.read(ctx);
    if (!plan.year().key().equals(key)) {
      throw Problem.unprocessable("the plan is for " + plan.year().countyId() + " " + plan.year().year()
          + ", not for the year of this address");
    }
    if (plan.baseVersion().isPresent() && plan.baseVersion().getAsLong() != expected) {
      throw Problem.unprocessable("the plan's baseVersion is " + plan.baseVersion().getAsLong()
          + " but the precondition names version " + expected);
    }
    Change change = ImmutableChange.builder()
        .actor(actor(token))
        .at(checks.now())
        .summary(expected == 0 ? "created over the HTTP API" : "stored over the HTTP API")
        .requestId(requestId)
        // a retry sends the same body; another body, or an operation, with this key is refused by the store
        .requestDigest(requestId.map(any -> Change.digestOf("PUT " + plan.year() + " " + plan.profile())))
        .build();
    StoredYear stored;
    try {
      stored = store.save(plan.year(), plan.profile(), expected, change);
    } catch (RequestIdReused reused) {
      throw Problem.unprocessable("this Idempotency-Key was used for another request, which made version " + reused.version()
          + ": use a new key for a new change");
    } catch (VersionConflict conflict) {
      throw Problem.stale(expected == 0
          ? "the year is stored already (version " + conflict.actualVersion() + "): read it and send its ETag in If-Match"
          : "version " + expected + " is no longer the current one (version " + conflict.actualVersion()
              + " is): read the year again, apply your change to it and send its ETag", conflict.actualVersion());
    }
    sendStored(ctx, stored, stored.version() == 1 ? 201 : 200);
  }

  /** Who a token's change is recorded as. */
  static String actor(ApiToken token) {
    return "token " + token.id() + " (" + token.label() + ")";
  }

  /**
   * What a write made: the version, its ETag (the whole year's, in JSON: the base of the next change) and the
   * report of the policy check on it now; a 201 also says where the year is.
   */
  void sendStored(Context ctx, StoredYear stored, int status) {
    YearKey key = stored.year().key();
    String tag = Preconditions.tag(stored.version(), true, false);
    ObjectNode body = yearNode(key).put("version", stored.version()).put("etag", tag);
    try {
      body.set("report", JsonResponses.MAPPER.readTree(
          checks.reportJson(new Plan(stored.year(), stored.profile(), OptionalLong.of(stored.version())), ctx)));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("the report written could not be read back", impossible);
    }
    ctx.header("ETag", tag);
    ctx.header("Cache-Control", "no-store");
    if (status == 201) {
      ctx.header("Location", ApiRoutes.PREFIX + "/" + key.countyId() + "/" + key.year());
    }
    JsonResponses.send(ctx, status, JsonResponses.JSON, body);
  }

  private void sendPlan(Context ctx, StoredYear stored, boolean whole) {
    String accept = ctx.header("Accept");
    boolean yaml = accept != null && (accept.contains("application/yaml") || accept.contains("text/yaml"));
    LocalDateTime now = HelsinkiTime.wallTime(checks.now());
    String tag = whole ? Preconditions.tag(stored.version(), true, yaml)
        : Preconditions.publicTag(stored.version(), PublicView.draftsWithheld(stored.year(), now), yaml);
    ctx.header("ETag", tag);
    JsonResponses.vary(ctx, "Accept, Authorization");
    ctx.header("Cache-Control", whole ? "private, no-cache" : "no-cache");
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null && List.of(ifNoneMatch.split(",")).stream().map(String::trim)
        .anyMatch(candidate -> candidate.equals(tag) || candidate.equals("W/" + tag) || candidate.equals("*"))) {
      ctx.status(304);
      return;
    }
    ForumYear year = whole ? stored.year() : PublicView.of(stored.year(), now);
    Plan plan = new Plan(year, stored.profile(), OptionalLong.of(stored.version()));
    JsonResponses.send(ctx, 200, yaml ? YAML : JsonResponses.JSON, yaml ? files.toYaml(plan) : files.toJson(plan));
  }

  private StoredYear stored(YearKey key, long version) {
    return store.find(key, version).orElseThrow(() -> Problem.notFound("version " + version + " of this year was never stored"));
  }

  YearKey key(Context ctx) {
    String county = ctx.pathParam("county");
    String year = ctx.pathParam("year");
    if (!counties.contains(county)) {
      throw Problem.notFound("no county of that name is served here");
    }
    if (!YEAR.matcher(year).matches()) {
      throw Problem.notFound("the year must be a year such as 2026");
    }
    return YearKey.of(county, Integer.parseInt(year));
  }

  private static ObjectNode yearNode(YearKey key) {
    return JsonResponses.MAPPER.createObjectNode().put("countyId", key.countyId()).put("year", key.year());
  }

  private static long version(String text, String name) {
    if (text == null || !VERSION.matcher(text).matches()) {
      throw Problem.badRequest(name + " must be a version number: 1, 2, ...");
    }
    return Long.parseLong(text);
  }

  static Optional<String> idempotencyKey(String header) {
    if (header == null) {
      return Optional.empty();
    }
    if (!IDEMPOTENCY_KEY.matcher(header).matches()) {
      throw Problem.badRequest("an Idempotency-Key is 1 to 200 visible ASCII characters");
    }
    return Optional.of(header);
  }
}
