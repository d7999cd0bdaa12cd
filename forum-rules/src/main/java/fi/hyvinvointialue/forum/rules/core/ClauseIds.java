package fi.hyvinvointialue.forum.rules.core;

import java.util.Comparator;

/** Clause ids in the policy's own order: TL before KE, and TL-4.2 before TL-4.10. */
public final class ClauseIds {
  public static final Comparator<String> ORDER =
      Comparator.comparing((String id) -> id.startsWith("TL") ? 0 : 1)
          .thenComparingInt(id -> number(id, 0))
          .thenComparingInt(id -> number(id, 1))
          .thenComparing(Comparator.naturalOrder());

  private ClauseIds() {}

  /** The part-th number after the dash (0: major, 1: minor); 0 when absent, last when not a number. */
  private static int number(String id, int part) {
    int at = id.indexOf('-') + 1;
    for (int skipped = 0; skipped < part; skipped++) {
      int dot = id.indexOf('.', at);
      if (dot < 0) {
        return 0;
      }
      at = dot + 1;
    }
    int end = id.indexOf('.', at);
    if (end < 0) {
      end = id.length();
    }
    if (end == at) {
      return Integer.MAX_VALUE;
    }
    int value = 0;
    for (int i = at; i < end; i++) {
      char digit = id.charAt(i);
      if (digit < '0' || digit > '9') {
        return Integer.MAX_VALUE;
      }
      value = value * 10 + (digit - '0');
    }
    return value;
  }
}
