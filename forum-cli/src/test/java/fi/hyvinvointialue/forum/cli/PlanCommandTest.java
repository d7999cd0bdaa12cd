package fi.hyvinvointialue.forum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  private static final Path BUNDLED = Run.EXAMPLES.resolve("decisions/keski-suomi-2027.ics");
  private static final Path TEST_CALENDARS = Run.EXAMPLES.resolveSibling("adapters-ical/src/test/resources/decision-calendars");
  private static final String BASE = Run.PLANS.resolve("keski-suomi-2026.yaml").toString();
  /** The county's social and health board: the profile names no boards yet, and Outlook's calendar has none. */
  private static final String BOARD = "Sosiaali- ja terveyslautakunta";

  @TempDir Path directory;

  private static List<Path> testCalendars() throws Exception {
    try (Stream<Path> files = Files.list(TEST_CALENDARS)) {
      return files.filter(file -> file.toString().endsWith(".ics")).sorted().collect(Collectors.toList());
    }
  }

  /** Plans, then checks what was written with "now" before the year: it has to pass. */
  private Run planAndCheck(String name, String year, String... settings) {
    Path output = directory.resolve(name + ".yaml");
    List<String> args = new ArrayList<>(List.of("plan", "--lang", "en", "--year", year, "-o", output.toString()));
    args.addAll(List.of(settings));
    Run planned = Run.of(args.toArray(String[]::new));
    assertEquals(ExitCode.COMPLIANT.code(), planned.exitCode(), name + ": " + planned.out() + planned.err());
    Run checked = Run.of("check", "--lang", "en", "--now", (Integer.parseInt(year) - 1) + "-10-01", output.toString());
    assertEquals(ExitCode.COMPLIANT.code(), checked.exitCode(), name + ": " + checked.out() + checked.err());
    return planned;
  }

  @Test
  void everyBundledAndTestCalendarGetsAPlanThatPassesCheck() throws Exception {
    planAndCheck("bundled", "2027", "--decisions", BUNDLED.toString());
    // The base carries the partnership records the proposals (keski-suomi+KE) need.
    planAndCheck("bundled-ke", "2027", "--decisions", BUNDLED.toString(), "--base", BASE);
    List<Path> calendars = testCalendars();
    assertEquals(3, calendars.size(), calendars::toString);
    for (Path calendar : calendars) {
      String name = calendar.getFileName().toString().replace(".ics", "");
      planAndCheck(name, "2026", "--decisions", calendar.toString(), "--board", BOARD);
    }
  }

  @Test
  void theMemosGoToTheProfilesBoardsAndToEveryBoardTheCommandLineNames() throws Exception {
    Path outlook = TEST_CALENDARS.resolve("outlook.ics");

    planAndCheck("outlook", "2026", "--decisions", outlook.toString(), "--board", BOARD);

    Plan plan = new PlanFiles().read(directory.resolve("outlook.yaml"));
    List<String> recipients = plan.year().events().get(0).memo().orElseThrow().deliveries().stream()
        .map(delivery -> delivery.recipient()).collect(java.util.stream.Collectors.toList());
    assertTrue(recipients.contains(BOARD), recipients::toString);
    assertTrue(recipients.containsAll(plan.profile().boards()), "the profile's boards too: " + recipients);
  }

  @Test
  void everySettingOfThePlannerIsAnOption() throws Exception {
    Run planned = planAndCheck("set", "2027", "--decisions", BUNDLED.toString(),
        "--forums", "5", "--weekdays", "mon,fri", "--time", "09:30", "--duration", "90",
        "--blocked", "2027-02-01..2027-02-28:hiihtoloma", "--board", BOARD,
        "--theme-feeds", "palvelusetelit=paatos-2027-strategia@example.invalid",
        "--skip-decision", "paatos-2027-saantokirja@example.invalid");

    Plan plan = new PlanFiles().read(directory.resolve("set.yaml"));
    assertEquals(5, plan.year().events().size());
    plan.year().events().forEach(event -> {
      assertTrue(List.of("MONDAY", "FRIDAY").contains(event.start().getDayOfWeek().name()), event.start()::toString);
      assertEquals("09:30", event.start().toLocalTime().toString());
      assertEquals(90, java.time.Duration.between(event.start(), event.end()).toMinutes());
      assertFalse(event.start().getMonthValue() == 2, event.start()::toString);
    });
    assertFalse(plan.year().clock().orElseThrow().decision("paatos-2027-saantokirja@example.invalid").isPresent());
    assertEquals(List.of("paatos-2027-strategia@example.invalid"),
        plan.year().clock().orElseThrow().theme("palvelusetelit").orElseThrow().decisionIds());
    assertTrue(planned.out().contains("theme palvelusetelit feeds decision paatos-2027-strategia@example.invalid"), planned.out());
  }

  @Test
  void moreForumsThanTheMaximumNeedAReason() throws Exception {
    Run refused = Run.of("plan", "--lang", "en", "--year", "2027", "--decisions", BUNDLED.toString(), "--forums", "7",
        "-o", directory.resolve("seven.yaml").toString());
    assertEquals(ExitCode.VIOLATIONS.code(), refused.exitCode(), refused.out() + refused.err());
    assertTrue(refused.err().contains("give the reason the extra forums are needed"), refused.err());

    planAndCheck("seven", "2027", "--decisions", BUNDLED.toString(), "--forums", "7", "--extra-forums-reason", "Palvelustrategia");
    assertEquals("Palvelustrategia", new PlanFiles().read(directory.resolve("seven.yaml")).year().events().get(6)
        .additionalReason().orElseThrow());
  }

  @Test
  void theDefaultPlanSaysWhichDecisionEachThemeFeeds() {
    Run planned = planAndCheck("default", "2027", "--decisions", BUNDLED.toString());
    assertTrue(planned.out().contains("theme talousarvio feeds decision paatos-2027-talousarvio@example.invalid: "
        + "Aluevaltuusto: talousarvio 2028 ja taloussuunnitelma 2028–2030 (aluevaltuusto, 2027-12-13)"), planned.out());
  }

  @Test
  void placeholdersAreMarkedListedAndLeftOutOfTheFeed() throws Exception {
    Run planned = planAndCheck("sketch", "2027", "--decisions", BUNDLED.toString());
    assertTrue(planned.out().contains("foorumi-2027-1: to be confirmed venue (Paikka vahvistetaan), remote link "
        + "(urn:forum-policy:keski-suomi:remote-link-vahvistetaan)"), planned.out());
    Plan plan = new PlanFiles().read(directory.resolve("sketch.yaml"));
    plan.year().events().forEach(event -> {
      assertTrue(event.venue().orElseThrow().placeholder(), event::toString);
      assertTrue(event.remoteConnection().orElseThrow().placeholder(), event::toString);
    });

    Path feed = directory.resolve("sketch.ics");
    assertEquals(ExitCode.COMPLIANT.code(), Run.of("ical", directory.resolve("sketch.yaml").toString(), "-o", feed.toString(),
        "--publishing", Run.KESKI_SUOMI_PUBLISHING).exitCode());
    String text = Files.readString(feed);
    assertTrue(text.contains("BEGIN:VEVENT"), text);
    assertFalse(text.contains("LOCATION"), text);
    assertFalse(text.contains("CONFERENCE"), text);
    assertFalse(text.contains("urn:forum-policy"), text);
  }

  @Test
  void aYearIsReplannedFromADayKeepingWhatIsHeldOrAnnounced() throws Exception {
    planAndCheck("first", "2027", "--decisions", BUNDLED.toString());
    Plan first = new PlanFiles().read(directory.resolve("first.yaml"));
    // The first forum (2.3) is held before 1.4; the second (27.5) is announced only on 29.4: it is planned anew.
    Run replanned = planAndCheck("replanned", "2027", "--decisions", BUNDLED.toString(),
        "--base", directory.resolve("first.yaml").toString(), "--from", "2027-04-01", "--forums", "4");

    Plan plan = new PlanFiles().read(directory.resolve("replanned.yaml"));
    assertEquals(4, plan.year().events().size(), replanned.out());
    assertEquals(first.year().events().get(0), plan.year().events().get(0));
    plan.year().events().stream().skip(1).forEach(event -> assertTrue(event.start().toLocalDate().isAfter(
        java.time.LocalDate.of(2027, 4, 1)), event::toString));
    assertEquals(plan.year().events().stream().map(event -> event.id()).distinct().count(), 4);
  }

  @Test
  void replanningNeedsTheYearsOwnPlan() {
    Run run = Run.of("plan", "--year", "2027", "--decisions", BUNDLED.toString(), "-o", directory.resolve("bad.yaml").toString(),
        "--from", "2027-04-01", "--base", BASE);
    assertEquals(ExitCode.BAD_INPUT.code(), run.exitCode(), run.err());
    assertTrue(run.err().startsWith("forum: --from 2027-04-01"), run.err());
  }

  @Test
  void aBadValueIsRefusedNamingItsOption() {
    String[][] cases = {
        {"--forums", "0"}, {"--forums", "many"}, {"--weekdays", "tue,someday"}, {"--time", "25:00"},
        {"--duration", "0"}, {"--blocked", "2027-02-01"}, {"--blocked", "2027-02-30..2027-03-01"},
        {"--blocked", "2027-03-01..2027-02-01"}, {"--board", " "}, {"--theme-feeds", "ei-teemaa=paatos-2027-strategia@example.invalid"},
        {"--theme-feeds", "talousarvio=ei-paatosta"}, {"--theme-feeds", "talousarvio"}, {"--skip-decision", "ei-paatosta"}, {"--from", "1.4.2027"}, {"--extra-forums-reason", " "}};
    for (String[] bad : cases) {
      Run run = Run.of("plan", "--year", "2027", "--decisions", BUNDLED.toString(), "-o", directory.resolve("bad.yaml").toString(),
          bad[0], bad[1]);
      assertEquals(ExitCode.BAD_INPUT.code(), run.exitCode(), String.join(" ", bad) + ": " + run.err());
      assertTrue(run.err().lines().findFirst().orElse("").contains(bad[0]), String.join(" ", bad) + ": " + run.err());
      assertFalse(Files.exists(directory.resolve("bad.yaml")), String.join(" ", bad));
    }
  }
}
