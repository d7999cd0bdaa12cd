package fi.hyvinvointialue.forum.domain;

/**
 * The Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit is the
 * digits weighted 7, 9, 10, 5, 8, 4, 2, summed, and taken modulo 11: a remainder of 0 gives 0, a
 * remainder of 1 is never issued, any other remainder r gives 11 - r.
 */
public final class BusinessIds {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

  private BusinessIds() {}

  /** Whether the text is a business ID in the form NNNNNNN-N with a valid check digit. */
  public static boolean isValid(String text) {
    if (text.length() != 9 || text.charAt(7) != '-') {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      char digit = text.charAt(i);
      if (digit < '0' || digit > '9') {
        return false;
      }
      sum += (digit - '0') * WEIGHTS[i];
    }
    int remainder = sum % 11;
    char check = text.charAt(8);
    return remainder != 1 && check == (char) ('0' + (remainder == 0 ? 0 : 11 - remainder));
  }

  /** The consistency check of a business ID field: throws naming the field unless {@link #isValid}. */
  public static void check(String text, String field) {
    if (!isValid(text)) {
      throw new IllegalStateException(field + " '" + text + "' is not a business ID (Y-tunnus) NNNNNNN-N with a valid check digit");
    }
  }
}
