package fi.hyvinvointialue.forum.planning;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Picks the forum days among the candidate days by dynamic programming over (forum, day): exact,
 * and bounded by forums × candidates² steps (a few hundred thousand for a year).
 *
 * <p>Hard constraints: consecutive forums between {@code minGap} and {@code maxGap} days apart; the
 * first forum within {@link #edge(int) half} of {@code maxGap} of the year's start and the last
 * within half of its end, so the gap over the new year keeps the limit too whatever the next
 * year's plan; and a forum on or before every deadline (the latest day a theme's forum can be held). Among the day
 * sequences that meet them it takes the cheapest: each forum's distance from its evenly spread
 * target day counts twice, and each theme's distance from its forum to its deadline once, so
 * forums spread over the year and themes are discussed close to their decisions. Ties go to the
 * earlier day, so the same input gives the same days.
 */
final class DatePicker {
  private static final long UNREACHABLE = Long.MAX_VALUE;

  private final long[] days;
  private final long[] deadlinesBefore;
  private final long[] deadlineDaysBefore;

  /** Candidate days in order; deadlines are candidate days too (a theme's last feasible forum day). */
  DatePicker(List<LocalDate> candidates, List<LocalDate> deadlines) {
    days = candidates.stream().mapToLong(LocalDate::toEpochDay).toArray();
    deadlinesBefore = new long[days.length + 1];
    deadlineDaysBefore = new long[days.length + 1];
    long[] count = new long[days.length];
    for (LocalDate deadline : deadlines) {
      int index = Arrays.binarySearch(days, deadline.toEpochDay());
      if (index < 0) {
        throw new IllegalArgumentException("deadline " + deadline + " is not a candidate day");
      }
      count[index]++;
    }
    for (int i = 0; i < days.length; i++) {
      deadlinesBefore[i + 1] = deadlinesBefore[i] + count[i];
      deadlineDaysBefore[i + 1] = deadlineDaysBefore[i] + count[i] * days[i];
    }
  }

  /** The forum days, or empty when no sequence meets the hard constraints. */
  Optional<ImmutableList<LocalDate>> pick(int forums, int minGap, int maxGap, LocalDate from, LocalDate until) {
    return pick(forums, minGap, maxGap, from, until, Optional.empty());
  }

  /**
   * The forum days after the forum held on {@code after}, if there is one: then the first comes
   * between the least and the longest gap after it rather than near the year's start.
   */
  Optional<ImmutableList<LocalDate>> pick(int forums, int minGap, int maxGap, LocalDate from, LocalDate until,
      Optional<LocalDate> after) {
    int candidates = days.length;
    if (forums < 1 || candidates == 0) {
      return Optional.empty();
    }
    long first = from.toEpochDay();
    long span = until.toEpochDay() - first + 1;
    long[][] cost = new long[forums][candidates];
    int[][] previous = new int[forums][candidates];
    for (long[] row : cost) {
      Arrays.fill(row, UNREACHABLE);
    }
    long firstFrom = after.map(day -> day.toEpochDay() + minGap).orElse(Long.MIN_VALUE);
    long firstBy = after.map(day -> day.toEpochDay() + maxGap).orElse(first + edge(maxGap));
    long lastFrom = until.toEpochDay() - edge(maxGap);
    for (int j = 0; j < candidates && deadlinesBefore[j] == 0 && days[j] <= firstBy; j++) {
      if (days[j] >= firstFrom) {
        cost[0][j] = 2 * Math.abs(days[j] - target(0, forums, first, span));
      }
    }
    for (int forum = 1; forum < forums; forum++) {
      long target = target(forum, forums, first, span);
      for (int j = 0; j < candidates; j++) {
        long best = UNREACHABLE;
        int predecessor = -1;
        for (int k = 0; k < j; k++) {
          long gap = days[j] - days[k];
          if (cost[forum - 1][k] == UNREACHABLE || gap < minGap || gap > maxGap) {
            continue;
          }
          long total = cost[forum - 1][k] + waiting(k, j);
          if (total < best) {
            best = total;
            predecessor = k;
          }
        }
        if (predecessor >= 0) {
          cost[forum][j] = best + 2 * Math.abs(days[j] - target);
          previous[forum][j] = predecessor;
        }
      }
    }
    int last = -1;
    long best = UNREACHABLE;
    for (int j = 0; j < candidates; j++) {
      if (days[j] >= lastFrom && cost[forums - 1][j] != UNREACHABLE && cost[forums - 1][j] + waiting(j, candidates) < best) {
        best = cost[forums - 1][j] + waiting(j, candidates);
        last = j;
      }
    }
    if (last < 0) {
      return Optional.empty();
    }
    LocalDate[] picked = new LocalDate[forums];
    for (int forum = forums - 1, j = last; forum >= 0; j = previous[forum][j], forum--) {
      picked[forum] = LocalDate.ofEpochDay(days[j]);
    }
    return Optional.of(ImmutableList.copyOf(picked));
  }

  /**
   * How far into the year the first forum may come, and how far before its end the last may: the
   * new year's gap is at most the year's end edge, the new year's day and the next start edge.
   */
  static int edge(int maxGap) {
    return Math.max(0, (maxGap - 1) / 2);
  }

  /** Days the deadlines on candidates [k, j) wait after the forum on candidate k: the themes it takes. */
  private long waiting(int k, int j) {
    long themes = deadlinesBefore[j] - deadlinesBefore[k];
    return deadlineDaysBefore[j] - deadlineDaysBefore[k] - themes * days[k];
  }

  /** The evenly spread day of forum {@code index}: the middle of its share of the year. */
  private static long target(int index, int forums, long first, long span) {
    return first + (2L * index + 1) * span / (2L * forums);
  }
}
