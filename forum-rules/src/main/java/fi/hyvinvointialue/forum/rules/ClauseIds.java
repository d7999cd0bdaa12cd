package fi.hyvinvointialue.forum.rules;

import java.util.Comparator;

/** Clause ids in the policy's own order: TL before KE, and TL-4.2 before TL-4.10. */
final class ClauseIds {
  static final Comparator<String> ORDER =
      Comparator.comparing((String id) -> id.startsWith("TL") ? 0 : 1)
          .thenComparing(ClauseIds::major)
          .thenComparing(ClauseIds::minor)
          .thenComparing(Comparator.naturalOrder());

  private ClauseIds() {}

  private static int major(String id) {
    return number(id.substring(id.indexOf('-') + 1).split("\\.")[0]);
  }

  private static int minor(String id) {
    String[] parts = id.substring(id.indexOf('-') + 1).split("\\.");
    return parts.length > 1 ? number(parts[1]) : 0;
  }

  private static int number(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException notANumber) {
      return Integer.MAX_VALUE;
    }
  }
}
