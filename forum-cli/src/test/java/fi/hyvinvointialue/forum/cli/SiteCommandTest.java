package fi.hyvinvointialue.forum.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCommandTest {
  @TempDir Path directory;
  private Path store;
  private Path publishing;

  @BeforeEach
  void storeTheBilingualExample() throws IOException {
    store = directory.resolve("store");
    Run stored = Run.of("store", "--store-dir", store.toString(), Run.PLANS.resolve("pohjanmaa-2026.yaml").toString());
    assertEquals(ExitCode.COMPLIANT.code(), stored.exitCode(), stored.err());
    publishing = directory.resolve("publishing.yaml");
    Files.writeString(publishing, "counties:\n  - countyId: pohjanmaa\n    organiserName: Pohjanmaan hyvinvointialue\n"
        + "    organiserEmail: foorumi@pohjanmaa.example\n"
        + "    publicBaseUrl: https://foorumit.pohjanmaa.example/\n    accessibilityStatement: https://pohjanmaa.example/saavutettavuus\n");
  }

  private Run site(Path output, String now) {
    return Run.of("site", "pohjanmaa", "2026", "-o", output.toString(), "--store-dir", store.toString(),
        "--publishing", publishing.toString(), "--now", now);
  }

  @Test
  void theSiteHoldsEveryPageInEveryLanguageAndTheFeedItsSubscriptionLinksName() throws IOException {
    Path site = directory.resolve("site");

    Run run = site(site, "2026-05-20");

    assertEquals(ExitCode.COMPLIANT.code(), run.exitCode(), run.err());
    assertEquals(List.of("404.html", "pohjanmaa/2026.ics", "pohjanmaa/2026/en/index.html", "pohjanmaa/2026/index.html",
        "pohjanmaa/2026/sv/index.html", "pohjanmaa/en/index.html", "pohjanmaa/index.html", "pohjanmaa/sv/index.html"), files(site));
    String feed = Files.readString(site.resolve("pohjanmaa/2026.ics"));
    assertTrue(feed.contains("ORGANIZER") && feed.contains("mailto:foorumi@pohjanmaa.example"), feed);
    assertTrue(feed.contains("@pohjanmaa.example"), "UIDs in the county's domain: " + feed);
    String swedish = Files.readString(site.resolve("pohjanmaa/2026/sv/index.html"));
    assertTrue(swedish.contains("<a href=\"webcal://foorumit.pohjanmaa.example/pohjanmaa/2026.ics\">"), swedish);
    assertTrue(swedish.contains("<a href=\"../en/index.html\" hreflang=\"en\" lang=\"en\">English</a>"), swedish);
  }

  @Test
  void theSameStoredVersionOnTheSameDayGivesTheSameBytes() throws IOException {
    Path morning = directory.resolve("morning");
    Path evening = directory.resolve("evening");
    Path nextDay = directory.resolve("next-day");

    assertEquals(ExitCode.COMPLIANT.code(), site(morning, "2026-05-20T08:00").exitCode());
    assertEquals(ExitCode.COMPLIANT.code(), site(evening, "2026-05-20T21:30").exitCode());
    assertEquals(ExitCode.COMPLIANT.code(), site(nextDay, "2026-06-30").exitCode());

    for (String file : files(morning)) {
      assertArrayEquals(Files.readAllBytes(morning.resolve(file)), Files.readAllBytes(evening.resolve(file)), file);
    }
    assertTrue(!Files.readString(morning.resolve("pohjanmaa/2026/index.html"))
        .equals(Files.readString(nextDay.resolve("pohjanmaa/2026/index.html"))), "another day, another page");
  }

  @Test
  void settingsWithoutAnOrganiserAreRefusedNamingTheFieldAndTheFile() throws IOException {
    Files.writeString(publishing, "counties:\n  - countyId: pohjanmaa\n");

    Run run = site(directory.resolve("site"), "2026-05-20");

    assertEquals(ExitCode.BAD_INPUT.code(), run.exitCode());
    assertTrue(run.err().contains(publishing.toString()) && run.err().contains("organiserName"), run.err());
    assertTrue(!Files.exists(directory.resolve("site")));
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(file -> root.relativize(file).toString()).sorted().collect(Collectors.toList());
    }
  }
}
