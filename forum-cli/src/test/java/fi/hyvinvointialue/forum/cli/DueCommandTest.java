package fi.hyvinvointialue.forum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.ForumEvent;
import fi.hyvinvointialue.forum.domain.ForumYear;
import fi.hyvinvointialue.forum.domain.ImmutableForumEvent;
import fi.hyvinvointialue.forum.domain.ImmutableForumYear;
import fi.hyvinvointialue.forum.domain.profile.Deadline;
import fi.hyvinvointialue.forum.domain.profile.PolicyCalendar;
import fi.hyvinvointialue.forum.json.Plan;
import fi.hyvinvointialue.forum.json.PlanFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forum due}: what is coming and overdue, from the one calendar of deadlines, in text, JSON and iCalendar. */
class DueCommandTest {
  private static final String COMPLETE = Run.PLANS.resolve("keski-suomi-2026.yaml").toString();
  private static final String LATE_MATERIALS = Run.PLANS.resolve("broken/TL-4.1-materials-late.yaml").toString();

  @TempDir static Path directory;
  /** The example year as it stood when planned: its first forum has no record yet. */
  private static String PLAN;

  @BeforeAll
  static void planned() throws IOException {
    PlanFiles files = new PlanFiles();
    Plan complete = files.read(Path.of(COMPLETE));
    ForumEvent first = complete.year().events().get(0);
    ForumEvent bare = ImmutableForumEvent.copyOf(first).withMemo(Optional.empty()).withPublications().withAnnouncements()
        .withFeedbackWindow(Optional.empty()).withRecording(Optional.empty());
    ForumYear year = ImmutableForumYear.copyOf(complete.year()).withEvents(ImmutableList.<ForumEvent>builder()
        .add(bare).addAll(complete.year().events().subList(1, complete.year().events().size())).build());
    Path plan = directory.resolve("planned.yaml");
    Files.writeString(plan, files.toText(new Plan(year, complete.profile()), plan));
    PLAN = plan.toString();
  }

  private static List<Deadline> open(String file, LocalDate today, int within) {
    Plan plan = new PlanFiles().read(Path.of(file));
    PolicyCalendar calendar = PolicyCalendar.of(plan.profile());
    return plan.year().events().stream().flatMap(event -> calendar.deadlines(event, today.atStartOfDay()).stream())
        .filter(deadline -> !deadline.done() && deadline.daysLeft(today) <= within)
        .collect(Collectors.toList());
  }

  @Test
  void beforeTheYearEveryDeadlineIsComingAndTheJsonListsEachWithItsDaysLeft() throws Exception {
    Run run = Run.of("due", PLAN, "--now", "2026-01-02", "--format", "json", "--within", "400");

    JsonNode list = new ObjectMapper().readTree(run.out());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(open(PLAN, LocalDate.of(2026, 1, 2), 400).size(), list.size());
    assertTrue(list.size() > 0, run.out());
    for (JsonNode item : list) {
      assertEquals(LocalDate.of(2026, 1, 2).until(LocalDate.parse(item.get("due").asText()), java.time.temporal.ChronoUnit.DAYS),
          item.get("daysLeft").asLong(), item.toString());
    }
  }

  @Test
  void aForumWhoseMaterialsWereNotPublishedInTimeShowsNothingOverdueOnceTheyAreUpButTheCompliantYearShowsNoneAfterItsEnd() {
    Run after = Run.of("due", COMPLETE, "--now", "2027-01-15", "--lang", "en");

    assertEquals(0, after.exitCode(), after.err());
    assertTrue(after.out().contains("No deadlines."), "the compliant year's record is complete: " + after.out());
    assertTrue(open(LATE_MATERIALS, LocalDate.of(2027, 1, 15), 0).stream().allMatch(deadline -> deadline.kind() != Deadline.Kind.MATERIALS),
        "late materials are still published: done");
  }

  @Test
  void theTextSaysWhatIsOverdueAndWhatIsComingInTheLanguageAsked() {
    ForumEvent first = new PlanFiles().read(Path.of(PLAN)).year().events().get(0);
    LocalDate dayBefore = first.start().toLocalDate().minusDays(1);

    Run swedish = Run.of("due", PLAN, "--now", dayBefore.toString(), "--lang", "sv", "--within", "60");

    assertTrue(swedish.out().startsWith("Mellersta Finlands välfärdsområde 2026 · Tidsfrister · " + dayBefore), swedish.out());
    assertTrue(swedish.out().contains("försenad"), "the materials were due a week before: " + swedish.out());
    assertTrue(swedish.out().contains("Material på webbplatsen (innehåll)"), swedish.out());
    assertTrue(swedish.out().contains("d kvar"), "the memo is still to come: " + swedish.out());
    assertFalse(swedish.out().contains("Materiaali"), "Swedish, not Finnish: " + swedish.out());
  }

  @Test
  void theToDoCalendarHasAnAllDayEntryForEachOpenDeadline() {
    LocalDate today = LocalDate.of(2026, 1, 2);
    Run run = Run.of("due", PLAN, "--now", today.toString(), "--format", "ics", "--publishing", Run.KESKI_SUOMI_PUBLISHING);

    String feed = run.out();
    assertTrue(feed.startsWith("BEGIN:VCALENDAR\r\n"), feed);
    assertEquals(open(PLAN, today, Integer.MAX_VALUE).size(), feed.split("BEGIN:VEVENT", -1).length - 1, feed);
    assertTrue(feed.contains("DTSTART;VALUE=DATE:"), feed);
  }

  @Test
  void aNegativeWindowOrAYearThatIsNoNumberIsBadInput() {
    assertEquals(ExitCode.BAD_INPUT.code(), Run.of("due", PLAN, "--within", "-1").exitCode());
    assertEquals(ExitCode.BAD_INPUT.code(), Run.of("due", "keski-suomi", "twenty").exitCode());
  }
}
