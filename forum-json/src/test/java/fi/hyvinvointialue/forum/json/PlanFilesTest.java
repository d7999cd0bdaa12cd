package fi.hyvinvointialue.forum.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFilesTest {
  private static final String HEAD = "formatVersion: 1\ncountyId: keski-suomi\nyear: 2026\n";
  private static final String EVENT = "events:\n  - id: f1\n    kind: OPEN_FORUM\n    title: Foorumi\n";

  private final PlanFiles files = new PlanFiles();
  private final Plan sample = new Plan(SampleYears.keskiSuomiWithPartnership(2026), KeskiSuomi.profileWithPartnership());

  @TempDir Path directory;

  private PlanFileError error(String yaml) {
    return assertThrows(PlanFileError.class,
        () -> files.readYaml("plan.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
  }

  private static void assertError(PlanFileError error, int line, int column, String path, String problem) {
    assertEquals(List.of(line, column, path), List.of(error.line(), error.column(), error.path()), error.getMessage());
    assertTrue(error.problem().startsWith(problem), error.getMessage());
    assertTrue(error.getMessage().startsWith("plan.yaml:" + line + ":" + column + ": "), error.getMessage());
  }

  @Test
  void aYearWithEveryFieldSurvivesYamlAndJson() throws java.io.IOException {
    Path yaml = directory.resolve("plan.yaml");
    Path json = directory.resolve("plan.json");
    Files.writeString(yaml, files.toText(sample, yaml));
    Files.writeString(json, files.toText(sample, json));

    assertEquals(sample, files.read(yaml));
    assertEquals(sample, files.read(json));
  }

  @Test
  void keskiSuomisProfilesAreWrittenAsReferences() {
    assertTrue(files.toYaml(sample).contains("\nprofile: keski-suomi+KE\n"), files.toYaml(sample));
  }

  @Test
  void theCountysRecordDeadlinesTravelWithAnEmbeddedProfileAndDefaultWhenLeftOut() {
    PolicyProfile slower = ImmutablePolicyProfile.copyOf(KeskiSuomi.profile()).withVersion("2026.1")
        .withRecordingPublicationDays(10).withMemoDeliveryDays(30);
    Plan plan = new Plan(SampleYears.keskiSuomi(2026), slower);
    String yaml = files.toYaml(plan);
    assertTrue(yaml.contains("\n  recordingPublicationDays: 10\n  memoDeliveryDays: 30\n"), yaml);
    assertEquals(plan, files.readYaml("plan.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));

    String leftOut = yaml.replace("  recordingPublicationDays: 10\n", "").replace("  memoDeliveryDays: 30\n", "");
    PolicyProfile read = files.readYaml("plan.yaml", new ByteArrayInputStream(leftOut.getBytes(StandardCharsets.UTF_8))).profile();
    assertEquals(List.of(7, 21), List.of(read.recordingPublicationDays(), read.memoDeliveryDays()));
  }

  @Test
  void textsThatLookLikeNumbersStayTexts() {
    assertTrue(files.toYaml(sample).contains("industryCode: \"87101\""), files.toYaml(sample));
  }

  @Test
  void anImpossibleDateIsReportedAtItsValue() {
    assertError(error(HEAD + EVENT + "    start: 2026-02-30T13:00\n    end: 2026-03-01T15:00\n"),
        8, 12, "events[0].start", "'2026-02-30T13:00' is not a valid Helsinki date and time");
  }

  @Test
  void anUnknownFieldIsReportedAtItsLineWithTheKnownOnes() {
    PlanFileError error = error(HEAD + EVENT + "    colour: red\n    start: 2026-03-01T13:00\n    end: 2026-03-01T15:00\n");

    assertError(error, 8, 5, "events[0].colour", "unknown field");
    assertTrue(error.problem().contains("additionalReason, agenda, announcements"), error.problem());
  }

  @Test
  void aMissingFieldIsNamedInItsPath() {
    assertError(error(HEAD + EVENT + "    end: 2026-03-01T15:00\n"), 5, 5, "events[0].start", "missing");
  }

  @Test
  void aValueOfTheWrongTypeSaysWhatIsExpected() {
    assertError(error("formatVersion: 1\ncountyId: keski-suomi\nyear: twenty\n"), 3, 7, "year", "'twenty' is not a whole number");
    assertError(error(HEAD + "events: 5\n"), 4, 9, "events", "expected a list");
    assertError(error(HEAD + EVENT.replace("OPEN_FORUM", "OPEN") + "    start: 2026-03-01T13:00\n    end: 2026-03-01T15:00\n"),
        6, 11, "events[0].kind", "'OPEN' is not one of OPEN_FORUM, TARGETED_EVENT");
  }

  @Test
  void anInconsistentValueGivesTheDomainsMessageAtTheValue() {
    assertError(error(HEAD + EVENT + "    start: 2026-03-01T16:00\n    end: 2026-03-01T15:00\n"), 5, 5, "events[0]",
        "event[f1].end (2026-03-01T15:00) must be after event[f1].start (2026-03-01T16:00)");
  }

  @Test
  void anExplicitlyEmptyValueIsRefused() {
    assertError(error("formatVersion: 1\ncountyId: ~\nyear: 2026\n"), 2, 11, "countyId", "has no value");
    assertError(error("formatVersion: 1\ncountyId: ''\nyear: 2026\n"), 1, 1, "", "countyId must not be blank");
  }

  @Test
  void theFormatVersionAndTheProfileAreChecked() {
    assertError(error("formatVersion: 2\ncountyId: keski-suomi\nyear: 2026\n"), 1, 1, "formatVersion",
        "format version 2 is not supported");
    assertError(error("formatVersion: 1\ncountyId: pohjanmaa\nyear: 2026\n"), 1, 1, "profile",
        "missing: a plan for county 'pohjanmaa' embeds its policy profile");
    assertError(error(HEAD + "profile: lappi\n"), 4, 10, "profile", "unknown profile 'lappi'");
  }

  @Test
  void anEmptyOrMalformedFileIsRefused() {
    assertEquals("is empty", error("").problem());
    PlanFileError malformed = error(HEAD + "events: [\n");
    assertTrue(malformed.problem().startsWith("not well-formed"), malformed.getMessage());
  }

  @Test
  void aFileWithAnotherEndingIsRefusedByName() {
    PlanFileError error = assertThrows(PlanFileError.class, () -> files.read(directory.resolve("plan.txt")));

    assertEquals(directory.resolve("plan.txt") + ": unknown kind of file: name it .yaml, .yml or .json", error.getMessage());
  }

  @Test
  void aTextWithANulIsRefusedNamingItsField() {
    PlanFileError quoted = error(HEAD + EVENT.replace("title: Foorumi", "title: \"Foorumi\\0\"")
        + "    start: 2026-03-01T13:00\n    end: 2026-03-01T15:00\n");

    assertEquals("events[f1].title", quoted.path(), quoted.getMessage());
    assertTrue(quoted.problem().startsWith("holds a control character"), quoted.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    assertEquals("no such file", assertThrows(PlanFileError.class, () -> files.read(directory.resolve("none.yaml"))).problem());
  }
}
