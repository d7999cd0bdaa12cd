package fi.hyvinvointialue.forum.cli;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears.Connections;
import fi.hyvinvointialue.forum.domain.CountyPublishing;
import fi.hyvinvointialue.forum.domain.ImmutableCountyPublishing;
import fi.hyvinvointialue.forum.server.ForumServer;
import fi.hyvinvointialue.forum.server.ImmutableServerSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code forum serve}: the counties' pages and subscription feeds over HTTP from the store, until SIGTERM
 * (or Ctrl-C), when requests under way are let finish. The only command that logs (through SLF4J's simple
 * backend, to standard error): the short commands keep SLF4J's no-operation backend and start as fast as before.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the counties' forum pages and subscription feeds from the store over HTTP:",
        "/COUNTY/YEAR.ics, /COUNTY/forums.ics (this year and the next), /COUNTY/YEAR[/fi|sv|en], /health;",
        "the secretary's to-do calendar at the secret address forum token create COUNTY --role calendar prints;",
        "and the HTTP API under /api/v1/ (described at /openapi.json; writes need a token of forum token create).",
        "Options also come from FORUM_JDBC_URL, FORUM_DB_PASSWORD(_FILE), FORUM_PORT and FORUM_PUBLIC_URL."})
final class ServeCommand implements Callable<Integer> {
  static final String NO_LOGGING = "org.slf4j.nop.NOPServiceProvider";
  private static final String SIMPLE_LOGGING = "org.slf4j.simple.SimpleServiceProvider";

  private final Context context;

  @Mixin StoreOptions store;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:FORUM_PORT:-8080}",
      description = "The port to serve on (default: $FORUM_PORT, else 8080; 0: any free port).")
  int port;

  @Option(names = "--public-url", paramLabel = "URL", defaultValue = "${env:FORUM_PUBLIC_URL}",
      description = "The address the server is reached at from outside, e.g. behind a TLS proxy (default: $FORUM_PUBLIC_URL, else http://localhost:PORT/).")
  URI publicUrl;

  @Option(names = "--county", paramLabel = "ID:EMAIL[:NAME]",
      description = "A county to serve (repeatable): its id, its forum contact's e-mail address (the feeds' ORGANIZER)"
          + " and the organiser's name (default: the id).")
  List<String> counties = List.of();

  @Mixin PublishingOption publishing;

  @Option(names = "--static-files", paramLabel = "DIR",
      description = "Also serve the files in DIR as they are, under /static/files/ (four path segments or more).")
  Path staticFiles;

  @Option(names = "--allow-origin", paramLabel = "ORIGIN",
      description = "An origin whose browsers may call the HTTP API, e.g. https://intranet.example.fi (repeatable; none by default).")
  List<String> allowedOrigins = List.of();

  @Option(names = "--no-migrate",
      description = "Only check the database schema, never change it (run `forum migrate` as its own step).")
  boolean noMigrate;

  ServeCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (NO_LOGGING.equals(System.getProperty("slf4j.provider"))) {
      System.setProperty("slf4j.provider", SIMPLE_LOGGING);
    }
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    List<CountyPublishing> served = new ArrayList<>(publishing.all());
    counties.forEach(county -> served.add(county(county)));
    if (served.isEmpty()) {
      throw new IllegalArgumentException("serve needs at least one county: give --publishing FILE (e.g. examples/publishing/keski-suomi.yaml)"
          + " or --county ID:EMAIL");
    }
    // a server keeps its PostgreSQL connections: opening one costs more than most of its reads and writes
    JdbcForumYears database = noMigrate ? store.openWithoutMigrating(Connections.POOLED) : store.open(Connections.POOLED);
    ImmutableServerSettings.Builder settings = ImmutableServerSettings.builder()
        .store(database)
        .apiTokens(database.apiTokens())
        .addAllAllowedOrigins(allowedOrigins)
        .clock(Clock.systemUTC())
        .publicBaseUrl(publicUrl != null ? publicUrl : URI.create("http://localhost:" + port + "/"));
    settings.addAllCounties(served);
    settings.staticFiles(Optional.ofNullable(staticFiles));
    ForumServer server = new ForumServer(settings.build());
    int listening = server.start(port);
    context.out().println("forum: serving on port " + listening + " (Ctrl-C or SIGTERM stops)");
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      server.stop();
      stopped.countDown();
    }, "forum-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } catch (InterruptedException interrupted) { // an embedding thread's way to stop it, as SIGTERM is the process's
      Runtime.getRuntime().removeShutdownHook(hook);
      server.stop();
      Thread.currentThread().interrupt();
    }
    return ExitCode.COMPLIANT.code();
  }

  static CountyPublishing county(String option) {
    String[] parts = option.split(":", 3);
    if (parts.length < 2) {
      throw new IllegalArgumentException("--county " + option + ": expected ID:EMAIL[:NAME], e.g. keski-suomi:foorumi@hyvaks.fi");
    }
    try {
      return ImmutableCountyPublishing.builder()
          .countyId(parts[0])
          .organiserEmail(parts[1])
          .organiserName(parts.length == 3 ? parts[2] : parts[0])
          .build();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException("--county " + option + ": " + e.getMessage(), e);
    }
  }
}
