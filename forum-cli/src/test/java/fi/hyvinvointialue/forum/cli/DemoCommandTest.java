package fi.hyvinvointialue.forum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.adapters.jdbc.JdbcForumYears;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path directory;

  @AfterEach
  void closeTheDatabases() throws Exception {
    EmbeddedDatabases.shutDownIn(directory);
  }

  @Test
  void theDemoChecksPublishesAndStoresTheBundledExamples() throws IOException {
    Path out = directory.resolve("out");

    Run run = Run.of("demo", "-o", out.toString(), "--lang", "en");

    assertEquals(ExitCode.COMPLIANT.code(), run.exitCode(), run.err());
    assertTrue(Files.readString(out.resolve("keski-suomi-2026.check.txt")).contains("  COMPLIANT (0 violations"));
    assertTrue(Files.readString(out.resolve("broken-TL-4.1-materials-late.check.json")).contains("\"clauseId\" : \"TL-4.1\""));
    assertTrue(Files.readString(out.resolve("keski-suomi-2026.report.html")).contains("<svg"));
    assertTrue(Files.readString(out.resolve("pohjanmaa-2026.check.txt")).contains("  COMPLIANT ("), "--lang wins over the county's");
    assertTrue(Files.readString(out.resolve("keski-suomi-2027.plan.yaml")).contains("\nyear: 2027\n"));
    String feed = Files.readString(out.resolve("keski-suomi-2026.ics"));
    assertTrue(feed.startsWith("BEGIN:VCALENDAR"), feed);
    assertEquals(5, feed.lines().filter(line -> line.matches("UID:\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}")).count(), feed);
    assertTrue(feed.replace("\r\n ", "").contains(":mailto:foorumi-esimerkki@hyvaks.fi\r\n"), "the bundled example's organiser");
    assertEquals(List.of(2026), JdbcForumYears.open(JdbcForumYears.embeddedH2Url(out.resolve("database")), "", "").years("keski-suomi"));
  }

  @Test
  void withoutALanguageTheBilingualCountyIsReportedInSwedishAndTheRestInFinnish() throws IOException {
    Path out = directory.resolve("out");

    Run run = Run.of("demo", "-o", out.toString());

    assertEquals(ExitCode.COMPLIANT.code(), run.exitCode(), run.err());
    assertTrue(Files.readString(out.resolve("keski-suomi-2026.check.txt")).contains("  LINJAUKSEN MUKAINEN ("));
    assertTrue(Files.readString(out.resolve("pohjanmaa-2026.check.txt")).contains("  FÖLJER RIKTLINJEN ("));
    String report = Files.readString(out.resolve("pohjanmaa-2026.report.html"));
    assertTrue(report.contains("<html lang=\"sv\">"), report);
    assertTrue(report.contains("<b>TL-1.3</b><br>Regionstyrelsen godkänner riktlinjerna"), "the clause in Swedish: " + report);
    assertTrue(Files.readString(out.resolve("pohjanmaa-2026.clock.svg")).contains("årsklocka 2026"));
  }

  @Test
  void everyExamplePlanIsBundled() throws IOException {
    try (Stream<Path> plans = Files.walk(Run.PLANS)) {
      assertEquals(
          plans.filter(path -> path.toString().endsWith(".yaml")).map(path -> Run.PLANS.relativize(path).toString())
              .sorted().collect(Collectors.toList()),
          DemoCommand.EXAMPLES.stream().sorted().collect(Collectors.toList()));
    }
  }

  @Test
  void theDemoRunsAgainAndAgainOnItsOwnDatabase() {
    Path out = directory.resolve("out");

    assertEquals(ExitCode.COMPLIANT.code(), Run.of("demo", "-o", out.toString()).exitCode());
    Run again = Run.of("demo", "-o", out.toString());

    assertEquals(ExitCode.COMPLIANT.code(), again.exitCode(), again.err());
    assertTrue(again.out().contains("keski-suomi/2026 version 2\n"), again.out());
  }

  @Test
  void planWritesACompliantPlanForTheNextYearFromTheDecisionCalendar() {
    Path plan = directory.resolve("2027.yaml");

    Run run = Run.of("plan", "--year", "2027", "--decisions", Run.EXAMPLES.resolve("decisions/keski-suomi-2027.ics").toString(),
        "--base", Run.PLANS.resolve("keski-suomi-2026.yaml").toString(), "-o", plan.toString(), "--lang", "en", "--now", "2026-11-22");

    assertEquals(ExitCode.COMPLIANT.code(), run.exitCode(), run.err());
    assertTrue(run.out().startsWith(plan + ": 3 forums, COMPLIANT\n"), run.out());
    assertEquals(ExitCode.COMPLIANT.code(), Run.of("check", "--now", "2026-11-22", plan.toString()).exitCode());
  }

  @Test
  void checkStoresToo() {
    String dir = directory.resolve("db").toString();

    Run run = Run.of("check", "--store", "--store-dir", dir, "--lang", "en", Run.PLANS.resolve("broken/TL-4.1-materials-late.yaml").toString());

    assertEquals(ExitCode.VIOLATIONS.code(), run.exitCode(), run.err());
    assertTrue(run.err().endsWith("TL-4.1-materials-late.yaml: stored, version 1\n"), run.err());
    assertEquals(List.of(2026), JdbcForumYears.open(JdbcForumYears.embeddedH2Url(Path.of(dir)), "", "").years("keski-suomi"));
  }

  @Test
  void icalWritesTheFeedOrganisedByTheCountyOfItsPublishingSettings() throws IOException {
    Path feed = directory.resolve("feed.ics");

    Run run = Run.of("ical", Run.PLANS.resolve("keski-suomi-2026.yaml").toString(), "-o", feed.toString(), "--lang", "sv",
        "--publishing", Run.KESKI_SUOMI_PUBLISHING);

    assertEquals(ExitCode.COMPLIANT.code(), run.exitCode(), run.err());
    String unfolded = Files.readString(feed).replace("\r\n ", "");
    assertTrue(unfolded.contains("BEGIN:VEVENT"));
    assertTrue(unfolded.contains("ORGANIZER;CN=Keski-Suomen hyvinvointialue:mailto:foorumi-esimerkki@hyvaks.fi\r\n"), unfolded);
    assertFalse(Files.readString(feed).contains(".invalid"));
  }

  @Test
  void icalWithoutTheCountysPublishingSettingsIsBadInputAndWritesNothing() {
    Path feed = directory.resolve("feed.ics");
    String plan = Run.PLANS.resolve("pohjanmaa-2026.yaml").toString();

    Run without = Run.of("ical", plan, "-o", feed.toString());
    Run otherCounty = Run.of("ical", plan, "-o", feed.toString(), "--publishing", Run.KESKI_SUOMI_PUBLISHING);

    assertEquals(ExitCode.BAD_INPUT.code(), without.exitCode());
    assertTrue(without.err().contains("give --publishing FILE"), without.err());
    assertEquals(ExitCode.BAD_INPUT.code(), otherCounty.exitCode());
    assertTrue(otherCounty.err().contains("has no publishing settings for the county 'pohjanmaa' (it has keski-suomi)"),
        otherCounty.err());
    assertFalse(Files.exists(feed));
  }
}
