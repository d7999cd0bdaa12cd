package fi.hyvinvointialue.forum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final String COMPLIANT = Run.PLANS.resolve("keski-suomi-2026.yaml").toString();
  private static final String MATERIALS_LATE = Run.PLANS.resolve("broken/TL-4.1-materials-late.yaml").toString();

  @TempDir Path directory;

  @Test
  void theKeskiSuomiExampleComplies() {
    Run run = Run.of("check", "--lang", "en", COMPLIANT);

    assertEquals(ExitCode.COMPLIANT.code(), run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("Wellbeing services county of Central Finland 2026"), run.out());
    assertTrue(run.out().contains("COMPLIANT (0 violations"), run.out());
  }

  @Test
  void aViolationIsListedUnderItsClauseWithTheComputedDatesAndExitsOne() {
    Run run = Run.of("check", "--lang", "fi", MATERIALS_LATE);

    assertEquals(ExitCode.VIOLATIONS.code(), run.exitCode(), run.err());
    assertTrue(run.out().contains("EI LINJAUKSEN MUKAINEN (1 rikkomusta"), run.out());
    assertTrue(run.out().contains("  TL-4.1 · Sisältö, asialista ja taustamateriaali julkaistaan verkkosivuilla viimeistään viikko ennen\n    RIKKOMUS   tilaisuus foorumi-2026-1\n"), run.out());
    assertTrue(run.out().contains("deadline=2026-03-04"), run.out());
    assertTrue(run.out().contains("published=2026-03-06"), run.out());
  }

  @Test
  void jsonCarriesTheVerdictAndEveryFindingInTheLanguageAsked() throws Exception {
    Run run = Run.of("check", "--format", "json", "--lang", "sv", "--now", "2027-01-15", COMPLIANT, MATERIALS_LATE);

    JsonNode reports = new ObjectMapper().readTree(run.out());
    assertEquals(ExitCode.VIOLATIONS.code(), run.exitCode());
    assertEquals(2, reports.size());
    assertEquals("COMPLIANT", reports.get(0).get("verdict").asText());
    assertEquals("NOT_COMPLIANT", reports.get(1).get("verdict").asText());
    assertEquals("2027-01-14T22:00:00Z", reports.get(1).get("checkedAt").asText());
    assertEquals(4, reports.get(0).get("openForums").asInt());
    assertEquals(5, reports.get(0).get("events").size());
    assertEquals("2026-03-11T13:00:00", reports.get(0).get("events").get(0).get("start").asText());
    assertEquals(0, reports.get(0).get("goalsMissed").size());
    JsonNode finding = null;
    for (JsonNode each : reports.get(1).get("findings")) {
      finding = each.get("severity").asText().equals("VIOLATION") ? each : finding;
    }
    assertEquals("TL-4.1", finding.get("clauseId").asText());
    assertEquals("2026-03-04", finding.get("facts").get("deadline").asText());
    assertTrue(finding.get("message").asText().startsWith("Materialet föredragningslista"), finding.get("message").asText());
  }

  @Test
  void aBadFileIsNamedWithItsLineAndFieldAndExitsTwoWithoutAStackTrace() throws Exception {
    Path bad = directory.resolve("bad.yaml");
    Files.writeString(bad, "formatVersion: 1\ncountyId: keski-suomi\nyear: 2026\nevents:\n  - id: f1\n    kind: OPEN_FORUM\n"
        + "    title: Foorumi\n    start: 2026-02-30T13:00\n    end: 2026-03-01T15:00\n");

    Run run = Run.of("check", bad.toString(), COMPLIANT);

    assertEquals(ExitCode.BAD_INPUT.code(), run.exitCode());
    assertTrue(run.err().startsWith(bad + ":8:12: events[0].start: '2026-02-30T13:00' is not a valid"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertTrue(run.out().contains("LINJAUKSEN MUKAINEN"), "the other plan is still checked: " + run.out());
  }

  @Test
  void theBilingualCountyIsReportedInSwedishAgainstItsOwnProfile() {
    Run run = Run.of("check", "--lang", "sv", Run.PLANS.resolve("pohjanmaa-2026.yaml").toString());

    assertEquals(ExitCode.COMPLIANT.code(), run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("  Österbottens välfärdsområde 2026 · profil pohjanmaa 2026.1"), run.out());
    assertTrue(run.out().contains("  FÖLJER RIKTLINJEN (0 överträdelser"), run.out());
  }

  @Test
  void aBadOptionExitsTwoWithUsage() {
    Run run = Run.of("check", "--lang", "de", COMPLIANT);

    assertEquals(ExitCode.BAD_INPUT.code(), run.exitCode());
    assertTrue(run.err().contains("--lang"), run.err());
  }
}
