package fi.hyvinvointialue.forum.server;

import com.google.common.collect.ImmutableMap;
import fi.hyvinvointialue.forum.adapters.ical.ICalendarAdapter;
import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.HelsinkiTime;
import fi.hyvinvointialue.forum.domain.YearKey;
import fi.hyvinvointialue.forum.domain.port.ApiTokens;
import fi.hyvinvointialue.forum.domain.port.FeedSettings;
import fi.hyvinvointialue.forum.domain.port.ImmutableFeedSettings;
import fi.hyvinvointialue.forum.domain.port.StorageFailure;
import fi.hyvinvointialue.forum.domain.port.StoredYear;
import fi.hyvinvointialue.forum.domain.port.TokenRole;
import fi.hyvinvointialue.forum.pages.CountySite;
import fi.hyvinvointialue.forum.server.CurrentYears.Current;
import fi.hyvinvointialue.forum.server.api.ApiRoutes;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counties' forum feeds and pages over HTTP (Javalin on Jetty 12), served from the stored record.
 *
 * <ul>
 *   <li>{@code /{county}/{year}.ics}: the year's feed; {@code /{county}/forums.ics}: this year's and the next's;
 *   <li>{@code /{county}/todo/{id.secret}.ics}: the secretary's to-do calendar of this year and the next, behind a
 *       {@link TokenRole#CALENDAR} token of the county ({@link #todoCalendarPath});
 *   <li>{@code /{county}/{year}} and {@code /{county}/{year}/{fi|sv|en}}: the year's page; {@code /{county}}
 *       leads to this year's;
 *   <li>{@code /health}: whether the store answers (200 or 503, JSON);
 *   <li>{@code /api/v1/...} and {@code /openapi.json}: the HTTP API ({@link ApiRoutes}).
 * </ul>
 *
 * <p>Every feed and page is rendered once per stored version (and day, for pages), kept with its gzip twin and
 * strong ETags, and answered with 304 when the client's copy is current. A newly stored version is served within
 * {@link ServerSettings#freshness()}; while the store is down the last version read is served. Requests are logged
 * through SLF4J (logger {@code fi.hyvinvointialue.forum.server.access}): method, path, status, bytes, duration,
 * never a query string, a client's address or a calendar address's token.
 */
public final class ForumServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ForumServer.class);
  private static final Logger ACCESS = LoggerFactory.getLogger("fi.hyvinvointialue.forum.server.access");
  private static final String CALENDAR = "text/calendar; charset=utf-8";
  private static final String HTML = "text/html; charset=utf-8";
  private static final int MAX_PATH_LENGTH = 256;
  private static final int MAX_RENDERED = 4096;
  private static final Pattern YEAR = Pattern.compile("2[01]\\d\\d");
  private static final Pattern YEAR_FEED = Pattern.compile("2[01]\\d\\d\\.ics");
  private static final String TODO = "todo";
  private static final String ICS = ".ics";
  /** What the access log and error messages say instead of a calendar address's token. */
  private static final String HIDDEN_TOKEN = "***" + ICS;
  /** A to-do calendar's token in a path, however the path is spelt (the logs hide it whether or not it is valid). */
  private static final Pattern TODO_TOKEN = Pattern.compile("(?i)(/" + TODO + "/).*");
  /** Who sees the to-do calendar: its subscriber only; a copy is checked each time, so a revoked address answers 404 at once. */
  static final String PRIVATE_CACHE_CONTROL = "private, no-cache";
  /** The site's languages by their address segment; the first, Finnish, also has none. */
  private static final ImmutableMap<String, Locale> LANGUAGES =
      CountySite.LANGUAGES.stream().collect(ImmutableMap.toImmutableMap(Locale::getLanguage, language -> language));
  private static final long GRACEFUL_STOP_MILLIS = 5_000;

  private final ServerSettings settings;
  private final URI base;
  private final CurrentYears years;
  private final ICalendarAdapter calendars = new ICalendarAdapter();
  private final ConcurrentHashMap<String, Representation> rendered = new ConcurrentHashMap<>();
  private Javalin javalin;

  public ForumServer(ServerSettings settings) {
    this.settings = settings;
    String url = settings.publicBaseUrl().toString();
    this.base = URI.create(url.endsWith("/") ? url : url + "/");
    this.years = new CurrentYears(settings.store(), settings.freshness());
  }

  /**
   * Starts serving on {@code port} (0: any free port) on every interface.
   *
   * @return the port served on
   * @throws IllegalStateException when already started
   */
  public synchronized int start(int port) {
    if (javalin != null) {
      throw new IllegalStateException("the server is already started, on port " + javalin.port());
    }
    javalin = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      // compressed here, once per version, so each encoding has its own ETag
      config.http.compressionStrategy = CompressionStrategy.NONE;
      config.jetty.modifyServer(server -> {
        // on stop, the connectors stop accepting and requests under way finish (Javalin nests its handler inside)
        server.setHandler(new GracefulHandler());
        server.setStopTimeout(GRACEFUL_STOP_MILLIS);
      });
      config.requestLogger.http(this::logAccess);
      settings.staticFiles().ifPresent(directory -> config.staticFiles.add(files -> {
        files.hostedPath = "/static/files";
        files.directory = directory.toAbsolutePath().toString();
        files.location = Location.EXTERNAL;
      }));
      new ApiRoutes(settings.store(), settings.apiTokens(), settings.counties().stream().map(CountyPublishing::countyId).toList(),
          settings.clock(), settings.allowedOrigins()).addTo(config.routes);
      config.routes.before(ctx -> {
        if (ctx.path().length() > MAX_PATH_LENGTH) {
          throw new BadRequest();
        }
      });
      both(config.routes::get, config.routes::head, "/health", this::health);
      both(config.routes::get, config.routes::head, "/{county}", this::countyIndex);
      both(config.routes::get, config.routes::head, "/{county}/{file}", this::countyFile);
      // before the year pages' route, which would otherwise take "todo" for a year
      both(config.routes::get, config.routes::head, "/{county}/" + TODO + "/{file}", this::todoCalendar);
      both(config.routes::get, config.routes::head, "/{county}/{year}/{language}", this::page);
      config.routes.exception(NotFound.class, (missing, ctx) -> notFound(ctx));
      config.routes.exception(BadRequest.class, (bad, ctx) ->
          Responses.body(ctx, 400, HTML, errorPage("400", "Virheellinen osoite", "Felaktig adress", "Bad address")));
      config.routes.exception(StorageFailure.class, (failure, ctx) -> {
        LOG.warn("The store failed and no version of {} was read before: {}", loggedPath(ctx), failure.getMessage());
        ctx.header("Retry-After", "30");
        Responses.body(ctx, 503, HTML, errorPage("503", "Foorumitiedot eivät ole juuri nyt saatavilla",
            "Forumuppgifterna är inte tillgängliga just nu", "The forum record is not available just now"));
      });
      config.routes.exception(Exception.class, (error, ctx) -> {
        LOG.error("Failed to answer {} {}", ctx.method(), loggedPath(ctx), error);
        Responses.body(ctx, 500, HTML, errorPage("500", "Palvelussa tapahtui virhe", "Ett fel inträffade", "Something went wrong"));
      });
      config.routes.error(404, ctx -> {
        if (!ApiRoutes.answers(ctx.path())) { // the API's 404s are problems of its own
          notFound(ctx);
        }
      });
    }).start(port);
    LOG.info("Serving {} {} on port {} at {}", settings.counties().size(),
        settings.counties().size() == 1 ? "county" : "counties", javalin.port(), base);
    return javalin.port();
  }

  /** The port served on. */
  public synchronized int port() {
    if (javalin == null) {
      throw new IllegalStateException("the server is not started");
    }
    return javalin.port();
  }

  /** Stops accepting requests, lets those under way finish (a few seconds at most) and stops. */
  public synchronized void stop() {
    if (javalin != null) {
      javalin.stop();
      javalin = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private interface Route {
    void add(String path, Handler handler);
  }

  private static void both(Route get, Route head, String path, Handler handler) {
    get.add(path, handler);
    head.add(path, handler);
  }

  private void countyFile(Context ctx) {
    CountyPublishing county = county(ctx);
    String file = ctx.pathParam("file");
    if (file.equals("forums.ics")) {
      forums(ctx, county);
    } else if (YEAR_FEED.matcher(file).matches()) {
      yearFeed(ctx, county, Integer.parseInt(file.substring(0, 4)));
    } else if (YEAR.matcher(file).matches()) {
      page(ctx, county, Integer.parseInt(file), "");
    } else if (LANGUAGES.containsKey(file)) {
      countyIndex(ctx, county, file);
    } else {
      throw new NotFound();
    }
  }

  /**
   * The county's index at {@code /{county}/} (and {@code sv/}, {@code en/}): its years (this year and the
   * next, as {@code forums.ics} holds) and their coming forums, linking each year's page.
   */
  private void countyIndex(Context ctx) {
    countyIndex(ctx, county(ctx), "");
  }

  private void countyIndex(Context ctx, CountyPublishing county, String language) {
    Locale locale = locale(language);
    if (!atCanonical(ctx, CountySite.indexPath(county.countyId(), locale))) {
      return;
    }
    int thisYear = today().getYear();
    List<Current> years = new ArrayList<>();
    current(county, thisYear).ifPresent(years::add);
    current(county, thisYear + 1).ifPresent(years::add);
    if (years.isEmpty()) {
      throw new NotFound();
    }
    String versions = years.stream().map(current -> current.stored().year().year() + "v" + current.stored().version())
        .collect(Collectors.joining(","));
    Instant newest = years.stream().map(Current::storedAt).max(Instant::compareTo).orElseThrow();
    List<StoredYear> stored = years.stream().map(Current::stored).collect(Collectors.toList());
    sendPage(ctx, "index/" + county.countyId() + "/" + locale + "@" + versions, newest,
        startOfDay -> settings.pages().renderIndex(stored, county, locale, startOfDay, countyUrl(county)));
  }

  private void page(Context ctx) {
    String year = ctx.pathParam("year");
    if (!YEAR.matcher(year).matches()) {
      throw new NotFound();
    }
    page(ctx, county(ctx), Integer.parseInt(year), ctx.pathParam("language"));
  }

  /**
   * A year's page at the site's addresses ({@code /keski-suomi/2026/}, {@code .../sv/}, {@code .../en/}),
   * which end in a slash so that the pages' relative links work: an address without it, or with
   * {@code fi/}, is sent there.
   */
  private void page(Context ctx, CountyPublishing county, int year, String language) {
    Locale locale = locale(language);
    if (locale == null) {
      throw new NotFound();
    }
    Current current = current(county, year).orElseThrow(NotFound::new);
    if (atCanonical(ctx, CountySite.yearPath(county.countyId(), year, locale))) {
      sendPage(ctx, "page/" + county.countyId() + "/" + year + "/" + locale + "@" + current.stored().version(), current.storedAt(),
          startOfDay -> settings.pages().render(current.stored(), county, locale, startOfDay, countyUrl(county)));
    }
  }

  /** The language an address segment names ({@code sv}, {@code en}; none or {@code fi}: Finnish); null for another. */
  private static Locale locale(String segment) {
    return segment.isEmpty() ? CountySite.LANGUAGES.get(0) : LANGUAGES.get(segment);
  }

  /**
   * Whether the request is at the page's own address; otherwise it is sent there (301): the addresses end
   * in a slash so that the pages' relative links work.
   */
  private static boolean atCanonical(Context ctx, String canonical) {
    if (ctx.path().equals(canonical)) {
      return true;
    }
    ctx.redirect(canonical, HttpStatus.MOVED_PERMANENTLY);
    return false;
  }

  /**
   * A page drawn for today (pages say what is coming and what is past): kept per version and day, its
   * Last-Modified the newest version's time or the day's start, whichever is later.
   */
  private void sendPage(Context ctx, String key, Instant storedAt, Function<Instant, String> draw) {
    LocalDate today = today();
    Instant startOfDay = HelsinkiTime.instant(today.atStartOfDay());
    Responses.send(ctx, rendered(key + "/" + today, () -> Representation.of(HTML,
        draw.apply(startOfDay).getBytes(StandardCharsets.UTF_8), storedAt.isAfter(startOfDay) ? storedAt : startOfDay)));
  }

  private void yearFeed(Context ctx, CountyPublishing county, int year) {
    Current current = current(county, year).orElseThrow(NotFound::new);
    Responses.send(ctx, rendered("ics/" + county.countyId() + "/" + year + "@" + current.stored().version(),
        () -> Representation.of(CALENDAR, feed(county, current), current.storedAt())));
  }

  /** This year's feed and the next's as one calendar: the forums a subscriber needs to see coming. */
  private void forums(Context ctx, CountyPublishing county) {
    Responses.send(ctx, thisYearAndNext(county, "forums", Instant.EPOCH, this::feed));
  }

  /**
   * The secretary's to-do calendar ({@code forum due}'s) of this year and the next, at an address whose last
   * segment is a {@link TokenRole#CALENDAR} token of the county, since calendar apps cannot send a bearer token.
   * The token is verified on every request, so a revoked or expired one answers 404 at once; any token that
   * does not open this calendar (unknown, revoked, expired, another county's, an API token) gets the same
   * plain 404 as an address that never existed. The calendar is rendered once per version and day: what is
   * done depends on the record and on the day.
   */
  private void todoCalendar(Context ctx) {
    CountyPublishing county = county(ctx);
    String file = ctx.pathParam("file");
    ApiTokens tokens = settings.apiTokens().orElseThrow(NotFound::new);
    if (!file.endsWith(ICS)) {
      throw new NotFound();
    }
    Instant now = settings.clock().instant();
    tokens.verify(file.substring(0, file.length() - ICS.length()), now)
        .filter(token -> token.role().allows(TokenRole.CALENDAR) && token.countyId().equals(county.countyId()))
        .orElseThrow(NotFound::new);
    LocalDate today = today();
    Representation calendar = thisYearAndNext(county, "todo/" + today, HelsinkiTime.instant(today.atStartOfDay()), (publishing, current) ->
        calendars.publishDeadlines(current.stored().year(), current.stored().profile(), feedSettings(publishing, current), now));
    ctx.header("Referrer-Policy", "no-referrer");
    Responses.send(ctx, calendar, PRIVATE_CACHE_CONTROL);
  }

  /**
   * Where a county's to-do calendar is, below the server's (or the county's own) public address, for the
   * calendar token {@code idAndSecret}: {@code /{county}/todo/{id.secret}.ics}.
   */
  public static String todoCalendarPath(String countyId, String idAndSecret) {
    return "/" + countyId + "/" + TODO + "/" + idAndSecret + ICS;
  }

  /**
   * A calendar of this year and the next, those of them that are stored, as one ({@link FeedMerge}); kept
   * per {@code kind} and the two years' versions, its Last-Modified the newer version's time or
   * {@code notBefore} (a calendar drawn for a day: the day's start), whichever is later.
   */
  private Representation thisYearAndNext(CountyPublishing county, String kind, Instant notBefore,
      BiFunction<CountyPublishing, Current, byte[]> draw) {
    int thisYear = today().getYear();
    Optional<Current> first = current(county, thisYear);
    Optional<Current> second = current(county, thisYear + 1);
    if (first.isEmpty() && second.isEmpty()) {
      throw new NotFound();
    }
    String versions = first.map(c -> c.stored().version()).orElse(0L) + "/" + second.map(c -> c.stored().version()).orElse(0L);
    return rendered(kind + "/" + county.countyId() + "/" + thisYear + "@" + versions, () -> {
      Instant newest = Stream.concat(first.stream(), second.stream()).map(Current::storedAt).reduce(notBefore, BinaryOperator.maxBy(Instant::compareTo));
      if (first.isEmpty() || second.isEmpty()) {
        return Representation.of(CALENDAR, draw.apply(county, first.orElseGet(second::get)), newest);
      }
      return Representation.of(CALENDAR, FeedMerge.merge(draw.apply(county, first.get()), draw.apply(county, second.get()), thisYear + 1),
          newest);
    });
  }

  private byte[] feed(CountyPublishing county, Current current) {
    return calendars.publish(current.stored().year(), current.stored().profile(), feedSettings(county, current));
  }

  private FeedSettings feedSettings(CountyPublishing county, Current current) {
    return ImmutableFeedSettings.builder()
        .publishing(county)
        .forumPage(countyUrl(county).resolve(current.stored().year().year() + "/"))
        .build();
  }

  /** Where the county's pages are reached from outside: its own public address, else this server's public address. */
  private URI countyUrl(CountyPublishing county) {
    String root = county.publicBaseUrl().map(URI::toString).orElse(base.toString());
    return URI.create((root.endsWith("/") ? root : root + "/") + county.countyId() + "/");
  }

  private void health(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    boolean answers;
    try {
      settings.store().years(settings.counties().isEmpty() ? "" : settings.counties().get(0).countyId());
      answers = true;
    } catch (StorageFailure failure) {
      answers = false;
    }
    Responses.body(ctx, answers ? 200 : 503, "application/json",
        "{\"status\":\"" + (answers ? "up" : "degraded") + "\",\"database\":\"" + (answers ? "up" : "down") + "\"}\n");
  }

  private CountyPublishing county(Context ctx) {
    return settings.county(ctx.pathParam("county")).orElseThrow(NotFound::new);
  }

  private Optional<Current> current(CountyPublishing county, int year) {
    return years.current(YearKey.of(county.countyId(), year));
  }

  private LocalDate today() {
    return HelsinkiTime.date(settings.clock().instant());
  }

  private Representation rendered(String key, Supplier<Representation> render) {
    Representation representation = rendered.get(key);
    if (representation == null) {
      if (rendered.size() >= MAX_RENDERED) {
        rendered.clear(); // older versions and days; the current ones are rendered again on demand
      }
      representation = render.get();
      rendered.put(key, representation);
    }
    return representation;
  }

  private void notFound(Context ctx) {
    Responses.body(ctx, 404, HTML, errorPage("404", "Sivua ei löydy", "Sidan hittades inte", "Page not found"));
  }

  private static String errorPage(String status, String finnish, String swedish, String english) {
    return "<!DOCTYPE html>\n<html lang=\"fi\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + status + " " + finnish + "</title></head>"
        + "<body><main><h1>" + finnish + "</h1><p lang=\"sv\">" + swedish + "</p><p lang=\"en\">" + english + "</p></main></body></html>\n";
  }

  /** Method, path, status, body bytes, milliseconds: nothing about who asked; the path only when it was a valid one. */
  private void logAccess(Context ctx, Float millis) {
    int status = ctx.statusCode();
    Object bytes = ctx.attribute(Responses.BYTES_SENT);
    if (bytes == null) { // a static file or a redirect: Jetty's own length, when it set one
      String length = ctx.res().getHeader("Content-Length");
      bytes = length == null || ctx.method() == HandlerType.HEAD || status == 304 ? "0" : length;
    }
    ACCESS.info("{} {} {} {} {}ms", ctx.method(), status == 400 || status == 404 ? "-" : loggedPath(ctx), status,
        bytes, String.format(Locale.ROOT, "%.2f", millis));
  }

  /** The request's path as logs may show it: a to-do calendar's token hidden. */
  private static String loggedPath(Context ctx) {
    return TODO_TOKEN.matcher(ctx.path()).replaceFirst("$1" + HIDDEN_TOKEN);
  }

  /** No such county, year, page or feed. */
  private static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound() {
      super(null, null, false, false);
    }
  }

  /** A path no route could ever match: too long. */
  private static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest() {
      super(null, null, false, false);
    }
  }
}
