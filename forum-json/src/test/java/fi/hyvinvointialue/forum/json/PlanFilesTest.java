package fi.hyvinvointialue.forum.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableOrganisation;
import fi.hyvinvointialue.forum.domain.Organisation;
import fi.hyvinvointialue.forum.domain.OrganisationKind;
import fi.hyvinvointialue.forum.domain.profile.ImmutableCounty;
import fi.hyvinvointialue.forum.domain.profile.ImmutablePolicyProfile;
import fi.hyvinvointialue.forum.domain.profile.KeskiSuomi;
import fi.hyvinvointialue.forum.domain.profile.PolicyProfile;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
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
  void businessIdsSurviveYamlAndJson() throws java.io.IOException {
    Organisation county = ImmutableOrganisation.builder().name("Hyvinvointialue").kind(OrganisationKind.WELLBEING_COUNTY)
        .businessId("1234567-1").build();
    ForumYear year = SampleYears.keskiSuomi(2026);
    ForumYear identified = ImmutableForumYear.copyOf(year).withEvents(year.events().stream()
        .map(event -> (ForumEvent) ImmutableForumEvent.copyOf(event).withConvener(county)).collect(Collectors.toList()));
    PolicyProfile profile = ImmutablePolicyProfile.copyOf(KeskiSuomi.profile()).withVersion("2025.1-y")
        .withCounty(ImmutableCounty.copyOf(KeskiSuomi.county()).withBusinessId("1234567-1"));
    Plan plan = new Plan(identified, profile);
    Path yaml = directory.resolve("plan.yaml");
    Path json = directory.resolve("plan.json");
    Files.writeString(yaml, files.toText(plan, yaml));
    Files.writeString(json, files.toText(plan, json));

    assertTrue(files.toYaml(plan).contains("businessId: 1234567-1"), files.toYaml(plan));
    assertEquals(plan, files.read(yaml));
    assertEquals(plan, files.read(json));
  }

  @Test
  void anEmbeddedProfileWrittenBeforeTheShortestGapExistedAsksForNone() {
    PolicyProfile profile = ImmutablePolicyProfile.copyOf(KeskiSuomi.profile()).withVersion("2025.1-old");
    String yaml = files.toYaml(new Plan(SampleYears.keskiSuomi(2026), profile));
    assertTrue(yaml.contains("\n  minDaysBetweenForums: 21\n"), yaml);

    Plan old = files.readYaml("old.yaml", new ByteArrayInputStream(
        yaml.replace("\n  minDaysBetweenForums: 21\n", "\n").getBytes(StandardCharsets.UTF_8)));

    assertEquals(0, old.profile().minDaysBetweenForums());
  }

  @Test
  void aBusinessIdWithAWrongCheckDigitIsRefusedAtItsOrganisation() {
    assertError(error(HEAD + EVENT + "    convener:\n      name: Hyvinvointialue\n      kind: WELLBEING_COUNTY\n"
        + "      businessId: 1234567-2\n    start: 2026-03-01T13:00\n    end: 2026-03-01T15:00\n"), 9, 7, "events[0].convener",
        "organisation[Hyvinvointialue].businessId '1234567-2' is not a business ID (Y-tunnus) NNNNNNN-N with a valid check digit");
  }

  @Test
  void theStoredVersionAPlanIsBasedOnSurvivesYamlAndJsonAndIsLeftOutWhenThereIsNone() {
    Plan exported = sample.basedOn(3);

    assertTrue(files.toYaml(exported).startsWith("formatVersion: 1\nbaseVersion: 3\n"), files.toYaml(exported));
    assertEquals(exported, files.readYaml("plan.yaml", stream(files.toYaml(exported))));
    assertEquals(exported, files.readYaml("plan.json", stream(files.toJson(exported))));
    assertTrue(!files.toYaml(sample).contains("baseVersion"), files.toYaml(sample));
    assertEquals(OptionalLong.empty(), files.readYaml("plan.yaml", stream(files.toYaml(sample))).baseVersion());
  }

  @Test
  void aBaseVersionBelowOneIsRefusedAtItsValue() {
    assertError(error("formatVersion: 1\nbaseVersion: 0\ncountyId: keski-suomi\nyear: 2026\n"), 2, 14, "baseVersion",
        "must be at least 1, was 0");
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

  @Test
  void aQuotedNumberIsATextAndRefused() {
    assertError(error("formatVersion: 1\ncountyId: keski-suomi\nyear: \"2026\"\n"), 3, 7, "year",
        "'2026' is not a whole number (write numbers and true/false without quotes)");
    assertError(error(HEAD + EVENT + "    start: 2026-03-01T13:00\n    end: 2026-03-01T15:00\n    sequence: '2'\n"),
        10, 15, "events[0].sequence", "'2' is not a whole number");
    assertError(error("formatVersion: 1\ncountyId: 01110\nyear: 2026\n"), 2, 11, "countyId",
        "is a number or true/false, not a text; put it in quotes");
  }

  @Test
  void aNegativeNumberIsRefusedAtItsField() {
    assertError(error(HEAD + EVENT + "    start: 2026-03-01T13:00\n    end: 2026-03-01T15:00\n    sequence: -1\n"),
        10, 15, "events[0].sequence", "must be at least 0, was -1");
  }

  @Test
  void aNullIsRefusedWhereverItStands() {
    assertError(error(HEAD + "events: [~]\n"), 4, 10, "events[0]", "has no value");
    assertError(error(HEAD + EVENT + "    venue: null\n"), 8, 12, "events[0].venue", "has no value");
  }

  @Test
  void timesAreRefusedFinerThanANanosecondOrWithoutTheirOffset() {
    assertError(error(HEAD + EVENT + "    start: 2026-03-01T13:00:00.1234567891\n    end: 2026-03-01T15:00\n"),
        8, 12, "events[0].start", "'2026-03-01T13:00:00.1234567891' is not a valid Helsinki date and time");
    assertError(error(HEAD + EVENT + "    start: 2026-03-01T13:00Z\n    end: 2026-03-01T15:00\n"),
        8, 12, "events[0].start", "'2026-03-01T13:00Z' is not a valid Helsinki date and time");
    assertError(error(HEAD + EVENT + "    start: 2026-03-01T13:00\n    end: 2026-03-01T15:00\n    created: 2026-01-10T08:00:00\n"),
        10, 14, "events[0].created", "'2026-01-10T08:00:00' is not a valid instant");
  }

  @Test
  void anAliasIsRefusedAtItsPlaceRatherThanReadAsTheAnchorsName() {
    assertError(error(HEAD + EVENT.replace("title: Foorumi", "title: *otsikko")), 7, 12, "events[0].title",
        "the alias *otsikko is not supported");
    assertError(error(HEAD + "clock: *kello\n"), 4, 8, "clock", "the alias *kello is not supported");
    assertError(error(HEAD + "events:\n  - *tapahtuma\n"), 5, 5, "events[0]", "the alias *tapahtuma is not supported");
  }

  @Test
  void anAnchorIsRefusedAtItsPlace() {
    assertError(error(HEAD + "clock: &kello\n  themes: []\nworkingGroup: *kello\n"), 4, 8, "clock",
        "the anchor &kello is not supported");
    assertError(error(HEAD + EVENT.replace("title: Foorumi", "title: &otsikko Foorumi")), 7, 12, "events[0].title",
        "the anchor &otsikko is not supported");
  }

  @Test
  void manyAliasesAreRefusedAtTheFirstAnchor() {
    StringBuilder laughs = new StringBuilder(HEAD + "clock:\n  themes: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      laughs.append("  x").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(9)).append("x]\n");
    }

    assertError(error(laughs.toString()), 5, 11, "clock.themes", "the anchor &a0 is not supported");
  }

  @Test
  void aTextOverTheLimitIsRefusedAtItsPlaceInYamlAndJson() throws java.io.IOException {
    String title = "a".repeat(PlanLimits.MAX_TEXT_LENGTH + 1);
    assertError(error(HEAD + EVENT.replace("Foorumi", title)), 7, 12, "events[0].title",
        "a text of " + title.length() + " characters is longer than the limit of " + PlanLimits.MAX_TEXT_LENGTH);
    assertError(error(HEAD + EVENT.replace("Foorumi", "\"" + title + "\"")), 7, 12, "events[0].title", "a text of");

    Path json = directory.resolve("plan.json");
    Files.writeString(json, "{\"formatVersion\": 1, \"countyId\": \"" + title + "\", \"year\": 2026}");
    PlanFileError error = assertThrows(PlanFileError.class, () -> files.read(json));
    assertEquals(List.of(1, "countyId", "a text longer than the limit of " + PlanLimits.MAX_TEXT_LENGTH + " characters"),
        List.of(error.line(), error.path(), error.problem()), error.getMessage());
  }

  @Test
  void aYamlLineOverTheLimitIsRefusedBeforeParsing() {
    String word = "a".repeat(PlanLimits.MAX_YAML_LINE_LENGTH);
    assertError(error(HEAD + "# " + word + "\n"), 4, 1, "", "the line is longer than the limit of "
        + PlanLimits.MAX_YAML_LINE_LENGTH + " bytes");
  }

  @Test
  void nestingOverTheLimitIsRefusedAtItsPlace() throws java.io.IOException {
    int depth = PlanLimits.MAX_NESTING_DEPTH + 1;
    PlanFileError yaml = error(HEAD + "clock: " + "{a: ".repeat(depth) + "1" + "}".repeat(depth) + "\n");
    assertEquals(List.of(4, "objects and lists nested deeper than the limit of " + PlanLimits.MAX_NESTING_DEPTH + " levels"),
        List.of(yaml.line(), yaml.problem()), yaml.getMessage());
    assertTrue(yaml.path().startsWith("clock.a.a"), yaml.getMessage());

    Path json = directory.resolve("plan.json");
    Files.writeString(json, "{\"formatVersion\": 1,\n\"clock\": " + "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth) + "}");
    PlanFileError error = assertThrows(PlanFileError.class, () -> files.read(json));
    assertEquals(2, error.line(), error.getMessage());
    assertTrue(error.problem().startsWith("objects and lists nested deeper"), error.getMessage());
  }

  @Test
  void aNumberOverTheLimitIsRefused() {
    PlanFileError error = error("formatVersion: 1\ncountyId: keski-suomi\nyear: 1" + "0".repeat(PlanLimits.MAX_NUMBER_LENGTH) + "\n");
    assertEquals(List.of(3, "year"), List.of(error.line(), error.path()), error.getMessage());
  }

  @Test
  void theParsersOwnLimitsAreSet() {
    for (com.fasterxml.jackson.databind.ObjectMapper mapper : List.of(PlanMapper.yaml(1000), PlanMapper.json(1000))) {
      com.fasterxml.jackson.core.StreamReadConstraints limits = mapper.getFactory().streamReadConstraints();
      assertEquals(List.of(PlanLimits.MAX_TEXT_LENGTH, PlanLimits.MAX_NESTING_DEPTH, PlanLimits.MAX_NUMBER_LENGTH, 1000L),
          List.of(limits.getMaxStringLength(), limits.getMaxNestingDepth(), limits.getMaxNumberLength(),
              limits.getMaxDocumentLength()));
    }
    org.yaml.snakeyaml.LoaderOptions options = PlanLimits.loaderOptions(1000);
    assertEquals(List.of(1000, PlanLimits.MAX_NESTING_DEPTH, 0),
        List.of(options.getCodePointLimit(), options.getNestingDepthLimit(), options.getMaxAliasesForCollections()));
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeParsing() throws java.io.IOException {
    assertEquals(4 * 1024 * 1024, new PlanFiles().sizeLimit());
    PlanFiles small = files.withSizeLimit(HEAD.length());
    Path over = directory.resolve("plan.yaml");
    Files.writeString(over, HEAD + "{ this is not even YAML");

    PlanFileError error = assertThrows(PlanFileError.class, () -> small.read(over));

    assertEquals(over + ": is larger than the limit of " + HEAD.length() + " bytes for a plan file", error.getMessage());
    assertEquals(new Plan(files.readYaml("plan.yaml", stream(HEAD)).year(), KeskiSuomi.profile()),
        small.readYaml("plan.yaml", stream(HEAD)));
  }

  @Test
  void aStreamThatDoesNotSayItsSizeIsCountedAndRefusedWithoutReadingItAll() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'a';
      }
    };

    PlanFileError error = assertThrows(PlanFileError.class, () -> files.readYaml("endless.yaml", endless));

    assertEquals("endless.yaml: is larger than the limit of 4 MiB (4194304 bytes) for a plan file", error.getMessage());
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
