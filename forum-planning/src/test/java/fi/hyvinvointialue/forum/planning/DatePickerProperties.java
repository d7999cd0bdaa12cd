package fi.hyvinvointialue.forum.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import fi.hyvinvointialue.forum.domain.testing.SampleYears;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DatePickerProperties {
  private static final LocalDate FROM = LocalDate.of(2027, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2027, 12, 31);

  /** Whether some choice of {@code forums} of the candidates meets every hard constraint, by trying them all. */
  private static boolean anyFits(List<LocalDate> candidates, List<LocalDate> deadlines, int forums, int minGap, int maxGap,
      int start, List<LocalDate> chosen) {
    if (chosen.size() == forums) {
      return fits(chosen, deadlines, minGap, maxGap);
    }
    for (int i = start; i < candidates.size(); i++) {
      chosen.add(candidates.get(i));
      boolean found = anyFits(candidates, deadlines, forums, minGap, maxGap, i + 1, chosen);
      chosen.remove(chosen.size() - 1);
      if (found) {
        return true;
      }
    }
    return false;
  }

  private static boolean fits(List<LocalDate> days, List<LocalDate> deadlines, int minGap, int maxGap) {
    for (int i = 1; i < days.size(); i++) {
      long gap = ChronoUnit.DAYS.between(days.get(i - 1), days.get(i));
      if (gap < minGap || gap > maxGap) {
        return false;
      }
    }
    int edge = DatePicker.edge(maxGap);
    return !days.get(0).isAfter(FROM.plusDays(edge))
        && !days.get(days.size() - 1).isBefore(UNTIL.minusDays(edge))
        && deadlines.stream().allMatch(deadline -> !days.get(0).isAfter(deadline));
  }

  @Test
  void thePickerFindsDaysExactlyWhenSomeChoiceFitsAndTheyFit() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 364)).ofSizeBetween(1, 12), integers().between(0, 3),
            integers().between(1, 4), integers().between(100, 250))
        .checkAssert((offsets, deadlineCount, forums, maxGap) -> {
          List<LocalDate> candidates = new TreeSet<>(offsets).stream().map(FROM::plusDays).collect(Collectors.toList());
          // Deadlines are candidate days (the last day a theme's forum can be held), spread over the list.
          List<LocalDate> deadlines = IntStream.range(0, deadlineCount)
              .mapToObj(i -> candidates.get(i * 7 % candidates.size())).collect(Collectors.toList());
          int minGap = 21;
          Optional<ImmutableList<LocalDate>> picked =
              new DatePicker(candidates, deadlines).pick(forums, minGap, maxGap, FROM, UNTIL);

          assertEquals(anyFits(candidates, deadlines, forums, minGap, maxGap, 0, new ArrayList<>()),
              picked.isPresent(), () -> candidates + " " + deadlines + " " + forums + " " + maxGap);
          picked.ifPresent(days -> {
            assertEquals(forums, days.size());
            assertTrue(candidates.containsAll(days));
            assertTrue(fits(days, deadlines, minGap, maxGap), days::toString);
          });
        });
  }

  @Test
  void aLaterForumNeverGivesAnEarlierMemo() {
    qt().withExamples(500)
        .forAll(integers().between(2000, 2100), integers().between(0, 364), integers().between(1, 10), integers().between(1, 10))
        .checkAssert((year, offset, drafting, review) -> {
          PlanningRequest request = ImmutablePlanningRequest.builder().year(year).profile(SampleYears.profile())
              .memoDraftingWorkingDays(drafting).memoReviewWorkingDays(review).build();
          Scheduler scheduler = new Scheduler(request, new WorkingDays(FinnishHolidays.withEves()));
          LocalDate day = LocalDate.of(year, 1, 1).plusDays(offset);
          ForumSchedule earlier = scheduler.on(day);
          ForumSchedule later = scheduler.on(day.plusDays(1));
          assertTrue(!later.memoDeliveredAt().isBefore(earlier.memoDeliveredAt()), day::toString);
          assertTrue(earlier.memoReviewedAt().isBefore(earlier.memoPublishedAt()), day::toString);
          assertTrue(earlier.memoCompletedAt().isAfter(earlier.feedbackClosesAt()), day::toString);
          assertTrue(earlier.announcedAt().toLocalDate().isBefore(earlier.materialsPublishedAt().toLocalDate()), day::toString);
          assertTrue(!earlier.materialsPublishedAt().toLocalDate().isAfter(earlier.materialsDeadline()), day::toString);
        });
  }
}
