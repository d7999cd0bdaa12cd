package fi.hyvinvointialue.forum.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.adapters.ical.ICalendarAdapter;
import fi.hyvinvointialue.forum.examples.ExternalTools.Run;
import fi.hyvinvointialue.forum.domain.port.DerivedEntry;
import fi.hyvinvointialue.forum.domain.port.ImmutableFeedSettings;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import fi.hyvinvointialue.forum.json.PublishingFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported feed of every example plan, with its county's example publishing settings and every derived
 * entry, is read as two independent calendar libraries read it: libical's {@code icalrestriction_check}
 * (RFC 5546's rules for METHOD:PUBLISH, through a small C program built here against Debian's
 * {@code libical-dev}) and Mozilla's ical.js (from npm). Without gcc and libical the libical test is
 * skipped, saying so, and fails under {@code CI=true}; without node the ical.js test is skipped.
 */
class ExampleFeedsConformanceTest {
  private static final Path HELPER_SOURCE = Path.of("src/test/c/ical-conformance.c").toAbsolutePath();
  private static final Path TOOLS = Path.of("target/ical-conformance").toAbsolutePath();
  private static final List<String> ICAL_JS = List.of("ical.js@2.2.1");
  private static final long SECONDS = 120;

  @TempDir Path directory;

  /** Every example plan's feed, written into {@code directory}. */
  private List<Path> exportedFeeds() throws IOException {
    List<Path> feeds = new ArrayList<>();
    for (Path file : ExamplePlansTest.examplePlans()) {
      Plan plan = new PlanFiles().read(file);
      String county = plan.year().countyId();
      byte[] feed = new ICalendarAdapter().publish(plan.year(), plan.profile(), ImmutableFeedSettings.builder()
          .publishing(new PublishingFiles().read(Path.of("publishing", county + ".yaml")).of(county))
          .addDerivedEntries(DerivedEntry.values())
          .build());
      feeds.add(Files.write(directory.resolve(ExamplePlans.DIRECTORY.relativize(file).toString().replace('/', '-') + ".ics"), feed));
    }
    return feeds;
  }

  /** The libical helper, compiled; the test is skipped (failed under CI=true) without gcc or libical-dev. */
  private static Path libicalHelper() throws IOException, InterruptedException {
    Run flags = ExternalTools.run(List.of("pkg-config", "--cflags", "--libs", "libical"), SECONDS);
    ExternalTools.require(flags != null && flags.exit() == 0,
        "libical-dev (and pkg-config) are not installed: the feeds cannot be checked with libical");
    Files.createDirectories(TOOLS);
    Path helper = TOOLS.resolve("ical-conformance");
    List<String> compile = new ArrayList<>(List.of("gcc", "-Wall", "-Werror", "-o", helper.toString(), HELPER_SOURCE.toString()));
    compile.addAll(List.of(flags.output().trim().split("\\s+")));
    Run gcc = ExternalTools.run(compile, SECONDS);
    ExternalTools.require(gcc != null, "gcc is not installed: the libical helper cannot be built");
    assertEquals(0, gcc.exit(), gcc.output());
    return helper;
  }

  private static Run check(Path helper, List<Path> feeds) throws IOException, InterruptedException {
    return ExternalTools.runOn(List.of(helper.toString()), feeds, SECONDS);
  }

  @Test
  void libicalFindsEveryExampleFeedFitForPublishing() throws IOException, InterruptedException {
    Path helper = libicalHelper();
    List<Path> feeds = exportedFeeds();

    Run libical = check(helper, feeds);

    assertEquals(0, libical.exit(), libical.output());
    for (Path feed : feeds) {
      assertTrue(libical.output().contains(feed + ": "), libical.output());
      assertTrue(!libical.output().contains(feed + ": 0 VEVENT"), feed + " has events");
    }
    assertEquals(feeds.size(), libical.output().lines().filter(line -> line.endsWith(" 0 problem(s)")).count(), libical.output());
  }

  @Test
  void libicalRefusesAFeedWithoutAnOrganiser() throws IOException, InterruptedException {
    Path helper = libicalHelper();
    Path feed = exportedFeeds().get(0);
    String unfolded = Files.readString(feed, StandardCharsets.UTF_8).replace("\r\n ", "");
    Files.writeString(feed, unfolded.replaceAll("ORGANIZER[^\r\n]*\r\n", ""), StandardCharsets.UTF_8);

    Run libical = check(helper, List.of(feed));

    assertEquals(1, libical.exit(), libical.output());
    assertTrue(libical.output().contains("Failed iTIP restrictions for ORGANIZER property"), libical.output());
  }

  @Test
  void icalJsReadsEveryExampleFeedWithItsPublishedProperties() throws IOException, InterruptedException {
    ExternalTools.npmInstall(TOOLS, ICAL_JS);
    try (InputStream script = ExampleFeedsConformanceTest.class.getResourceAsStream("check-feeds.mjs")) {
      Files.copy(script, TOOLS.resolve("check-feeds.mjs"), StandardCopyOption.REPLACE_EXISTING);
    }
    List<Path> feeds = exportedFeeds();

    Run icalJs = ExternalTools.runOn(List.of("node", TOOLS.resolve("check-feeds.mjs").toString()), feeds, SECONDS);

    assertEquals(0, icalJs.exit(), icalJs.output());
    assertTrue(icalJs.output().contains(feeds.size() + " feeds, "), icalJs.output());
    assertTrue(icalJs.output().contains(" VEVENT, 0 problems"), icalJs.output());
  }
}
